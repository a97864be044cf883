/**
 * Watchlists during a key rotation's overlap (ACCEPTED_KEY_IDS=o1,o2, the keying service's current key
 * still o1), through the real gateway: Thailand's analyst watches an id of the new generation o2 beside
 * its o1 id; its own node (which keeps the list) and the hub (which names the watched indicator) accept
 * both generations, as lookups by id do, and Cambodia, which holds the number under o1 and has re-keyed it
 * into o2 beside it (`npm run rekey`'s function), tells the news to a watch of either id. A generation
 * outside the accepted ones is still refused, naming it. Thailand's and Cambodia's nodes on PostgreSQL
 * (the watch store, the alias and change reads), the others on SQLite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rekeyIndicators } from '../../subgraphs/national/rekey/rekeyIndicators.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { digestIndicator, indicatorId, normalizeIndicator } from '../../shared/indicators/index.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const o2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 9) };
const o3: IndicatorKey = { id: 'o3', secret: Buffer.alloc(32, 11) };
const phone = normalizeIndicator('PHONE', '+66812223344');
const idUnder = (key: IndicatorKey) => indicatorId('PHONE', digestIndicator(phone.kind, phone.canonical, key));

const watch = `mutation($ids: [ID!]!) { tha { watch(ids: $ids) { indicator { id } } } }`;
const unwatch = `mutation($ids: [ID!]!) { tha { unwatch(ids: $ids) { indicator { id } } } }`;
const markSeen = `mutation($seen: [SeenInput!]!) { tha { markSeen(seen: $seen) { indicator { id } } } }`;
const watchlist = `{ watchlist { entries { id seenNext indicator { id kind } changedIn { member { code } change } } } }`;

describe('watchlists during a key rotation overlap', () => {
  let fed: Federation;
  let analyst = '';
  before(async () => {
    fed = await startFederation({
      keys: { current: testKey, others: [o2] },
      keyIds: ['o1', 'o2'],
      postgresMembers: ['TH', 'KH'],
      seed: async ({ member, db, keyer }) => {
        if (member.code !== 'KH') return;
        await insertReports(db, member, testKey, [
          {
            reference: 'KH-RK-1',
            reportedAt: '2026-03-01T09:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 10_000,
            indicators: [{ kind: 'PHONE', value: phone.canonical, role: 'CALLER_NUMBER' }],
          },
        ]);
        await rekeyIndicators(db, keyer, 'o2');
      },
    });
    analyst = await fed.token({ member: 'TH', role: 'analyst' });
  });
  after(() => fed?.close());

  test('an id of either accepted generation is watched, listed with its news, marked seen and unwatched', async () => {
    const ids = [idUnder(testKey), idUnder(o2)];
    const watched = await fed.query<{ tha: { watch: { indicator: { id: string } }[] } }>(
      watch,
      { ids },
      { token: analyst },
    );
    assert.equal(watched.errors, undefined, JSON.stringify(watched.errors));
    assert.deepEqual(watched.data!.tha.watch.map((w) => w.indicator.id).sort(), [...ids].sort());

    const list = await fed.query<{
      watchlist: {
        entries: {
          id: string;
          seenNext: string;
          indicator: { id: string; kind: string };
          changedIn: { member: { code: string }; change: string }[];
        }[];
      };
    }>(watchlist, {}, { token: analyst });
    assert.equal(list.errors, undefined, JSON.stringify(list.errors));
    const entries = list.data!.watchlist.entries;
    assert.deepEqual(
      entries.map((e) => [e.indicator.id, e.indicator.kind]).sort(),
      ids.map((id) => [id, 'PHONE']).sort(),
    );

    // Cambodia's report is news to a watch of either generation's id
    for (const e of entries) {
      assert.deepEqual(
        e.changedIn.map((c) => [c.member.code, c.change]),
        [['KH', 'NEW']],
        e.id,
      );
    }

    const seen = await fed.query(
      markSeen,
      { seen: entries.map((e) => ({ id: e.id, seen: e.seenNext })) },
      { token: analyst },
    );
    assert.equal(seen.errors, undefined, JSON.stringify(seen.errors));
    const again = await fed.query<typeof list.data>(watchlist, {}, { token: analyst });
    assert.deepEqual(
      again.data!.watchlist.entries.map((e) => e.changedIn),
      [[], []],
      'nothing new once seen',
    );

    const left = await fed.query<{ tha: { unwatch: { indicator: { id: string } }[] } }>(
      unwatch,
      { ids: [idUnder(o2)] },
      { token: analyst },
    );
    assert.equal(left.errors, undefined, JSON.stringify(left.errors));
    assert.deepEqual(
      left.data!.tha.unwatch.map((w) => w.indicator.id),
      [idUnder(testKey)],
    );
  });

  test('a generation outside the accepted ones is refused, naming it', async () => {
    const res = await fed.query(watch, { ids: [idUnder(o3)] }, { token: analyst });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /ids\[0\]: .*unknown key id o3/);
  });
});
