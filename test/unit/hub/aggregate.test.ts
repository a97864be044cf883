/**
 * The hub's cross-border building blocks on hand-built member answers: who took part (answered, refused,
 * did not answer, in registry order), each answering member's part, and buckets merged across members
 * (counts add up, losses add up per currency only, exactly in hundredths).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { members } from '../../../schema/registry.js';
import { coverageOf, mergeBuckets, partsOf } from '../../../subgraphs/hub/graphql/aggregate.js';
import type { BucketRep } from '../../../subgraphs/hub/graphql/parents.js';

const refusedIfNone = (part: { level?: string }) => part.level === 'NONE';
const [first, second, third, fourth] = members;

/** Every member answers at `level`, then `overrides` (by ns) replace some parts. */
function answers(level: string, overrides: Record<string, unknown> = {}): { [ns: string]: unknown } {
  return { id: 'x', ...Object.fromEntries(members.map((m) => [m.ns, { member: m.code, level }])), ...overrides };
}

test('everyone answered: complete, every member named as answered in registry order', () => {
  const coverage = coverageOf(answers('SUMMARY'), refusedIfNone);
  assert.equal(coverage.asked, members.length);
  assert.deepEqual(
    coverage.answered,
    members.map((m) => m.code),
  );
  assert.deepEqual(coverage.refused, []);
  assert.deepEqual(coverage.unavailable, []);
  assert.equal(coverage.complete, true);
});

test('a member that refused and one that did not answer are both named, and the view is not complete', () => {
  const parent = answers('SUMMARY', { [second!.ns]: { member: second!.code, level: 'NONE' }, [fourth!.ns]: null });
  const coverage = coverageOf(parent, refusedIfNone);
  assert.deepEqual(coverage.refused, [second!.code]);
  assert.deepEqual(coverage.unavailable, [fourth!.code]);
  assert.deepEqual(
    coverage.answered,
    members.filter((m) => m !== second && m !== fourth).map((m) => m.code),
  );
  assert.equal(coverage.asked, members.length);
  assert.equal(coverage.complete, false);
});

test('a part never fetched (absent) counts as not answering, never as answered', () => {
  const parent = answers('SUMMARY');
  delete parent[third!.ns];
  const coverage = coverageOf(parent, refusedIfNone);
  assert.deepEqual(coverage.unavailable, [third!.code]);
  assert.equal(coverage.answered.includes(third!.code), false);
  assert.equal(coverage.complete, false);
});

test('the refusal test is the caller’s: the same answers read differently for another view', () => {
  const parent = answers('HIT', { [first!.ns]: { member: first!.code, level: 'SUMMARY' } });
  assert.deepEqual(coverageOf(parent, refusedIfNone).refused, []);
  const statistics = coverageOf(parent, (part) => part.level === 'NONE' || part.level === 'HIT');
  assert.deepEqual(statistics.answered, [first!.code]);
  assert.equal(statistics.refused.length, members.length - 1);
});

test('all refused, or nobody answered: nothing answered, each listed where it belongs', () => {
  const refused = coverageOf(answers('NONE'), refusedIfNone);
  assert.deepEqual(refused.answered, []);
  assert.deepEqual(
    refused.refused,
    members.map((m) => m.code),
  );
  assert.equal(refused.complete, false);

  const silent = coverageOf({ id: 'x' }, refusedIfNone);
  assert.deepEqual(silent.answered, []);
  assert.deepEqual(silent.refused, []);
  assert.deepEqual(
    silent.unavailable,
    members.map((m) => m.code),
  );
  assert.equal(silent.asked, members.length);
  assert.equal(silent.complete, false);
});

test('partsOf: the parts of the members that answered (refusals included), in registry order, with the member', () => {
  // keys in reverse registry order: the result still follows the registry
  const parent = Object.fromEntries(
    [...members].reverse().map((m, i) => [m.ns, i % 3 === 0 ? null : { member: m.code, level: 'NONE' }]),
  );
  const parts = partsOf<{ member: string; level: string }>(parent);
  const expected = [...members].reverse().filter((_, i) => i % 3 !== 0);
  assert.deepEqual(
    parts.map((p) => p.member.code),
    members.filter((m) => expected.includes(m)).map((m) => m.code),
  );
  for (const { member, part } of parts) assert.equal(part.member, member.code);
  assert.deepEqual(partsOf({ id: 'x' }), []);
});

const bucket = (key: string, reportCount: number, ...losses: [string, string][]): BucketRep => ({
  key,
  reportCount,
  losses: losses.map(([amount, currency]) => ({ amount, currency })),
});

test('buckets with the same key merge across members: counts add, losses add per currency and never across', () => {
  const merged = mergeBuckets(
    [
      [bucket('INVESTMENT', 3, ['1000.00', 'THB']), bucket('ROMANCE', 1, ['50.00', 'SGD'])],
      [bucket('INVESTMENT', 2, ['250.50', 'THB'], ['10.00', 'USD'])],
      [bucket('INVESTMENT', 1, ['1,250.25', 'THB']), bucket('JOB', 4)],
    ],
    'count',
  );
  assert.deepEqual(merged, [
    bucket('INVESTMENT', 6, ['2500.75', 'THB'], ['10.00', 'USD']),
    bucket('JOB', 4),
    bucket('ROMANCE', 1, ['50.00', 'SGD']),
  ]);
});

test('sums are exact in hundredths (no floating-point drift over many members)', () => {
  const lists = Array.from({ length: 30 }, () => [bucket('2026-01', 1, ['0.10', 'USD'], ['0.20', 'USD'])]);
  assert.deepEqual(mergeBuckets(lists, 'key'), [bucket('2026-01', 30, ['9.00', 'USD'])]);
});

test("order 'count': most reports first, ties by key; order 'key': by key (months in calendar order)", () => {
  const lists = [
    [bucket('2026-03', 2), bucket('2026-01', 5)],
    [bucket('2026-02', 2), bucket('2026-03', 3)],
  ];
  // 2026-01 and 2026-03 both reach 5 (03 across two members): the tie goes by key
  assert.deepEqual(
    mergeBuckets(lists, 'count').map((b) => [b.key, b.reportCount]),
    [
      ['2026-01', 5],
      ['2026-03', 5],
      ['2026-02', 2],
    ],
  );
  assert.deepEqual(
    mergeBuckets(lists, 'count').map((b) => b.key),
    ['2026-01', '2026-03', '2026-02'],
  );
  assert.deepEqual(
    mergeBuckets(lists, 'key').map((b) => b.key),
    ['2026-01', '2026-02', '2026-03'],
  );
});

test('no buckets (no member shared any, or every list empty): nothing merged', () => {
  assert.deepEqual(mergeBuckets([], 'count'), []);
  assert.deepEqual(mergeBuckets([[], []], 'key'), []);
});

test('a member amount that is not a decimal is refused loudly, not summed as zero', () => {
  assert.throws(() => mergeBuckets([[bucket('JOB', 1, ['12.5.0', 'USD'])]], 'count'), /not a decimal amount: 12\.5\.0/);
});
