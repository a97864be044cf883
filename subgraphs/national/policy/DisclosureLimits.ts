/**
 * The owner's limits on aggregate answers, for callers below DETAIL (issue 10, item 3). A caller at DETAIL
 * reads the reports themselves, so counting cells or narrowing windows tells it nothing new; below it,
 * small cells and narrow windows are how a SUMMARY caller would rebuild what it may not read:
 * - `min-reports` (k): a statistics cell (a bucket, a total, an indicator's count in a list) under k
 *   reports is merged or withheld, so no answer singles out one or two reports;
 * - `min-window-days`: a period is widened to whole UTC calendar months (a fixed grid, so sliding a window
 *   by a day and subtracting tells nothing), then month by month until it spans at least this many days.
 * Written in the policy file as `limit min-reports 3` / `limit min-window-days 30`.
 */

export interface DisclosureLimits {
  /** k: the fewest reports a disclosed cell may count. */
  readonly minReports: number;
  /** The shortest period, in days, a caller below DETAIL gets figures for. */
  readonly minWindowDays: number;
}

export const defaultLimits: DisclosureLimits = Object.freeze({ minReports: 3, minWindowDays: 30 });

/** Policy-file names of the limits. */
export const limitNames = { 'min-reports': 'minReports', 'min-window-days': 'minWindowDays' } as const;

type LimitName = keyof typeof limitNames;

const bounds: Record<LimitName, [min: number, max: number]> = {
  'min-reports': [1, 1000],
  'min-window-days': [1, 3660],
};

/** Reads the fields after `limit`; a string is the problem with them. */
export function readLimit(fields: readonly string[]): { key: keyof DisclosureLimits; value: number } | string {
  const [name = '', value = '', ...extra] = fields;
  const names = Object.keys(limitNames).join(', ');
  if (!(name in limitNames)) return `unknown limit "${name}"; expected one of ${names}`;
  const [min, max] = bounds[name as LimitName];
  if (extra.length > 0 || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    return `limit ${name} needs one whole number from ${min} to ${max}, got "${fields.slice(1).join(' ')}"`;
  }
  return { key: limitNames[name as LimitName], value: Number(value) };
}

/** The `limit` lines for the limits that differ from the defaults (a default policy renders none). */
export function renderLimits(limits: DisclosureLimits): string[] {
  return (Object.entries(limitNames) as [LimitName, keyof DisclosureLimits][])
    .filter(([, key]) => limits[key] !== defaultLimits[key])
    .map(([name, key]) => `limit ${name} ${limits[key]}`);
}
