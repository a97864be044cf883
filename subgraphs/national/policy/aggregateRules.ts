/**
 * The owner's limits (DisclosureLimits) applied to aggregate answers for callers below DETAIL: periods
 * widened to whole months and to the minimum window, small cells merged or withheld. Pure functions over
 * the store's rows, so the rules are tested without a server and the resolvers only choose when to apply them.
 */
import type { NationalStatsRow, StatsBucket, TopIndicatorRow } from '../db/rows.js';
import type { DisclosureLimits } from './DisclosureLimits.js';
import { atLeast, type SharingLevel } from './levels.js';

/** Whether the owner's limits bind this caller: below DETAIL (a DETAIL caller reads the reports themselves). */
export function limitsApply(level: SharingLevel): boolean {
  return !atLeast(level, 'DETAIL');
}

/** A period as the API takes it: YYYY-MM-DD, `from` inclusive, `to` exclusive; absent = open. */
export interface Period {
  from: string | null;
  to: string | null;
}

const day = 86_400_000;
const date = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (d: Date, offset = 0) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));

/**
 * The period a caller below DETAIL gets figures for: `from` back to the first of its month, `to` forward to
 * the first of the next month (unless it is one already), then `to` a month further at a time until the
 * period spans `minWindowDays`. Every answer is then a sum of whole calendar months: a one-day window, or
 * two windows a day apart subtracted, can no longer pick out one day's reports or an indicator's first day.
 */
export function coarsenPeriod(period: Period, limits: DisclosureLimits): Period {
  const from = period.from === null ? null : monthStart(new Date(`${period.from}T00:00:00Z`));
  let to: Date | null = null;
  if (period.to !== null) {
    const asked = new Date(`${period.to}T00:00:00Z`);
    to = monthStart(asked);
    if (to.getTime() < asked.getTime()) to = monthStart(asked, 1);
  }
  if (from !== null && to !== null) {
    if (to <= from) to = monthStart(from, 1);
    while ((to.getTime() - from.getTime()) / day < limits.minWindowDays) to = monthStart(to, 1);
  }
  return { from: from && date(from), to: to && date(to) };
}

/** The key of the bucket small cells are merged into. */
export const otherBucket = 'SMALL_CELLS';

/**
 * Statistics with no cell under k reports: null when the total itself is under k (nothing to show without
 * singling reports out; zero is shown, it singles nobody out); otherwise each breakdown's small buckets are
 * merged into `SMALL_CELLS`, and when `SMALL_CELLS` would itself be under k the next smallest bucket joins it, so no
 * small cell can be recovered by subtracting the others from the total either.
 */
export function limitStats(row: NationalStatsRow, k: number): NationalStatsRow | null {
  if (row.reportCount > 0 && row.reportCount < k) return null;
  return {
    ...row,
    byScamType: mergeSmall(row.byScamType, k),
    byChannel: mergeSmall(row.byChannel, k),
    byMonth: mergeSmall(row.byMonth, k),
  };
}

/** Small buckets merged into SMALL_CELLS (not OTHER: that is a scam type), which goes last. */
function mergeSmall(buckets: readonly StatsBucket[], k: number): StatsBucket[] {
  const ascending = [...buckets].sort((a, b) => a.reportCount - b.reportCount || (a.key < b.key ? -1 : 1));
  const merged: StatsBucket[] = [];
  let count = 0;
  while (ascending.length > 0 && (ascending[0]!.reportCount < k || (count > 0 && count < k))) {
    const b = ascending.shift()!;
    merged.push(b);
    count += b.reportCount;
  }
  if (merged.length === 0) return [...buckets];
  const losses = new Map<string, number>();
  for (const m of merged.flatMap((b) => b.losses))
    losses.set(m.currency, (losses.get(m.currency) ?? 0) + m.amountMinor);
  const other: StatsBucket = {
    key: otherBucket,
    reportCount: count,
    losses: [...losses]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
  };
  return [...buckets.filter((b) => !merged.includes(b)), other];
}

/** An indicator's count in a list, or null when under k (the indicator stays listed: presence is not a count). */
export function limitCount(row: TopIndicatorRow, k: number): number | null {
  return row.reportCount < k ? null : row.reportCount;
}
