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
import { memberByCode } from '../../schema/registry.js';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';
import {
  type Entry,
  cursorOf,
  khPhone,
  lookup,
  markSeen,
  myPhone,
  policyOf,
  reportCsv,
  watch,
  watchlist,
} from './watchlistFixture.js';

describe('watchlists and the change feed through the gateway', () => {
  let fed: Federation;
  let thAnalyst = '';
  let files = 0;
  const ids: Record<string, string> = {};

  /** Imports one report naming `phone` at `code`'s node, through the real import (and its change feed). */
  const importAt = async (code: string, phone: string) => {
    const member = memberByCode(code);
    const path = join(fed.dir, `import-${++files}.csv`);
    writeFileSync(path, reportCsv(member, phone, files));
    const keyer = await fed.keying.keyer(nodeIdentity(code));
    const summary = await importFile(fed.nodes.get(code)!.db, member, keyer, path);
    assert.equal(summary.inserted, 1);
  };
  const entries = async (): Promise<Map<string, Entry>> => {
    const res = await fed.query<{ watchlist: { entries: Entry[] } }>(watchlist, {}, { token: thAnalyst });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return new Map(res.data!.watchlist.entries.map((e) => [e.id, e]));
  };
  const watchesSeen = async () => {
    const res = await fed.query<{ tha: { watch: { indicator: { id: string }; seen: string }[] } }>(
      watch,
      { ids: [ids.kh] },
      { token: thAnalyst },
    );
    return res.data!.tha.watch.map((w) => ({ id: w.indicator.id, seen: w.seen }));
  };
  const seeAll = async (list: Map<string, Entry>) => {
    const seen = [...list.values()].map((e) => ({ id: e.id, seen: e.seenNext }));
    const res = await fed.query(markSeen, { seen }, { token: thAnalyst });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  };

  before(async () => {
    fed = await startFederation({
      postgresMembers: ['KH'],
      policy: policyOf,
      // a full 10,000-change page costs about 360,000 under the gateway's cost rule (first x fields): an
      // operator serving bulk feed clients raises MAX_COST (docs/operators.md); the default 5000 allows ~130
      gatewayEnv: { MAX_COST: '1000000' },
    });
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

    // Malaysia gives Thailand HIT: a second report on a number it already held is an update, which a
    // lookup at HIT could not tell either, so the watch is not told
    await seeAll(list);
    await importAt('MY', myPhone);
    assert.deepEqual((await entries()).get(ids.my!)!.changedIn, []);
  });

  test("every member's answer to a watch is in its audit chain, with the watched indicator", async () => {
    const my = new AuditLog(fed.nodes.get('MY')!.db);
    const entries = await my.list(1000);
    const digest = ids.my!.slice(ids.my!.indexOf(':') + 1);
    const watchAnswers = entries.filter((e) => e.requesterMember === 'TH' && e.digests.includes(digest));
    assert.ok(watchAnswers.length > 0, "Malaysia's chain records its answers to Thailand's watchlist");
    assert.ok(watchAnswers.every((e) => e.level === 'HIT'));
    // at HIT an update and its time are withheld, and the entry says so whatever was selected
    assert.ok(watchAnswers.every((e) => e.redactions.includes('watch.at') && e.redactions.includes('watch.change')));
    assert.deepEqual(await my.verify(), { ok: true, entries: entries.length });
  });

  test('a verdict at the owner counts as a change; a member that does not answer keeps its cursor', async () => {
    await seeAll(await entries());
    const khOperator = await fed.token({ member: 'KH', role: 'operator' });
    const verdict = await fed.query(
      `mutation($id: ID!) { khm { recordFeedback(input: { indicator: $id, verdict: CONFIRMED }) { verdict } } }`,
      { id: ids.kh },
      { token: khOperator },
    );
    assert.equal(verdict.errors, undefined, JSON.stringify(verdict.errors));
    await fed.stopMember('KH');
    try {
      const res = await fed.query<{ watchlist: { entries: Entry[] } }>(watchlist, {}, { token: thAnalyst });
      const entry = res.data!.watchlist.entries.find((e) => e.id === ids.kh)!;
      assert.deepEqual(entry.coverage.unavailable, ['KH']);
      assert.deepEqual(entry.changedIn, []);
      // Cambodia's part of the cursors is the one it last gave: its news is still to come
      const before = new Map((await watchesSeen()).map((w) => [w.id, w.seen]));
      assert.equal(cursorOf(entry.seenNext, 'KH'), cursorOf(before.get(ids.kh!)!, 'KH'));
      assert.notEqual(cursorOf(before.get(ids.kh!)!, 'KH'), undefined);
    } finally {
      await fed.startMember('KH');
    }
    const list = await entries();
    assert.deepEqual(
      list.get(ids.kh!)!.changedIn.map((c) => [c.member.code, c.change]),
      [['KH', 'UPDATED']],
    );
  });

  test('the open feed needs DETAIL, pages with sealed cursors, and refuses cursors it did not give', async () => {
    const feed = `query($since: String, $first: Int) { khm {
      changes(since: $since, first: $first) { member hasMore endCursor entries { indicator { id } kind change at } }
      redactions { field levelNeeded }
    } }`;
    type Page = {
      member: string;
      hasMore: boolean;
      endCursor: string;
      entries: { indicator: { id: string }; kind: string; change: string; at: string }[];
    };
    const read = async (token: string, variables: Record<string, unknown>) =>
      fed.query<{ khm: { changes: Page | null; redactions: { field: string; levelNeeded: string }[] } }>(
        feed,
        variables,
        { token },
      );
    // Thailand is Cambodia's MoU partner: every change, oldest first, a page at a time
    const first = await read(thAnalyst, { first: 1 });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const page1 = first.data!.khm.changes!;
    assert.deepEqual(
      page1.entries.map((e) => [e.indicator.id, e.kind, e.change]),
      [[ids.kh, 'PHONE', 'NEW']],
    );
    assert.equal(page1.hasMore, true);
    const second = await read(thAnalyst, { since: page1.endCursor, first: 10_000 });
    assert.equal(second.errors, undefined, JSON.stringify(second));
    const rest = second.data!.khm.changes!;
    // the second import and the verdict
    assert.deepEqual(
      rest.entries.map((e) => [e.indicator.id, e.change]),
      [
        [ids.kh, 'UPDATED'],
        [ids.kh, 'UPDATED'],
      ],
    );
    assert.equal(rest.hasMore, false);
    const none = (await read(thAnalyst, { since: rest.endCursor })).data!.khm.changes!;
    assert.deepEqual([none.entries, none.hasMore], [[], false]);

    // Malaysia (HIT) and the Working Group (SUMMARY) may not list Cambodia's indicators
    for (const token of [
      await fed.token({ member: 'MY', role: 'analyst' }),
      await fed.token({ member: 'WG', role: 'analyst' }),
    ]) {
      const res = await read(token, {});
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data!.khm.changes, null);
      assert.deepEqual(
        res.data!.khm.redactions.find((r) => r.field === 'changes'),
        { field: 'changes', levelNeeded: 'DETAIL' },
      );
    }

    const refusal = async (token: string, query: string, variables: Record<string, unknown>, why: RegExp) => {
      const res = await fed.query(query, variables, { token });
      const e = res.errors?.[0];
      assert.equal(e?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res));
      assert.match(e!.message, why);
      return e!;
    };
    const e = await refusal(thAnalyst, feed, { since: 'page-2' }, /not a change-feed cursor/);
    assert.equal(e.extensions?.field, 'since');
    await refusal(thAnalyst, feed, { first: 10_001 }, /first must be between 1 and 10000/);
    // Cambodia's cursor at Thailand's own node, and Thailand's cursor in a Cambodian operator's hands
    await refusal(
      thAnalyst,
      `query($since: String) { tha { changes(since: $since) { hasMore } } }`,
      { since: page1.endCursor },
      /another node/,
    );
    await refusal(await fed.token({ member: 'KH', role: 'operator' }), feed, { since: page1.endCursor }, /given to TH/);
  });

  test("only the member's own staff keep a watchlist there; bad ids are named; the Working Group has none", async () => {
    const myAnalyst = await fed.token({ member: 'MY', role: 'analyst' });
    const foreign = await fed.query(watch, { ids: [ids.kh] }, { token: myAnalyst });
    assert.equal(foreign.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const bad = await fed.query(watch, { ids: [ids.kh, 'PHONE:nope'] }, { token: thAnalyst });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0]?.extensions?.field, 'ids[1]');
    const forged = await fed.query(markSeen, { seen: [{ id: ids.kh, seen: 'KH:42' }] }, { token: thAnalyst });
    assert.equal(forged.errors?.[0]?.extensions?.field, 'seen[0].seen');
    const wg = await fed.query(watchlist, {}, { token: await fed.token({ member: 'WG', role: 'analyst' }) });
    assert.equal(wg.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    // Malaysia's analyst has a list of its own at its own node, empty: Thailand's is not shown to it
    const mine = await fed.query<{ watchlist: { entries: Entry[] } }>(watchlist, {}, { token: myAnalyst });
    assert.deepEqual(mine.data?.watchlist.entries, []);
    const unwatch = `mutation($ids: [ID!]!) { tha { unwatch(ids: $ids) { indicator { id } } } }`;
    const left = await fed.query<{ tha: { unwatch: { indicator: { id: string } }[] } }>(
      unwatch,
      { ids: [ids.my] },
      { token: thAnalyst },
    );
    assert.deepEqual(
      left.data!.tha.unwatch.map((w) => w.indicator.id),
      [ids.kh],
    );
  });

  test("when the caller's own node does not answer, the watchlist says so instead of reading empty", async () => {
    await fed.stopMember('TH');
    try {
      const res = await fed.query<{ watchlist: { entries: Entry[] | null } }>(watchlist, {}, { token: thAnalyst });
      assert.equal(res.data?.watchlist.entries, null);
      const e = res.errors?.find((x) => x.path?.join('.') === 'watchlist.entries');
      assert.equal(e?.extensions?.code, 'SUBGRAPH_UNAVAILABLE', JSON.stringify(res.errors));
      assert.match(e!.message, /TH's node, which keeps the caller's watchlist, did not answer/);
    } finally {
      await fed.startMember('TH');
    }
  });
});
