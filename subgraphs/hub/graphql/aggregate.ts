import { members, type Member } from '../../../schema/registry.js';
import { sumByCurrency } from '../../../shared/money.js';
import type { BucketRep, MoneyRep } from './parents.js';
import { nationalPart } from './parents.js';

export interface CoverageResult {
  asked: number;
  answered: string[];
  refused: string[];
  unavailable: string[];
  complete: boolean;
}

/**
 * Who took part, from the members' parts of a representation: null = the member did not answer (down,
 * timed out, failing: the gateway's data source turns that into null), level NONE = it declined this
 * caller. Both are named, so a missing member never reads as "no hit".
 */
export function coverageOf(
  parent: { [ns: string]: unknown },
  refusedIf: (part: { level?: string }) => boolean,
): CoverageResult {
  const result: CoverageResult = { asked: members.length, answered: [], refused: [], unavailable: [], complete: false };
  for (const m of members) {
    const part = nationalPart<{ level?: string }>(parent, m.ns);
    if (part == null) result.unavailable.push(m.code);
    else if (refusedIf(part)) result.refused.push(m.code);
    else result.answered.push(m.code);
  }
  result.complete = result.answered.length === members.length;
  return result;
}

/** Each answering member's part, in registry order. */
export function partsOf<T>(parent: { [ns: string]: unknown }): { member: Member; part: T }[] {
  return members.flatMap((member) => {
    const part = nationalPart<T>(parent, member.ns);
    return part == null ? [] : [{ member, part }];
  });
}

/** Merges buckets with the same key across members: counts add up, losses add up per currency only. */
export function mergeBuckets(lists: BucketRep[][], order: 'count' | 'key'): BucketRep[] {
  const byKey = new Map<string, { reportCount: number; losses: MoneyRep[] }>();
  for (const bucket of lists.flat()) {
    const acc = byKey.get(bucket.key) ?? { reportCount: 0, losses: [] };
    acc.reportCount += bucket.reportCount;
    acc.losses.push(...bucket.losses);
    byKey.set(bucket.key, acc);
  }
  const merged = [...byKey.entries()].map(([key, v]) => ({
    key,
    reportCount: v.reportCount,
    losses: sumByCurrency(v.losses),
  }));
  return order === 'key'
    ? merged.sort((a, b) => a.key.localeCompare(b.key))
    : merged.sort((a, b) => b.reportCount - a.reportCount || a.key.localeCompare(b.key));
}
