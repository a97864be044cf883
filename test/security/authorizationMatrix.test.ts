import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members, type Member } from '../../schema/registry.js';
import { WORKING_GROUP } from '../../shared/identity/Caller.js';
import {
  atLeast,
  SharingPolicy,
  sightingFieldLevels,
  type SharingLevel,
} from '../../subgraphs/national/policy/index.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

// One mule account reported three times in EVERY member (twice on 5-6 May, once on 20 May 2026), a
// call-centre phone once, and one June report: each owner has something to share, count or withhold.
const mule = 'KH:ACLB:009988776655';
const phone = '+66 2 123 4567';
const fields = Object.keys(sightingFieldLevels) as (keyof typeof sightingFieldLevels)[];
const selection = `member level hit reference reportCount firstSeen lastSeen totalLoss { amount currency } scamTypes channels
  feedback { verdict } reports(first: 1) { id } redactions { field rule levelNeeded }`;
const lookup = `{ indicator(kind: BANK_ACCOUNT, value: "${mule}") { ${members.map((m) => `${m.ns} { ${selection} }`).join(' ')} } }`;
const statsSelection = `from to reportCount byScamType { key reportCount } topIndicators { id reportCount } redactions { field rule levelNeeded }`;
/** Each owner's statistics for a period (aliases are limited, so one query per period). */
const statsQuery = (from: string, to: string) =>
  `{ ${members.map((m) => `${m.ns} { stats(from: "${from}", to: "${to}") { ${statsSelection} } }`).join(' ')} }`;
const regionQuery = `{
  region(from: "2026-05-01", to: "2026-06-01") {
    coverage { answered refused unavailable }
    totals { reportCount }
    hotList { indicator { id } members { code } reportCount }
  }
  mule: indicator(kind: BANK_ACCOUNT, value: "${mule}") { id }
  phone: indicator(kind: PHONE, value: "${phone}") { id }
}`;

/**
 * Each owner's policy: its default, plus one registry member it refuses (NONE), one it gives DETAIL and
 * one SUMMARY, chosen among members that are neither itself nor its MoU partners, so across the matrix
 * every level is both granted and exercised.
 */
function matrixPolicy(owner: Member): SharingPolicy {
  const others = members.filter((m) => m.code !== owner.code && !(owner.partners ?? []).includes(m.code));
  const i = members.indexOf(owner);
  const pick = (offset: number) => others[(i + offset) % others.length]!.code;
  const extra = [
    `${pick(0)} * NONE matrix-refused`,
    `${pick(1)} * DETAIL matrix-detail`,
    `${pick(2)} * SUMMARY matrix-summary`,
  ];
  const lines = SharingPolicy.defaultFor(owner).render().split('\n');
  const own = lines.findIndex((l) => l.startsWith('SELF'));
  lines.splice(own + 1, 0, ...extra);
  return SharingPolicy.parse(lines.join('\n'), `matrix policy of ${owner.code}`, owner);
}
const policies = new Map(members.map((m) => [m.code, matrixPolicy(m)]));
const decide = (owner: Member, requester: string) =>
  policies.get(owner.code)!.decide({ member: requester, role: 'analyst', subject: 's' });

type Sighting = Record<string, unknown> & {
  level: SharingLevel;
  redactions: { field: string; rule: string; levelNeeded: string }[];
};
interface Stats {
  from: string | null;
  to: string | null;
  reportCount: number | null;
  byScamType: { key: string; reportCount: number }[] | null;
  topIndicators: { id: string; reportCount: number | null }[] | null;
  redactions: { field: string; rule: string; levelNeeded: string }[];
}
const summaryFields = ['reportCount', 'losses', 'byScamType', 'byChannel', 'byMonth', 'topIndicators'];

/**
 * For every requesting member (and the Working Group) against every owning member, the fields returned are
 * exactly those the OWNER's policy allows, the rest null and listed in redactions with the owner's rule;
 * statistics obey the owner's window and small-cell limits below DETAIL, and the hub's region answer uses
 * exactly the members that shared. The expected answers are computed from the policies, not written by hand.
 */
describe('authorization matrix: 12 requesters x 11 owners, from the policies', () => {
  let fed: Federation;
  before(async () => {
    const report = (
      member: Member,
      n: number,
      at: string,
      indicators: { kind: string; value: string; role: string }[],
    ) => ({
      reference: `${member.code}-M${n}`,
      reportedAt: at,
      scamType: 'INVESTMENT',
      channel: 'SOCIAL_MEDIA',
      lossMinor: 500_00,
      indicators,
    });
    const muleLink = { kind: 'BANK_ACCOUNT', value: mule, role: 'BENEFICIARY_ACCOUNT' };
    fed = await startFederation({
      policy: (member) => policies.get(member.code)!,
      seed: async ({ member, db }) =>
        insertReports(db, member, testKey, [
          report(member, 1, '2026-05-05T05:05:05Z', [muleLink, { kind: 'PHONE', value: phone, role: 'CONTACT_PHONE' }]),
          report(member, 2, '2026-05-06T05:05:05Z', [muleLink]),
          report(member, 3, '2026-05-20T05:05:05Z', [muleLink]),
          report(member, 4, '2026-06-10T05:05:05Z', []),
        ]),
    });
  });
  after(() => fed?.close());

  const requesters = [...members.map((m) => m.code), WORKING_GROUP];
  for (const requester of requesters) {
    test(`${requester} analyst sees from each owner's sightings exactly what the owner's policy allows`, async () => {
      const token = await fed.token({ member: requester, role: 'analyst' });
      const res = await fed.query<{ indicator: Record<string, Sighting> }>(lookup, undefined, { token });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      for (const owner of members) {
        const decision = decide(owner, requester);
        const got = res.data!.indicator[owner.ns]!;
        const where = `${requester} -> ${owner.code} (${decision.level}, ${decision.rule})`;
        assert.equal(got.level, decision.level, where);
        for (const field of fields) {
          if (atLeast(decision.level, sightingFieldLevels[field])) {
            assert.notEqual(got[field], null, `${where}: ${field} should be shared`);
          } else {
            // at NONE `hit` too is null (withheld, listed below), never a `false` that reads as a miss
            assert.equal(got[field], null, `${where}: ${field} should be withheld`);
          }
        }
        const expected = fields
          .filter((f) => !atLeast(decision.level, sightingFieldLevels[f]))
          .map((f) => ({ field: f, rule: decision.rule, levelNeeded: sightingFieldLevels[f] }));
        assert.deepEqual(got.redactions, expected, `${where}: redactions`);
      }
    });

    test(`${requester} analyst gets each owner's statistics and indicator lists only at SUMMARY, windows and small cells limited below DETAIL`, async () => {
      const token = await fed.token({ member: requester, role: 'analyst' });
      // a one-day window (5 May), and a month with a single report (June)
      const dayRes = await fed.query<Record<string, { stats: Stats }>>(
        statsQuery('2026-05-05', '2026-05-06'),
        {},
        { token },
      );
      const juneRes = await fed.query<Record<string, { stats: Stats }>>(
        statsQuery('2026-06-01', '2026-07-01'),
        {},
        { token },
      );
      assert.equal(dayRes.errors ?? juneRes.errors, undefined, JSON.stringify(dayRes.errors ?? juneRes.errors));
      const [muleId, phoneId] = await ids();
      for (const owner of members) {
        const decision = decide(owner, requester);
        const day = dayRes.data![owner.ns]!.stats;
        const june = juneRes.data![owner.ns]!.stats;
        const where = `${requester} -> ${owner.code} (${decision.level}, ${decision.rule})`;
        if (!atLeast(decision.level, 'SUMMARY')) {
          for (const s of [day, june]) {
            assert.equal(s.reportCount, null, where);
            assert.equal(s.topIndicators, null, `${where}: topIndicators need SUMMARY`);
            assert.deepEqual(
              s.redactions,
              [...summaryFields, 'serviceLevel'].map((field) => ({
                field,
                rule: decision.rule,
                levelNeeded: 'SUMMARY',
              })),
              where,
            );
          }
        } else if (!atLeast(decision.level, 'DETAIL')) {
          // the one-day window is widened to May: three reports, the mule's count shown, the phone's (1 < k) not
          assert.deepEqual([day.from, day.to, day.reportCount], ['2026-05-01', '2026-06-01', 3], where);
          assert.deepEqual(day.topIndicators, [
            { id: muleId, reportCount: 3 },
            { id: phoneId, reportCount: null },
          ]);
          assert.deepEqual(day.redactions, [{ field: 'period', rule: 'limit-min-window-days', levelNeeded: 'DETAIL' }]);
          // June holds one report, under k: withheld, and named as such
          assert.deepEqual([june.reportCount, june.byScamType, june.topIndicators], [null, null, null], where);
          assert.deepEqual(
            june.redactions,
            summaryFields.map((field) => ({ field, rule: 'limit-min-reports', levelNeeded: 'DETAIL' })),
            where,
          );
        } else {
          assert.deepEqual([day.from, day.to, day.reportCount], ['2026-05-05', '2026-05-06', 1], where);
          assert.deepEqual(
            day.topIndicators?.map((t) => t.reportCount),
            [1, 1],
            where,
          );
          assert.deepEqual([june.reportCount, june.redactions], [1, []], where);
        }
      }
    });

    test(`${requester} analyst: the hub's region sums and hot list use exactly the owners that shared`, async () => {
      const token = await fed.token({ member: requester, role: 'analyst' });
      const res = await fed.query<{
        region: {
          coverage: { answered: string[]; refused: string[]; unavailable: string[] };
          totals: { reportCount: number };
          hotList: { indicator: { id: string }; members: { code: string }[]; reportCount: number }[];
        };
      }>(regionQuery, undefined, { token });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const [muleId, phoneId] = await ids();
      const sharing = members.filter((o) => atLeast(decide(o, requester).level, 'SUMMARY')).map((o) => o.code);
      const detailed = members.filter((o) => atLeast(decide(o, requester).level, 'DETAIL')).map((o) => o.code);
      const { coverage, totals, hotList } = res.data!.region;
      assert.deepEqual(coverage.answered, sharing);
      assert.deepEqual(
        coverage.refused,
        members.map((m) => m.code).filter((c) => !sharing.includes(c)),
      );
      assert.equal(totals.reportCount, 3 * sharing.length);
      const expected =
        sharing.length < 2
          ? []
          : [
              { indicator: { id: muleId }, members: sharing, reportCount: 3 * sharing.length },
              // the phone's single report is a count under k below DETAIL: listed, not added
              { indicator: { id: phoneId }, members: sharing, reportCount: detailed.length },
            ];
      assert.deepEqual(
        hotList.map((h) => ({ ...h, members: h.members.map((m) => m.code) })),
        expected,
      );
    });
  }

  let cached: [string, string] | undefined;
  async function ids(): Promise<[string, string]> {
    if (!cached) {
      const res = await fed.query<{ mule: { id: string }; phone: { id: string } }>(regionQuery);
      cached = [res.data!.mule.id, res.data!.phone.id];
    }
    return cached;
  }
});
