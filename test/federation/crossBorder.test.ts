import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members } from '../../schema/registry.js';
import { insertReports } from '../helpers/insertReports.js';
import { withoutSmallCellLimit } from '../helpers/policies.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

// A call-center number reported in three members, and each member's own local indicator.
const shared = { e164: '+66812345678', members: ['TH', 'KH', 'MY'] };
const spellings = [
  { value: '081-234-5678', region: 'TH' },
  { value: '+66 81 234 5678' },
  { value: '0066812345678' },
  { value: '(+66) 81-234-5678' },
];

const lookup = `query Lookup($value: String!, $region: String) {
  indicator(kind: PHONE, value: $value, region: $region) {
    id
    kind
    sightings { member { code } reportCount totalLoss { amount currency } scamTypes }
    coverage { asked answered refused unavailable complete }
  }
}`;

describe('cross-border lookup through the gateway (11 members, real HTTP)', () => {
  let fed: Federation;
  before(async () => {
    // a handful of reports per member: sums are checked here, the small-cell limit in test/national/disclosureLimits.test.ts and the authorization matrix
    fed = await startFederation({
      policy: withoutSmallCellLimit,
      seed: async ({ member, db }) => {
        const hasShared = shared.members.includes(member.code);
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-0001`,
            reportedAt: '2026-03-01T09:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 150_000,
            indicators: [
              ...(hasShared ? [{ kind: 'PHONE', value: shared.e164, role: 'CALLER_NUMBER' }] : []),
              { kind: 'URL', value: `https://${member.ns}-parcel.example.com/pay`, role: 'PHISHING_URL' },
            ],
          },
          {
            reference: `${member.code}-0002`,
            reportedAt: '2026-04-15T12:00:00Z',
            scamType: 'JOB_TASK',
            channel: 'MESSAGING_APP',
            lossMinor: null,
            indicators: hasShared ? [{ kind: 'PHONE', value: shared.e164, role: 'CALLER_NUMBER' }] : [],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  for (const spelling of spellings) {
    test(`"${spelling.value}" finds exactly the three members that reported it`, async () => {
      const res = await fed.query(lookup, spelling);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const indicator = (
        res.data as {
          indicator: {
            id: string;
            sightings: { member: { code: string }; reportCount: number; totalLoss: unknown; scamTypes: string[] }[];
            coverage: {
              asked: number;
              answered: string[];
              refused: string[];
              unavailable: string[];
              complete: boolean;
            };
          };
        }
      ).indicator;
      assert.match(indicator.id, /^PHONE:o1:[0-9a-f]{64}$/);
      assert.ok(!indicator.id.includes('66812345678'), 'the id carries a digest, not the number');
      assert.deepEqual(indicator.sightings.map((s) => s.member.code).sort(), [...shared.members].sort());
      for (const s of indicator.sightings) {
        assert.equal(s.reportCount, 2);
        assert.deepEqual(s.scamTypes, ['IMPERSONATION', 'JOB_TASK']);
        const currency = members.find((m) => m.code === s.member.code)!.currency;
        assert.deepEqual(s.totalLoss, [{ amount: '1500.00', currency }]);
      }
      assert.deepEqual(indicator.coverage, {
        asked: 11,
        answered: members.map((m) => m.code),
        refused: [],
        unavailable: [],
        complete: true,
      });
    });
  }

  test('an invalid phone is a BAD_USER_INPUT that says why', async () => {
    const res = await fed.query(lookup, { value: '12345' });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /PHONE/);
  });

  test('a member can be drilled into, and a report pivots to its indicators in other members', async () => {
    // Thailand's own investigator: full detail on Thailand's node
    const token = await fed.token({ member: 'TH', role: 'investigator' });
    const res = await fed.query(
      `{
      tha {
        member
        report(id: "TH-0001") {
          id member scamType loss { amount currency }
          indicators { role kind indicator { id sightings { member { code } } } }
        }
        reports(filter: { scamType: JOB_TASK }, first: 5) { totalCount edges { node { id } } }
      }
    }`,
      undefined,
      { token },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const tha = (
      res.data as {
        tha: {
          report: { indicators: { kind: string; indicator: { sightings: { member: { code: string } }[] } }[] };
          reports: unknown;
        };
      }
    ).tha;
    const phone = tha.report.indicators.find((i) => i.kind === 'PHONE')!;
    assert.deepEqual(phone.indicator.sightings.map((s) => s.member.code).sort(), [...shared.members].sort());
    const url = tha.report.indicators.find((i) => i.kind === 'URL')!;
    assert.deepEqual(
      url.indicator.sightings.map((s) => s.member.code),
      ['TH'],
    );
    assert.deepEqual(tha.reports, { totalCount: 1, edges: [{ node: { id: 'TH-0002' } }] });
  });
  test('regional statistics sum the members per currency, by scam type and by month', async () => {
    fed.resetCounters();
    const res = await fed.query<{
      region: {
        byMember: { member: { code: string }; reportCount: number; losses: { amount: string; currency: string }[] }[];
        totals: {
          reportCount: number;
          losses: { amount: string; currency: string }[];
          byScamType: { key: string; reportCount: number }[];
          byMonth: { key: string; reportCount: number }[];
        };
        coverage: { complete: boolean };
      };
    }>(`{
      region(from: "2026-01-01", to: "2027-01-01") {
        byMember { member { code } reportCount losses { amount currency } }
        totals { reportCount losses { amount currency } byScamType { key reportCount } byMonth { key reportCount } }
        coverage { complete }
      }
    }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { byMember, totals, coverage } = res.data!.region;
    assert.equal(coverage.complete, true);
    assert.deepEqual(
      byMember.map((m) => m.member.code),
      members.map((m) => m.code),
    );
    for (const m of byMember) {
      const currency = members.find((x) => x.code === m.member.code)!.currency;
      assert.equal(m.reportCount, 2);
      assert.deepEqual(m.losses, [{ amount: '1500.00', currency }]);
    }
    assert.equal(totals.reportCount, 22);
    // never baht plus dong: one total per currency
    assert.deepEqual(
      totals.losses,
      [...new Set(members.map((m) => m.currency))].sort().map((currency) => ({
        currency,
        amount: (1500 * members.filter((m) => m.currency === currency).length).toFixed(2),
      })),
    );
    assert.deepEqual(totals.byScamType, [
      { key: 'IMPERSONATION', reportCount: 11 },
      { key: 'JOB_TASK', reportCount: 11 },
    ]);
    assert.deepEqual(totals.byMonth, [
      { key: '2026-03', reportCount: 11 },
      { key: '2026-04', reportCount: 11 },
    ]);
    for (const node of fed.nodes.values()) assert.equal(node.entityCalls, 1, `${node.member.code} Region _entities`);

    const april = await fed.query<{ region: { totals: { reportCount: number } } }>(
      '{ region(from: "2026-04-01", to: "2026-05-01") { totals { reportCount } } }',
    );
    assert.equal(april.data!.region.totals.reportCount, 11);
    // the hot list: indicators among members' most reported ones that two or more members share
    const hot = await fed.query<{
      region: {
        hotList: {
          indicator: { id: string; sightings: unknown[] };
          kind: string;
          members: { code: string }[];
          reportCount: number;
        }[];
        byMember: { member: { code: string }; indicativeUsd: string }[];
        ratesAsOf: string;
      };
      indicator: { id: string };
    }>(`{
      region(from: "2026-01-01", to: "2027-01-01") {
        hotList { indicator { id sightings { member { code } } } kind members { code } reportCount }
        byMember { member { code } indicativeUsd }
        ratesAsOf
      }
      indicator(kind: PHONE, value: "${shared.e164}") { id }
    }`);
    assert.equal(hot.errors, undefined, JSON.stringify(hot.errors));
    const { hotList } = hot.data!.region;
    assert.equal(hotList.length, 1, JSON.stringify(hotList));
    assert.equal(hotList[0]!.indicator.id, hot.data!.indicator.id);
    assert.equal(hotList[0]!.kind, 'PHONE');
    assert.deepEqual(hotList[0]!.members.map((m) => m.code).sort(), [...shared.members].sort());
    assert.equal(hotList[0]!.reportCount, 6);
    assert.equal(hotList[0]!.indicator.sightings.length, 3, 'the hot list pivots into sightings');
    // 1500.00 THB at the registry's indicative rate
    const th = members.find((m) => m.code === 'TH')!;
    assert.equal(
      hot.data!.region.byMember.find((m) => m.member.code === 'TH')!.indicativeUsd,
      (1500 * th.usdPerUnit).toFixed(2),
    );
    assert.match(hot.data!.region.ratesAsOf, /^\d{4}-\d{2}-\d{2}$/);

    const backwards = await fed.query('{ region(from: "2026-05-01", to: "2026-04-01") { id } }');
    assert.equal(backwards.errors![0]!.extensions!.code, 'BAD_USER_INPUT');
  });
});
