import { readNumber, readString } from './dialect.js';
import { MoneyTotals } from './MoneyTotals.js';
import { type NationalStatsRow, type StatsBucket } from './rows.js';

/**
 * Folds the stats statement's groups (one row per scam type x channel x month x currency, already counted
 * and summed in SQL) into totals and the three breakdowns. The loop is over groups, a few thousand at most
 * for years of data, never over reports. Each report is in exactly one group, so counts add up exactly.
 */
export function foldStats(groups: readonly Record<string, unknown>[]): NationalStatsRow {
  const total = new Tally();
  const byScamType = new Map<string, Tally>();
  const byChannel = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>();
  const tally = (map: Map<string, Tally>, key: string): Tally => {
    let t = map.get(key);
    if (!t) map.set(key, (t = new Tally()));
    return t;
  };
  for (const g of groups) {
    const count = readNumber(g.report_count);
    const currency = readString(g.currency);
    for (const t of [
      total,
      tally(byScamType, readString(g.scam_type)),
      tally(byChannel, readString(g.channel)),
      tally(byMonth, readString(g.month)),
    ]) {
      t.reportCount += count;
      t.losses.add(currency, g.loss_minor);
    }
  }
  const byCountThenKey = (a: StatsBucket, b: StatsBucket) => b.reportCount - a.reportCount || compare(a.key, b.key);
  return {
    reportCount: total.reportCount,
    losses: total.losses.list(),
    byScamType: buckets(byScamType).sort(byCountThenKey),
    byChannel: buckets(byChannel).sort(byCountThenKey),
    byMonth: buckets(byMonth).sort((a, b) => compare(a.key, b.key)),
  };
}

class Tally {
  reportCount = 0;
  readonly losses = new MoneyTotals();
}

function buckets(map: Map<string, Tally>): StatsBucket[] {
  return [...map].map(([key, t]) => ({ key, reportCount: t.reportCount, losses: t.losses.list() }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
