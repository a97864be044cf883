/**
 * Watchlists and the change feed through the real gateway (issue 11, item 4). Thailand's analyst watches a
 * number Cambodia holds and one nobody holds yet; the list lives at Thailand's node; the hub's `watchlist`
 * asks every member what changed since the analyst last saw each watch. Reports are IMPORTED (the import
 * path writes the change feed in its own transaction), Cambodia on PostgreSQL, the others on SQLite.
 * Singapore's policy refuses Thailand (NONE), Malaysia shares HIT (the default), Cambodia is Thailand's
 * MoU partner (PARTNER).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memberByCode, type Member } from '../../schema/registry.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { nodeIdentity } from '../../subgraphs/shared/keying/protocol.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const khPhone = '+85512345678';
const myPhone = '+60123456789';
const header =
  'reference,reported_at,scam_type,channel,loss_amount,currency,status,province,phone,bank_account,crypto_wallet,url,domain,email,social_account';

const lookup = `query($value: String!) { indicator(kind: PHONE, value: $value) { id } }`;
const watch = `mutation($ids: [ID!]!) { tha { watch(ids: $ids) { indicator { id } since seen } } }`;
const watchlist = `{ watchlist { entries {
  id watchedSince seenNext indicator { id }
  changedIn { member { code } level change at }
  coverage { answered refused unavailable complete }
} } }`;
const markSeen = `mutation($seen: [SeenInput!]!) { tha { markSeen(seen: $seen) { indicator { id } seen } } }`;

interface Entry {
  id: string;
  seenNext: string;
  watchedSince: string;
  changedIn: { member: { code: string }; level: string; change: string; at: string | null }[];
  coverage: { answered: string[]; refused: string[]; unavailable: string[]; complete: boolean };
}

/** Singapore refuses Thailand's callers; everyone else keeps the registry default. */
function policyOf(member: Member): SharingPolicy {
  const base = SharingPolicy.defaultFor(member);
  return member.code === 'SG' ? SharingPolicy.parse(`TH * NONE no-thailand\n${base.render()}`, 'test', member) : base;
}

describe('watchlists and the change feed through the gateway', () => {
  let fed: Federation;
  let thAnalyst = '';
  let files = 0;
  const ids: Record<string, string> = {};

  /** Imports one report naming `phone` at `code`'s node, through the real import (and its change feed). */
  const importAt = async (code: string, phone: string) => {
    const member = memberByCode(code);
    const path = join(fed.dir, `import-${++files}.csv`);
    const row = `${code}-W-${files},2026-05-0${files}T09:00:00Z,INVESTMENT,MESSAGING_APP,100.00,${member.currency},RECEIVED,,${phone},,,,,,`;
    writeFileSync(path, `${header}\n${row}\n`);
    const keyer = await fed.keying.keyer(nodeIdentity(code));
    const summary = await importFile(fed.nodes.get(code)!.db, member, keyer, path);
    assert.equal(summary.inserted, 1);
  };
  const entries = async (): Promise<Map<string, Entry>> => {
    const res = await fed.query<{ watchlist: { entries: Entry[] } }>(watchlist, {}, { token: thAnalyst });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return new Map(res.data!.watchlist.entries.map((e) => [e.id, e]));
  };
  const seeAll = async (list: Map<string, Entry>) => {
    const seen = [...list.values()].map((e) => ({ id: e.id, seen: e.seenNext }));
    const res = await fed.query(markSeen, { seen }, { token: thAnalyst });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  };

  before(async () => {
    fed = await startFederation({ postgresMembers: ['KH'], policy: policyOf });
    thAnalyst = await fed.token({ member: 'TH', role: 'analyst' });
    await importAt('KH', khPhone);
    for (const [name, value] of [
      ['kh', khPhone],
      ['my', myPhone],
    ] as const) {
      const res = await fed.query<{ indicator: { id: string } }>(lookup, { value }, { token: thAnalyst });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      ids[name] = res.data!.indicator.id;
    }
    const res = await fed.query<{ tha: { watch: { indicator: { id: string }; seen: string }[] } }>(
      watch,
      { ids: [ids.kh, ids.my] },
      { token: thAnalyst },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(
      res.data!.tha.watch.map((w) => [w.indicator.id, w.seen]),
      [
        [ids.kh, ''],
        [ids.my, ''],
      ],
    );
  });
  after(() => fed?.close());

  test('A watch sees a new report imported at another member through the change feed', async () => {
    // first view: Cambodia's report is news (never seen), the other number has none anywhere
    let list = await entries();
    assert.deepEqual(
      list.get(ids.kh!)!.changedIn.map((c) => [c.member.code, c.level, c.change, c.at !== null]),
      [['KH', 'PARTNER', 'NEW', true]],
    );
    assert.deepEqual(list.get(ids.my!)!.changedIn, []);
    // Singapore refused, so it is named, never read as "nothing new"
    assert.deepEqual(list.get(ids.my!)!.coverage.refused, ['SG']);
    assert.equal(list.get(ids.my!)!.coverage.unavailable.length, 0);
    await seeAll(list);
    list = await entries();
    assert.deepEqual(
      [...list.values()].map((e) => e.changedIn),
      [[], []],
      'nothing new once seen',
    );

    // Malaysia imports a report naming the second number: the watch sees it, at Malaysia's level (HIT: NEW, no date)
    fed.resetCounters();
    await importAt('MY', myPhone);
    list = await entries();
    assert.deepEqual(list.get(ids.my!)!.changedIn, [{ member: { code: 'MY' }, level: 'HIT', change: 'NEW', at: null }]);
    assert.deepEqual(list.get(ids.kh!)!.changedIn, []);
    // routing: every member answered both rounds in one call each (its part of the list, then the watches)
    for (const node of fed.nodes.values()) assert.equal(node.entityCalls, 2, node.member.code);

    // Cambodia imports another report on the number it already held: an update, dated for its partner
    await seeAll(list);
    await importAt('KH', khPhone);
    list = await entries();
    assert.deepEqual(
      list.get(ids.kh!)!.changedIn.map((c) => [c.member.code, c.change, c.at !== null]),
      [['KH', 'UPDATED', true]],
    );
    assert.deepEqual(list.get(ids.my!)!.changedIn, []);
  });
});
