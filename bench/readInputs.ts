/**
 * The scenarios' inputs, read from the seeded member databases: cross-border values from the syndicate pool
 * (known to be shared, see syndicatePool), reports of the scenario member that name them, a screening list of
 * real stored indicators spread over every member, and periods inside the synthetic 24 months.
 */
import { members, type Member } from '../schema/registry.js';
import { scamTypes } from '../schema/typology.js';
import { syndicatePool } from '../subgraphs/national/seed/syndicatePool.js';
import { normalizeIndicator } from '../shared/indicators/index.js';
import { benchSeedDay } from './benchSeedDay.js';
import { type IndicatorInput, type ScenarioInputs } from './scenarios.js';

/** Runs one read-only SQL statement (`?` placeholders) against a member's database. */
export type SqlRead = (member: Member, sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export interface InputOptions {
  seed: number;
  member: Member;
  screenSize: number;
}

/** Syndicate values up to this rank per kind: the ones most members have reported. */
const lookupRanks = 20;
const pivotReports = 200;
/** Share of the screening list that some member has reported. */
export const screenHitShare = 0.1;

function canonical(kind: string, value: string): string | null {
  try {
    return normalizeIndicator(kind, value).canonical;
  } catch {
    return null; // a value the current normalisation refuses is simply not used
  }
}

function monthStart(until: Date, monthsBack: number): string {
  const d = new Date(Date.UTC(until.getUTCFullYear(), until.getUTCMonth() - monthsBack, 1));
  return d.toISOString().slice(0, 10);
}

export async function readInputs(read: SqlRead, options: InputOptions): Promise<ScenarioInputs> {
  const { member } = options;
  const lookups = syndicatePool(options.seed)
    .filter((s) => s.rank < lookupRanks)
    .map((s) => ({ kind: s.kind, value: s.value }));

  const canonicals = [...new Set(lookups.map((l) => canonical(l.kind, l.value)).filter((c) => c !== null))];
  const marks = canonicals.map(() => '?').join(', ');
  let reports = (
    await read(
      member,
      `SELECT DISTINCT r.reference, r.id FROM scam_report r
       JOIN report_indicator ri ON ri.report_id = r.id JOIN indicator i ON i.id = ri.indicator_id
       WHERE i.canonical IN (${marks}) ORDER BY r.id LIMIT ${pivotReports}`,
      canonicals,
    )
  ).map((row) => String(row.reference));
  if (reports.length < pivotReports / 10) {
    // too little cross-border data (a tiny seed): any report still exercises the pivot's plan
    const any = await read(member, `SELECT reference FROM scam_report ORDER BY id LIMIT ${pivotReports}`, []);
    reports = [...new Set([...reports, ...any.map((row) => String(row.reference))])];
  }

  const screen = await screenList(read, options);
  const until = benchSeedDay;
  const periods = Array.from({ length: 22 }, (_, k) => ({
    from: monthStart(until, 24 - k),
    to: monthStart(until, 21 - k),
  }));
  periods.push({ from: monthStart(until, 24), to: monthStart(until, 0) });
  return {
    member,
    lookups,
    reports,
    screen,
    periods,
    searchFilters: [null, ...scamTypes.map((t) => ({ scamType: t.code }))],
  };
}

/**
 * A bank's list is mostly clean: `screenHitShare` of the items are indicators stored somewhere (spread evenly
 * over every member's table), the rest valid values no member has (a syndicate pool drawn from another seed).
 */
async function screenList(read: SqlRead, options: InputOptions): Promise<IndicatorInput[]> {
  const hits = Math.round(options.screenSize * screenHitShare);
  const perMember = Math.ceil(hits / members.length);
  const seen = new Set<string>();
  const out: IndicatorInput[] = [];
  const add = (item: IndicatorInput, limit: number) => {
    const id = `${item.kind}\u0000${item.value}`;
    if (out.length >= limit || seen.has(id) || canonical(item.kind, item.value) === null) return false;
    seen.add(id);
    out.push(item);
    return true;
  };
  for (const m of members) {
    const [count] = await read(m, 'SELECT COUNT(*) AS n FROM indicator', []);
    const stride = Math.max(1, Math.floor(Number(count?.n ?? 0) / perMember));
    const rows = await read(m, `SELECT kind, canonical FROM indicator WHERE id % ? = 0 ORDER BY id LIMIT ?`, [
      stride,
      perMember * 2,
    ]);
    let taken = 0;
    for (const row of rows) {
      if (taken >= perMember) break;
      if (add({ kind: String(row.kind), value: String(row.canonical) }, hits)) taken++;
    }
  }
  const misses = syndicatePool(options.seed + 1_000_003, Math.ceil(options.screenSize * 1.2));
  for (const s of misses) add({ kind: s.kind, value: s.value }, options.screenSize);
  // interleaved, as a real list would be: hits are not all at the front
  return out
    .map((item, i) => ({ item, at: (i * 7919) % out.length }))
    .sort((a, b) => a.at - b.at || 0)
    .map((x) => x.item);
}
