/**
 * Compares another target's GraphQL `data` with our gateway's for the same request, and summarises the first
 * difference in one line (path, ours, theirs), so a results file says WHAT differed, not only that something did.
 */

/** What the comparison ignores, in words, for the results file and the README. Empty: identical JSON. */
export const normalisations: string[] = [];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const short = (value: Json | undefined): string => {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** The first difference between `ours` and `theirs` as `path: ours X, theirs Y`, or null when equal. */
export function firstDifference(ours: Json | undefined, theirs: Json | undefined, path = 'data'): string | null {
  if (ours === theirs) return null;
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
      const d = firstDifference(ours[i], theirs[i], `${path}[${i}]`);
      if (d) return ours.length === theirs.length ? d : `${d} (lists of ${ours.length} and ${theirs.length})`;
    }
    return null;
  }
  const isObject = (v: Json | undefined): v is { [key: string]: Json } =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(ours) && isObject(theirs)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
    for (const key of keys) {
      const d = firstDifference(ours[key], theirs[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return `${path}: ours ${short(ours)}, theirs ${short(theirs)}`;
}

/**
 * Per request, the first difference of `theirs` from `ours` (after the normalisations above); null when every
 * request gave the same data. The summary names the request (1-based) and how many of them differed.
 */
export function compareAnswers(ours: readonly Json[], theirs: readonly Json[]): string | null {
  const diffs = ours.map((o, i) => firstDifference(o, theirs[i]));
  const first = diffs.findIndex((d) => d !== null);
  if (first < 0) return null;
  const count = diffs.filter((d) => d !== null).length;
  return `request ${first + 1} (${count} of ${ours.length} differ): ${diffs[first]}`;
}
