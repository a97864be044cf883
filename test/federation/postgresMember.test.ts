import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postgresAvailability, postgresUrl } from '../helpers/databases.js';
import { insertReports } from '../helpers/insertReports.js';
import { withoutSmallCellLimit } from '../helpers/policies.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

/**
 * Production's database in the real federation: Thailand's and Cambodia's nodes run on PostgreSQL, the
 * others on SQLite, and one query through the gateway finds the indicator on both kinds.
 */
describe('members on PostgreSQL answer through the gateway like members on SQLite', () => {
  let fed: Federation;
  before(async () => {
    // an unreachable PostgreSQL fails here (always under CI=true), as in every data-layer suite
    assert.equal(await postgresAvailability(postgresUrl()), null);
    fed = await startFederation({
      postgresMembers: ['TH', 'KH'],
      // one report per member: sums are checked here, the small-cell limit in test/national/disclosureLimits.test.ts and the authorization matrix
      policy: withoutSmallCellLimit,
      seed: async ({ member, db }) => {
        if (!['TH', 'KH', 'VN'].includes(member.code)) return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-PG-1`,
            reportedAt: '2026-07-07T07:07:07Z',
            scamType: 'HYBRID',
            channel: 'PHONE_CALL',
            lossMinor: 7_000_00,
            indicators: [{ kind: 'CRYPTO_WALLET', value: 'TRON:TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf', role: 'WALLET' }],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  test('sightings, losses and regional statistics come from both databases', async () => {
    assert.equal(fed.nodes.get('TH')!.db.type, 'postgres');
    assert.equal(fed.nodes.get('VN')!.db.type, 'sqlite');
    fed.resetCounters();
    const res = await fed.query<{
      indicator: {
        sightings: {
          member: { code: string };
          reportCount: number;
          totalLoss: { amount: string }[];
          firstSeen: string;
        }[];
        coverage: { complete: boolean };
      };
      region: { totals: { reportCount: number } };
    }>(`{
      indicator(kind: CRYPTO_WALLET, value: "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf") {
        sightings { member { code } reportCount totalLoss { amount } firstSeen }
        coverage { complete }
      }
      region(from: "2026-07-01", to: "2026-08-01") { totals { reportCount } }
    }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { sightings, coverage } = res.data!.indicator;
    assert.deepEqual(sightings.map((s) => s.member.code).sort(), ['KH', 'TH', 'VN']);
    for (const s of sightings) {
      assert.equal(s.reportCount, 1);
      assert.deepEqual(s.totalLoss, [{ amount: '7000.00' }]);
      assert.equal(s.firstSeen, '2026-07-07T07:07:07.000Z');
    }
    assert.equal(coverage.complete, true);
    assert.equal(res.data!.region.totals.reportCount, 3);
    // the PostgreSQL members really served SQL for this answer (not a cached or SQLite fallback)
    for (const code of ['TH', 'KH']) assert.ok(fed.nodes.get(code)!.db.queries.count > 0, code);
  });
});
