/**
 * `Region` statistics as the hub resolves them from hand-built member answers, without servers: only
 * members whose figures reached the caller (SUMMARY or more, not withheld under their k) are summed, listed
 * and counted as answering; losses stay per currency, and the indicative US dollars use the rates of the
 * registry in use (a currency without a rate is left out, not guessed).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import {
  currentRegistry,
  memberByCode,
  parseRegistry,
  ratesAsOf,
  useRegistry,
  type Member,
} from '../../../schema/registry.js';
import { buildResolvers } from '../../../subgraphs/hub/graphql/buildResolvers.js';
import type { BucketRep, MoneyRep, StatsRep } from '../../../subgraphs/hub/graphql/parents.js';

// round rates, so the expected dollars below are arithmetic a reader can check
const committed = readFileSync(new URL('../../../schema/members.json', import.meta.url), 'utf8');
const file = JSON.parse(committed) as { ratesAsOf: string; members: Member[] };
const rates: Record<string, number> = { THB: 0.03, SGD: 0.75, USD: 1 };
const original = currentRegistry();
useRegistry(
  parseRegistry(
    JSON.stringify({
      ...file,
      ratesAsOf: '2026-06-30',
      members: file.members.map((m) => ({ ...m, usdPerUnit: rates[m.currency] ?? m.usdPerUnit })),
    }),
    'test rates',
  ),
);
after(() => useRegistry(original));

type Resolve = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;
const region = buildResolvers().Region as unknown as Record<string, Resolve>;
const resolve = (field: string, parent: unknown) => region[field]!(parent, {}, {}, {});

const ns = (code: string) => memberByCode(code).ns;
const money = (amount: string, currency: string): MoneyRep => ({ amount, currency });
const stats = (code: string, level: string, reportCount: number | null, extra: Partial<StatsRep> = {}): StatsRep => ({
  member: code,
  level,
  reportCount,
  losses: [],
  byScamType: [],
  byMonth: [],
  ...extra,
});
const bucket = (key: string, reportCount: number, losses: MoneyRep[] = []): BucketRep => ({ key, reportCount, losses });

/**
 * TH, SG and TL share their figures; MY answers at HIT, PH withholds its figures under its k, VN refuses
 * this caller; every other member did not answer.
 */
const parent = {
  id: 'ASEAN',
  from: '2026-01-01',
  to: '2026-04-01',
  [ns('TH')]: stats('TH', 'SUMMARY', 3, {
    losses: [money('1000.00', 'THB')],
    byScamType: [bucket('INVESTMENT', 2, [money('900.00', 'THB')]), bucket('ROMANCE', 1, [money('100.00', 'THB')])],
    byMonth: [bucket('2026-02', 3, [money('1000.00', 'THB')])],
  }),
  [ns('SG')]: stats('SG', 'DETAIL', 2, {
    losses: [money('100.00', 'SGD'), money('10.00', 'USD')],
    byScamType: [bucket('INVESTMENT', 2, [money('100.00', 'SGD'), money('10.00', 'USD')])],
    byMonth: [bucket('2026-01', 1, [money('100.00', 'SGD')]), bucket('2026-02', 1, [money('10.00', 'USD')])],
  }),
  [ns('TL')]: stats('TL', 'PARTNER', 1, {
    losses: [money('5.00', 'USD'), money('40.00', 'EUR')],
    byScamType: [bucket('JOB', 1, [money('5.00', 'USD')])],
    byMonth: [bucket('2026-03', 1, [money('5.00', 'USD')])],
  }),
  // figures a member sent below SUMMARY or under its k never count, whatever they say
  [ns('MY')]: stats('MY', 'HIT', 7, { losses: [money('999.00', 'MYR')], byScamType: [bucket('JOB', 7)] }),
  [ns('PH')]: stats('PH', 'SUMMARY', null, { losses: [money('500.00', 'PHP')] }),
  [ns('VN')]: stats('VN', 'NONE', null),
  [ns('ID')]: null,
};

test('totals add up only the members that shared their figures, losses per currency, dollars at the registry rates', () => {
  const totals = resolve('totals', parent) as Record<string, unknown>;
  assert.equal(totals.reportCount, 6);
  assert.deepEqual(totals.losses, [
    money('40.00', 'EUR'),
    money('100.00', 'SGD'),
    money('1000.00', 'THB'),
    money('15.00', 'USD'),
  ]);
  // 1000 THB x 0.03 + 100 SGD x 0.75 + 15 USD; EUR has no rate in the registry: left out
  assert.equal(totals.indicativeUsd, '120.00');
  assert.deepEqual(totals.byScamType, [
    bucket('INVESTMENT', 4, [money('100.00', 'SGD'), money('900.00', 'THB'), money('10.00', 'USD')]),
    bucket('JOB', 1, [money('5.00', 'USD')]),
    bucket('ROMANCE', 1, [money('100.00', 'THB')]),
  ]);
  assert.deepEqual(totals.byMonth, [
    bucket('2026-01', 1, [money('100.00', 'SGD')]),
    bucket('2026-02', 4, [money('1000.00', 'THB'), money('10.00', 'USD')]),
    bucket('2026-03', 1, [money('5.00', 'USD')]),
  ]);
});

test('byMember lists each sharing member in registry order with its own losses and its dollars', () => {
  const byMember = resolve('byMember', parent) as { member: Member; reportCount: number; indicativeUsd: string }[];
  // the registry lists SG, TH and TL in that order
  const expected = [
    ['SG', 2, '85.00'],
    ['TH', 3, '30.00'],
    ['TL', 1, '5.00'],
  ];
  assert.deepEqual(
    byMember.map((m) => [m.member.code, m.reportCount, m.indicativeUsd]),
    expected,
  );
});

test('coverage names the members left out of the sums as refused, and the silent ones as unavailable', () => {
  const coverage = resolve('coverage', parent) as Record<string, unknown>;
  const inOrder = (codes: string[]) =>
    currentRegistry()
      .members.map((m) => m.code)
      .filter((c) => codes.includes(c));
  assert.deepEqual(coverage.answered, inOrder(['SG', 'TH', 'TL']));
  assert.deepEqual(coverage.refused, inOrder(['MY', 'PH', 'VN']));
  assert.deepEqual(
    coverage.unavailable,
    currentRegistry()
      .members.map((m) => m.code)
      .filter((c) => !['SG', 'TH', 'TL', 'MY', 'PH', 'VN'].includes(c)),
  );
  assert.equal(coverage.complete, false);
  assert.equal(resolve('ratesAsOf', parent), '2026-06-30');
  assert.equal(ratesAsOf, '2026-06-30');
});

test('nobody shared: zero reports, no losses, zero dollars, no buckets, nobody listed', () => {
  const refusedAll = {
    id: 'ASEAN',
    ...Object.fromEntries(currentRegistry().members.map((m) => [m.ns, stats(m.code, 'NONE', null)])),
  };
  assert.deepEqual(resolve('totals', refusedAll), {
    reportCount: 0,
    losses: [],
    indicativeUsd: '0.00',
    byScamType: [],
    byMonth: [],
  });
  assert.deepEqual(resolve('byMember', refusedAll), []);
  assert.deepEqual((resolve('coverage', refusedAll) as { answered: string[] }).answered, []);
});
