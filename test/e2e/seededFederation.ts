/**
 * The federation the browser tests look at: every member seeded with synthetic reports sharing the
 * syndicate pool (so the hot list and cross-border searches have hits), ending two years before this month
 * so that the dashboard's default period (the last 12 months) is empty and the page must find the latest
 * year with reports. Plus the direct gateway queries the tests compare the pages with.
 */
import assert from 'node:assert/strict';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';
import { syndicatePool, type SyndicateIndicator } from '../../subgraphs/national/seed/syndicatePool.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

export const SEED = 42;
const REPORTS = 300;

export const iso = (d: Date) => d.toISOString().slice(0, 10);
export const monthStart = (d: Date, offset = 0) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));

export const seedUntil = monthStart(new Date(), -24);
/** The 12 months ending where the synthetic reports end. */
export const latestYear = { from: iso(monthStart(seedUntil, -12)), to: iso(seedUntil) };

/**
 * `clock`: the nodes' clock for requests for assistance (tests move it to make one overdue); `until`: the
 * day the data is seeded on (default seedUntil; `npm start` seeds on the real day).
 */
export function startSeededFederation(options: { clock?: () => Date; until?: Date } = {}): Promise<Federation> {
  const { until = seedUntil, ...rest } = options;
  return startFederation({
    ...rest,
    // keyed blind through the federation's keying service, as each node
    seed: async ({ member, db, keyer }) => {
      await seedMember(db, member, keyer, { reports: REPORTS, seed: SEED, until });
    },
  });
}

export interface HotEntry {
  id: string;
  kind: string;
  members: string[];
  reportCount: number;
}

export async function directHotList(fed: Federation, period: { from: string; to: string }): Promise<HotEntry[]> {
  const res = await fed.query<{
    region: {
      hotList: { indicator: { id: string }; kind: string; members: { code: string }[]; reportCount: number }[];
    };
  }>(
    `query($from: Date!, $to: Date!) {
      region(from: $from, to: $to) { hotList(first: 20) { indicator { id } kind members { code } reportCount } }
    }`,
    period,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!.region.hotList.map((h) => ({
    id: h.indicator.id,
    kind: h.kind,
    members: h.members.map((m) => m.code),
    reportCount: h.reportCount,
  }));
}

/** The syndicate phone number reported in the most members, and who reported it. */
export async function mostSharedPhone(fed: Federation): Promise<SyndicateIndicator & { reportedBy: string[] }> {
  const phones = syndicatePool(SEED)
    .filter((s) => s.kind === 'PHONE')
    .slice(0, 30);
  const res = await fed.query<{
    screen: { index: number; indicator: { sightings: { member: { code: string } }[] } }[];
  }>(
    `query($items: [IndicatorInput!]!) { screen(indicators: $items) { index indicator { sightings { member { code } } } } }`,
    { items: phones.map((p) => ({ kind: p.kind, value: p.value })) },
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const best = res.data!.screen.sort((a, b) => b.indicator.sightings.length - a.indicator.sightings.length)[0]!;
  return { ...phones[best.index]!, reportedBy: best.indicator.sightings.map((s) => s.member.code).sort() };
}
