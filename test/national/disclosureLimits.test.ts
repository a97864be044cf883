import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import {
  coarsenPeriod,
  defaultLimits,
  limitStats,
  PolicyError,
  SharingPolicy,
} from '../../subgraphs/national/policy/index.js';
import type { NationalStatsRow, StatsBucket } from '../../subgraphs/national/db/rows.js';

const th = memberByCode('TH');
const bucket = (key: string, reportCount: number): StatsBucket => ({
  key,
  reportCount,
  losses: [{ currency: 'THB', amountMinor: reportCount * 100 }],
});
const stats = (byScamType: StatsBucket[]): NationalStatsRow => {
  const reportCount = byScamType.reduce((n, b) => n + b.reportCount, 0);
  return {
    reportCount,
    losses: [{ currency: 'THB', amountMinor: reportCount * 100 }],
    byScamType,
    byChannel: [bucket('SOCIAL_MEDIA', reportCount)],
    byMonth: [bucket('2026-05', reportCount)],
  };
};

describe('the owner’s disclosure limits (k and the minimum window)', () => {
  test('a policy file sets them with `limit` lines; the default is k = 3 and 30 days', () => {
    assert.deepEqual(SharingPolicy.defaultFor(th).limits, { minReports: 3, minWindowDays: 30 });
    const policy = SharingPolicy.parse('limit min-reports 5\nlimit min-window-days 90\n* * HIT all\n', 'p', th);
    assert.deepEqual(policy.limits, { minReports: 5, minWindowDays: 90 });
    assert.deepEqual(SharingPolicy.parse(policy.render(), 'again', th).limits, policy.limits);
    assert.doesNotMatch(SharingPolicy.defaultFor(th).render(), /limit/);
  });

  test('a wrong limit line is reported with its line like any other problem', () => {
    assert.throws(
      () =>
        SharingPolicy.parse(
          'limit min-reports 0\nlimit k 3\nlimit min-window-days 30\nlimit min-window-days 31\n',
          'p',
          th,
        ),
      (e: unknown) =>
        e instanceof PolicyError &&
        /p:1: limit min-reports needs one whole number from 1 to 1000, got "0"/.test(e.message) &&
        /p:2: unknown limit "k"/.test(e.message) &&
        /p:4: limit min-window-days already set on line 3/.test(e.message),
    );
  });

  test('periods are widened to whole UTC months, then to the minimum window', () => {
    const limits = defaultLimits;
    assert.deepEqual(coarsenPeriod({ from: '2026-05-05', to: '2026-05-06' }, limits), {
      from: '2026-05-01',
      to: '2026-06-01',
    });
    // two windows a day apart give the same answer: subtracting them tells nothing
    assert.deepEqual(
      coarsenPeriod({ from: '2026-05-06', to: '2026-05-07' }, limits),
      coarsenPeriod({ from: '2026-05-05', to: '2026-05-06' }, limits),
    );
    assert.deepEqual(coarsenPeriod({ from: '2026-01-01', to: '2027-01-01' }, limits), {
      from: '2026-01-01',
      to: '2027-01-01',
    });
    // February is 28 days: under 30, so March joins it
    assert.deepEqual(coarsenPeriod({ from: '2026-02-01', to: '2026-03-01' }, limits), {
      from: '2026-02-01',
      to: '2026-04-01',
    });
    assert.deepEqual(coarsenPeriod({ from: '2026-05-31', to: null }, limits), { from: '2026-05-01', to: null });
    assert.deepEqual(coarsenPeriod({ from: '2026-05-01', to: '2026-06-01' }, { ...limits, minWindowDays: 90 }), {
      from: '2026-05-01',
      to: '2026-08-01',
    });
  });

  test('cells under k are merged into SMALL_CELLS, which grows until it is not small itself', () => {
    const limited = limitStats(stats([bucket('INVESTMENT', 10), bucket('ROMANCE', 2), bucket('JOB_TASK', 1)]), 3)!;
    assert.deepEqual(
      limited.byScamType.map((b) => [b.key, b.reportCount]),
      [
        ['INVESTMENT', 10],
        ['SMALL_CELLS', 3],
      ],
    );
    assert.deepEqual(limited.byScamType[1]!.losses, [{ currency: 'THB', amountMinor: 300 }]);
    // one small cell alone would be total minus the others: the next smallest joins it
    const single = limitStats(stats([bucket('INVESTMENT', 10), bucket('ROMANCE', 4), bucket('JOB_TASK', 1)]), 3)!;
    assert.deepEqual(
      single.byScamType.map((b) => [b.key, b.reportCount]),
      [
        ['INVESTMENT', 10],
        ['SMALL_CELLS', 5],
      ],
    );
    assert.deepEqual(limitStats(stats([bucket('INVESTMENT', 5)]), 3)!.byScamType, [bucket('INVESTMENT', 5)]);
  });

  test('a total under k withholds the figures; zero is shown', () => {
    assert.equal(limitStats(stats([bucket('INVESTMENT', 2)]), 3), null);
    assert.equal(limitStats(stats([]), 3)?.reportCount, 0);
  });
});
