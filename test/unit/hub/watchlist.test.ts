/**
 * The hub's watchlist resolvers on hand-built member answers, without servers: the list comes from the
 * caller's own member's node only; what changed is gathered from every member that reports a change; a
 * member that refused or did not answer keeps its old cursor in `seenNext` (its news is still to come).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GraphQLError } from 'graphql';
import { memberByCode, members, type Member } from '../../../schema/registry.js';
import { watchlistResolvers } from '../../../subgraphs/hub/graphql/watchlist.js';

type Resolve = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;
const field = (type: 'Watchlist' | 'WatchedIndicator' | 'MemberChange', name: string) =>
  (watchlistResolvers[type] as unknown as Record<string, Resolve>)[name]!;
const ns = (code: string) => memberByCode(code).ns;
const asCaller = (member: string) => ({ caller: { subject: 'analyst-1', member, role: 'analyst', tokenId: 't1' } });

const watch = (id: string, since: string, seen: string) => ({ indicator: { id }, since, seen });
const listPart = (code: string, own: boolean, watches: ReturnType<typeof watch>[] | null) => ({
  member: code,
  own,
  watches,
});

test("entries: the watches held at the caller's own node, whatever other members say", () => {
  const parent = {
    id: 'mine',
    [ns('TH')]: listPart('TH', true, [
      watch('PHONE:k1:aa', '2026-01-01T00:00:00Z', 'TH:c1.x'),
      watch('URL:k1:bb', '2026-02-01T00:00:00Z', ''),
    ]),
    // another node claiming the list is not the caller's node
    [ns('SG')]: listPart('SG', true, [watch('PHONE:k1:zz', '2026-01-01T00:00:00Z', '')]),
    [ns('KH')]: listPart('KH', false, null),
  };
  assert.deepEqual(field('Watchlist', 'entries')(parent, {}, asCaller('TH'), {}), [
    { id: 'PHONE:k1:aa', seen: 'TH:c1.x', since: '2026-01-01T00:00:00Z' },
    { id: 'URL:k1:bb', seen: '', since: '2026-02-01T00:00:00Z' },
  ]);
  assert.deepEqual(field('Watchlist', 'entries')(parent, {}, asCaller('SG'), {}), [
    { id: 'PHONE:k1:zz', seen: '', since: '2026-01-01T00:00:00Z' },
  ]);
});

test("entries: the caller's node silent, not holding the list, or without watches is SUBGRAPH_UNAVAILABLE naming it", () => {
  const entries = field('Watchlist', 'entries');
  for (const own of [null, undefined, listPart('TH', false, []), listPart('TH', true, null)]) {
    assert.throws(
      () => entries({ id: 'mine', [ns('TH')]: own, [ns('SG')]: listPart('SG', true, []) }, {}, asCaller('TH'), {}),
      (e: unknown) => {
        assert.ok(e instanceof GraphQLError);
        assert.deepEqual(e.extensions, { code: 'SUBGRAPH_UNAVAILABLE', serviceName: ns('TH') });
        assert.match(e.message, /TH's node, which keeps the caller's watchlist, did not answer/);
        return true;
      },
    );
  }
});

test('entries: a caller of no member (the working group) has no watchlist: FORBIDDEN', () => {
  assert.throws(
    () => field('Watchlist', 'entries')({ id: 'mine' }, {}, asCaller('WG'), {}),
    (e: unknown) => e instanceof GraphQLError && e.extensions.code === 'FORBIDDEN' && /WG has none/.test(e.message),
  );
});

const change = (code: string, level: string, what: string | null, cursor: string | null) => ({
  member: code,
  level,
  hit: what === null ? null : true,
  change: what,
  at: what === null ? null : '2026-03-01T10:00:00Z',
  cursor,
});

/** TH and KH report a change, SG answered with nothing new, VN refused, MY did not answer. */
const watched = {
  id: 'PHONE:k1:aa',
  seen: 'MY:c1.my0,SG:c1.sg0,TH:c1.th0,VN:c1.vn0',
  since: '2026-01-01T00:00:00Z',
  [ns('TH')]: change('TH', 'SUMMARY', 'NEW_REPORTS', 'c1.th1'),
  [ns('KH')]: change('KH', 'DETAIL', 'WITHDRAWN', 'c1.kh1'),
  // SG holds reports of it (a hit) but nothing changed since its cursor: not a change
  [ns('SG')]: { ...change('SG', 'SUMMARY', null, 'c1.sg1'), hit: true },
  [ns('VN')]: change('VN', 'NONE', null, null),
  [ns('MY')]: null,
};

test('changedIn: one entry per member reporting a change, in registry order, with its level and time', () => {
  const changes = field('WatchedIndicator', 'changedIn')(watched, {}, {}, {}) as {
    member: Member;
    level: string;
    change: string;
    at: string | null;
  }[];
  // the registry lists TH before KH
  assert.deepEqual(
    changes.map((c) => [c.member.code, c.level, c.change, c.at]),
    [
      ['TH', 'SUMMARY', 'NEW_REPORTS', '2026-03-01T10:00:00Z'],
      ['KH', 'DETAIL', 'WITHDRAWN', '2026-03-01T10:00:00Z'],
    ],
  );
  assert.deepEqual(field('WatchedIndicator', 'changedIn')({ id: 'x', seen: '' }, {}, {}, {}), []);
});

test('coverage: NONE refused, silent members unavailable', () => {
  const coverage = field('WatchedIndicator', 'coverage')(watched, {}, {}, {}) as Record<string, string[]>;
  assert.deepEqual(coverage.answered, ['SG', 'TH', 'KH']);
  assert.deepEqual(coverage.refused, ['VN']);
  assert.deepEqual(
    coverage.unavailable,
    members.map((m) => m.code).filter((c) => !['SG', 'TH', 'KH', 'VN'].includes(c)),
  );
});

test('seenNext: new cursors replace old ones, a refusing or silent member keeps its own, joined in code order', () => {
  assert.equal(
    field('WatchedIndicator', 'seenNext')(watched, {}, {}, {}),
    'KH:c1.kh1,MY:c1.my0,SG:c1.sg1,TH:c1.th1,VN:c1.vn0',
  );
  // a first look: nothing seen yet, nobody answered
  assert.equal(field('WatchedIndicator', 'seenNext')({ id: 'x', seen: '' }, {}, {}, {}), '');
});

test('seenNext: a seen position the hub could not have given is BAD_USER_INPUT naming `seen`', () => {
  for (const seen of ['TH:c1.a,TH:c1.b', 'ZZ:c1.a', 'th:c1.a', 'TH:nope']) {
    assert.throws(
      () => field('WatchedIndicator', 'seenNext')({ ...watched, seen }, {}, {}, {}),
      (e: unknown) =>
        e instanceof GraphQLError && e.extensions.code === 'BAD_USER_INPUT' && e.extensions.field === 'seen',
      seen,
    );
  }
});

test('watchedSince: the entry’s date when it came from the list, null on a bare representation', () => {
  assert.equal(field('WatchedIndicator', 'watchedSince')(watched, {}, {}, {}), '2026-01-01T00:00:00Z');
  assert.equal(field('WatchedIndicator', 'watchedSince')({ id: 'x', seen: '' }, {}, {}, {}), null);
});
