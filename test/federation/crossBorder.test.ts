import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members } from '../../schema/registry.js';
import { insertReports } from '../helpers/insertReports.js';
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
    fed = await startFederation({
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
            coverage: { asked: number; answered: string[]; unavailable: string[]; complete: boolean };
          };
        }
      ).indicator;
      assert.match(indicator.id, /^PHONE:test1:[0-9a-f]{64}$/);
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
      } as never);
    });
  }

  test('an invalid phone is a BAD_USER_INPUT that says why', async () => {
    const res = await fed.query(lookup, { value: '12345' });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /PHONE/);
  });

  test('a member can be drilled into, and a report pivots to its indicators in other members', async () => {
    const res = await fed.query(`{
      tha {
        member
        report(id: "TH-0001") {
          id member scamType loss { amount currency }
          indicators { role kind indicator { id sightings { member { code } } } }
        }
        reports(filter: { scamType: JOB_TASK }, first: 5) { totalCount edges { node { id } } }
      }
    }`);
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
});
