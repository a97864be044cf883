/**
 * NationalStore.searchReports on SQLite and PostgreSQL: keyset pages newest first with no duplicate and no
 * gap at any page size (including across the REF-4/REF-5 timestamp tie), every filter, the total for the
 * filter, opaque cursors that reject forgeries, and ONE statement per page (count and page together).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { forEachDatabase } from '../helpers/databases.js';
import { type ReportFilter } from '../../subgraphs/national/db/rows.js';
import { openStoreFixture, type Ref, type StoreFixture } from './storeFixture.js';

const newestFirst: Ref[] = ['REF-5', 'REF-4', 'REF-3', 'REF-2', 'REF-1', 'REF-6'];
const cursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

forEachDatabase('NationalStore.searchReports', (tdb) => {
  let f: StoreFixture;
  before(async () => {
    f = await openStoreFixture(tdb.config);
  });
  after(() => f?.db.close());

  /** Walks every page of `filter`, asserting one statement and a consistent total per page. */
  async function walk(filter: ReportFilter, first: number): Promise<{ refs: string[]; pages: number }> {
    const refs: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number | null = null;
    for (;;) {
      f.db.queries.reset();
      const page = await f.store.searchReports(filter, first, after);
      assert.equal(f.db.queries.count, 1, 'one statement per page');
      assert.ok(page.rows.length <= first);
      total ??= page.totalCount;
      assert.equal(page.totalCount, total, 'the total does not change from page to page');
      refs.push(...page.rows.map((r) => r.reference));
      pages += 1;
      assert.ok(pages <= 20, 'pagination must end');
      if (!page.hasNextPage) {
        assert.equal(refs.length, total);
        return { refs, pages };
      }
      assert.equal(page.rows.length, first, 'only the last page may be short');
      assert.ok(page.endCursor);
      after = page.endCursor;
    }
  }

  test('the first page: exact rows newest first, total, cursor of the last row', async () => {
    const page = await f.store.searchReports({}, 3);
    assert.deepEqual(page.rows, [f.row('REF-5'), f.row('REF-4'), f.row('REF-3')]);
    assert.equal(page.totalCount, 6);
    assert.equal(page.hasNextPage, true);
    const r3 = f.report['REF-3'];
    assert.equal(page.endCursor, cursor(`2025-02-20T23:59:59.999Z|${r3.id}`));
  });

  test('every page size walks all reports once, in order, across the timestamp tie', async () => {
    for (const first of [1, 2, 3, 4, 5, 6, 50]) {
      const { refs, pages } = await walk({}, first);
      assert.deepEqual(refs, newestFirst, `first: ${first}`);
      assert.equal(pages, Math.max(1, Math.ceil(newestFirst.length / first)), `first: ${first}`);
    }
  });

  test('first: 0 returns no rows but the total and whether there is a page', async () => {
    const page = await f.store.searchReports({}, 0);
    assert.deepEqual(page, { rows: [], hasNextPage: true, endCursor: null, totalCount: 6 });
  });

  test('filters, alone and combined, with totals', async () => {
    const cases: [ReportFilter, Ref[]][] = [
      [{ scamType: 'INVESTMENT' }, ['REF-3', 'REF-1']],
      [{ channel: 'MESSAGING_APP' }, ['REF-4', 'REF-1']],
      [{ minLossMinor: 25000 }, ['REF-3', 'REF-2', 'REF-1']],
      [{ status: 'RECEIVED' }, ['REF-4', 'REF-1', 'REF-6']],
      [{ province: 'Province A' }, ['REF-5', 'REF-4', 'REF-1']],
      // REF-2 has the phone in two roles: listed once
      [{ indicatorKind: 'PHONE' }, ['REF-3', 'REF-2', 'REF-1']],
      [{ indicatorKind: 'BANK_ACCOUNT' }, ['REF-4', 'REF-2']],
      [{ indicatorKind: 'URL' }, []],
      [{ from: new Date('2025-02-03T08:30:00.250Z'), to: new Date('2025-03-01T00:00:00.000Z') }, ['REF-3', 'REF-2']],
      [{ from: new Date('2025-03-01T00:00:00.000Z') }, ['REF-5', 'REF-4']],
      [{ to: new Date('2025-01-01T00:00:00.000Z') }, ['REF-6']],
      [
        { province: 'Province A', channel: 'MESSAGING_APP', from: new Date('2025-01-01T00:00:00Z') },
        ['REF-4', 'REF-1'],
      ],
      [{ scamType: 'ROMANCE', status: 'CLOSED' }, []],
    ];
    for (const [filter, expected] of cases) {
      const page = await f.store.searchReports(filter, 10);
      const label = JSON.stringify(filter);
      assert.deepEqual(
        page.rows.map((r) => r.reference),
        expected,
        label,
      );
      assert.equal(page.totalCount, expected.length, label);
      assert.equal(page.hasNextPage, false, label);
      assert.equal(page.endCursor === null, expected.length === 0, label);
      assert.deepEqual(await walk(filter, 1).then((w) => w.refs), expected, `${label}, one per page`);
    }
  });

  test('a cursor from another page carries on from its row, whatever the filter', async () => {
    const first = await f.store.searchReports({}, 2);
    const rest = await f.store.searchReports({ province: 'Province A' }, 10, first.endCursor);
    assert.deepEqual(
      rest.rows.map((r) => r.reference),
      ['REF-1'],
    );
    assert.equal(rest.totalCount, 3);
  });

  test('a forged or foreign cursor is BAD_USER_INPUT on `after`, and sends nothing', async () => {
    const r3 = f.report['REF-3'].id;
    const bad = [
      '',
      'not a cursor!',
      cursor('hello'),
      cursor(`2025-02-20T23:59:59.999Z|0`),
      cursor(`2025-02-20T23:59:59.999Z|-1`),
      cursor(`2025-02-20T23:59:59Z|${r3}`),
      cursor(`2025-02-30T00:00:00.000Z|${r3}`),
      cursor(`2025-02-20T23:59:59.999Z|${r3}|x`),
      `${cursor(`2025-02-20T23:59:59.999Z|${r3}`)}=`,
    ];
    for (const after of bad) {
      f.db.queries.reset();
      await assert.rejects(
        f.store.searchReports({}, 2, after),
        (e: unknown) =>
          e instanceof GraphQLError &&
          e.extensions.code === 'BAD_USER_INPUT' &&
          e.extensions.field === 'after' &&
          e.message === 'after: not a cursor from this API',
        JSON.stringify(after),
      );
      assert.equal(f.db.queries.count, 0);
    }
  });
});
