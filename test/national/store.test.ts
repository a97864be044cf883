/**
 * NationalStore's batched reads on SQLite and PostgreSQL: exact results on a hand-checkable fixture, and
 * exactly ONE statement per call, also for 10,000 keys (the screening path's promise to the federation).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/databases.js';
import { type MoneyRow } from '../../subgraphs/national/db/rows.js';
import { digest, home, kindOf, manyDigests, openStoreFixture, other, type StoreFixture } from './storeFixture.js';

const byCurrency = (...money: MoneyRow[]) => money.sort((a, b) => a.currency.localeCompare(b.currency));
const at = (iso: string) => new Date(iso);

forEachDatabase('NationalStore', (tdb) => {
  let f: StoreFixture;
  before(async () => {
    f = await openStoreFixture(tdb.config);
  });
  after(() => f?.db.close());

  /** Runs `work` and asserts it sent exactly `statements` SQL statements. */
  async function counted<T>(statements: number, work: () => Promise<T>): Promise<T> {
    f.db.queries.reset();
    const result = await work();
    assert.equal(f.db.queries.count, statements, `statements sent:\n${f.db.queries.recent.join('\n---\n')}`);
    return result;
  }

  test('sightings: distinct reports, first/last seen, per-currency losses, sorted types and channels', async () => {
    const got = await counted(1, () => f.store.sightings([digest.phone, digest.bank, digest.wallet, digest.url]));
    assert.deepEqual([...got.keys()].sort(), [digest.phone, digest.bank, digest.wallet].sort());
    assert.deepEqual(got.get(digest.phone), {
      digest: digest.phone,
      kind: kindOf.phone,
      indicatorId: f.indicatorId.phone,
      reference: f.indicatorReference.phone,
      // REF-2 is linked twice (two roles): it counts once and its loss is added once
      reportCount: 3,
      firstSeen: at('2025-01-15T10:00:00.000Z'),
      lastSeen: at('2025-02-20T23:59:59.999Z'),
      losses: byCurrency({ currency: home, amountMinor: 175000 }, { currency: other, amountMinor: 50000 }),
      scamTypes: ['INVESTMENT', 'ROMANCE'],
      channels: ['MESSAGING_APP', 'PHONE_CALL', 'SOCIAL_MEDIA'],
    });
    assert.deepEqual(got.get(digest.bank), {
      digest: digest.bank,
      kind: kindOf.bank,
      indicatorId: f.indicatorId.bank,
      reference: f.indicatorReference.bank,
      reportCount: 2,
      firstSeen: at('2025-02-03T08:30:00.250Z'),
      lastSeen: at('2025-03-01T00:00:00.000Z'),
      // REF-4's loss is unknown: no home-currency entry rather than a made-up zero
      losses: [{ currency: other, amountMinor: 50000 }],
      scamTypes: ['JOB_TASK', 'ROMANCE'],
      channels: ['MESSAGING_APP', 'SOCIAL_MEDIA'],
    });
    assert.equal(got.get(digest.wallet)?.reportCount, 1);
    assert.deepEqual(got.get(digest.wallet)?.losses, [{ currency: home, amountMinor: 999 }]);
  });

  test('sightings: 10,000 digests (and duplicates) are one statement', async () => {
    const digests = manyDigests(10_000, digest.phone, digest.bank, digest.phone);
    const got = await counted(1, () => f.store.sightings(digests));
    assert.equal(got.size, 2);
    assert.equal(got.get(digest.phone)?.reportCount, 3);
  });

  test('sightings and other batches: an empty batch sends nothing', async () => {
    await counted(0, async () => {
      assert.equal((await f.store.sightings([])).size, 0);
      assert.equal((await f.store.recentReports([], 5)).size, 0);
      assert.equal((await f.store.reportsById([])).size, 0);
      assert.equal((await f.store.reportsByReference([])).size, 0);
      assert.equal((await f.store.linksByReportIds([])).size, 0);
    });
  });

  test('recentReports: newest first per digest, at most `limit`, ties broken by id, each report once', async () => {
    const got = await counted(1, () =>
      f.store.recentReports([digest.phone, digest.bank, digest.wallet, digest.url], 2),
    );
    assert.deepEqual([...got.keys()].sort(), [digest.phone, digest.bank, digest.wallet].sort());
    assert.deepEqual(got.get(digest.phone), [f.row('REF-3'), f.row('REF-2')]);
    assert.deepEqual(got.get(digest.bank), [f.row('REF-4'), f.row('REF-2')]);
    assert.deepEqual(got.get(digest.wallet), [f.row('REF-5')]);
    const all = await f.store.recentReports([digest.phone], 10);
    assert.deepEqual(
      all.get(digest.phone)?.map((r) => r.reference),
      ['REF-3', 'REF-2', 'REF-1'],
    );
  });

  test('recentReports: 10,000 digests are one statement', async () => {
    const got = await counted(1, () => f.store.recentReports(manyDigests(10_000, digest.bank), 1));
    assert.deepEqual(got.get(digest.bank), [f.row('REF-4')]);
    assert.equal(got.size, 1);
  });

  test('reportsByReference and reportsById: exact rows, unknown keys absent, one statement', async () => {
    const byRef = await counted(1, () => f.store.reportsByReference(['REF-2', 'REF-404', 'REF-2']));
    assert.deepEqual([...byRef], [['REF-2', f.row('REF-2')]]);
    // ids that name no report, including beyond PostgreSQL's int4 and not whole numbers, are just absent
    const ids = [f.report['REF-4'].id, f.report['REF-6'].id, 999_999, 2 ** 40, Number.NaN, 1.5];
    const byId = await counted(1, () => f.store.reportsById(ids));
    assert.deepEqual(byId.get(f.report['REF-4'].id), f.row('REF-4'));
    assert.equal(byId.get(f.report['REF-4'].id)?.lossMinor, null);
    assert.deepEqual(byId.get(f.report['REF-6'].id), f.row('REF-6'));
    assert.equal(byId.size, 2);
    const many = Array.from({ length: 10_000 }, (_, i) => i + 1);
    assert.equal((await counted(1, () => f.store.reportsById(many))).size, 6);
  });

  test('linksByReportIds: kind and digest per link, ordered by role then kind; no links -> absent', async () => {
    const r2 = f.report['REF-2'].id;
    const got = await counted(1, () => f.store.linksByReportIds([r2, f.report['REF-6'].id]));
    assert.deepEqual(got.get(r2), [
      { reportId: r2, kind: 'BANK_ACCOUNT', digest: digest.bank, role: 'BENEFICIARY_ACCOUNT' },
      { reportId: r2, kind: 'PHONE', digest: digest.phone, role: 'CALLER_NUMBER' },
      { reportId: r2, kind: 'PHONE', digest: digest.phone, role: 'SOCIAL_PROFILE' },
    ]);
    assert.equal(got.has(f.report['REF-6'].id), false);
    assert.equal((await f.store.linksByReportIds([2 ** 40])).size, 0);
  });

  test('stats: totals and breakdowns in one statement; months are UTC and ascending', async () => {
    const s = await counted(1, () => f.store.stats());
    assert.equal(s.reportCount, 6);
    assert.deepEqual(
      s.losses,
      byCurrency({ currency: home, amountMinor: 176099 }, { currency: other, amountMinor: 50000 }),
    );
    assert.deepEqual(s.byMonth, [
      { key: '2024-12', reportCount: 1, losses: [{ currency: home, amountMinor: 100 }] },
      { key: '2025-01', reportCount: 1, losses: [{ currency: home, amountMinor: 150000 }] },
      {
        key: '2025-02',
        reportCount: 2,
        losses: byCurrency({ currency: home, amountMinor: 25000 }, { currency: other, amountMinor: 50000 }),
      },
      { key: '2025-03', reportCount: 2, losses: [{ currency: home, amountMinor: 999 }] },
    ]);
    assert.deepEqual(s.byScamType, [
      { key: 'INVESTMENT', reportCount: 2, losses: [{ currency: home, amountMinor: 175000 }] },
      { key: 'JOB_TASK', reportCount: 1, losses: [] },
      { key: 'OTHER', reportCount: 1, losses: [{ currency: home, amountMinor: 100 }] },
      { key: 'PARCEL_CUSTOMS', reportCount: 1, losses: [{ currency: home, amountMinor: 999 }] },
      { key: 'ROMANCE', reportCount: 1, losses: [{ currency: other, amountMinor: 50000 }] },
    ]);
    assert.deepEqual(
      s.byChannel.map((b) => [b.key, b.reportCount]),
      [
        ['MESSAGING_APP', 2],
        ['EMAIL', 1],
        ['PHONE_CALL', 1],
        ['SMS', 1],
        ['SOCIAL_MEDIA', 1],
      ],
    );
  });

  test('stats: [from, to) with `to` exclusive; an empty period is all zeros', async () => {
    const s = await counted(1, () => f.store.stats(at('2025-01-01T00:00:00Z'), at('2025-03-01T00:00:00Z')));
    assert.equal(s.reportCount, 3);
    assert.deepEqual(
      s.byMonth.map((b) => [b.key, b.reportCount]),
      [
        ['2025-01', 1],
        ['2025-02', 2],
      ],
    );
    const onlyFrom = await f.store.stats(at('2025-03-01T00:00:00Z'));
    assert.equal(onlyFrom.reportCount, 2);
    const none = await f.store.stats(at('2030-01-01T00:00:00Z'), at('2031-01-01T00:00:00Z'));
    assert.deepEqual(none, { reportCount: 0, losses: [], byScamType: [], byChannel: [], byMonth: [] });
  });

  test('periodIndicators: every indicator of the period with its distinct reports, one statement', async () => {
    const all = await counted(1, () => f.store.periodIndicators(undefined, undefined));
    const sorted = (rows: typeof all) => [...rows].sort((a, b) => a.digest.localeCompare(b.digest));
    // the same counts topIndicators gives, without its limit or order
    assert.deepEqual(sorted(all), sorted(await f.store.topIndicators(undefined, undefined, 1000)));
    assert.equal(all.find((r) => r.digest === digest.phone)?.reportCount, 3, 'REF-2 in two roles counts once');
    const feb = await f.store.periodIndicators(at('2025-02-01T00:00:00Z'), at('2025-03-01T00:00:00Z'));
    assert.deepEqual(
      sorted(feb),
      sorted(await f.store.topIndicators(at('2025-02-01T00:00:00Z'), at('2025-03-01T00:00:00Z'), 1000)),
    );
    assert.ok(feb.length > 0 && feb.length < all.length);
  });

  test('the store never reads the victim table', async () => {
    f.db.queries.reset();
    await f.store.sightings([digest.phone]);
    await f.store.recentReports([digest.phone], 5);
    await f.store.reportsByReference(['REF-1']);
    await f.store.reportsById([f.report['REF-1'].id]);
    await f.store.linksByReportIds([f.report['REF-1'].id]);
    await f.store.searchReports({ indicatorKind: 'PHONE' }, 10);
    await f.store.stats();
    assert.equal(f.db.queries.count, 7);
    assert.equal(f.db.queries.recent.length, 7);
    for (const statement of f.db.queries.recent) assert.doesNotMatch(statement, /victim/i);
  });
});
