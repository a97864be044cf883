/**
 * Feedback at the data layer on SQLite and PostgreSQL: the migration's table, verdicts newest first per
 * indicator in ONE statement for a whole batch, nothing overwritten, and the down step.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { FeedbackStore, type FeedbackRow } from '../../subgraphs/national/feedback/FeedbackStore.js';
import { forEachDatabase } from '../helpers/databases.js';

const digest = (n: number) => `test1:${n.toString(16).padStart(64, '0')}`;

function verdict(n: number, overrides: Partial<FeedbackRow>): FeedbackRow {
  return {
    indicatorKind: 'PHONE',
    indicatorDigest: digest(n),
    verdict: 'CONFIRMED',
    action: null,
    since: '2026-05-01',
    recordedAt: new Date('2026-05-02T03:04:05.678Z'),
    recordedBy: 'kh-operator@test',
    ...overrides,
  };
}

forEachDatabase('indicator feedback', (tdb) => {
  let db: NationalDatabase;
  let store: FeedbackStore;
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new FeedbackStore(db);
  });
  after(() => db?.close());

  test('verdicts come back newest first per indicator, in one statement for the batch', async () => {
    await store.insert(verdict(1, { verdict: 'FALSE_POSITIVE', since: '2026-04-01' }));
    await store.insert(verdict(2, { verdict: 'ACTIONED', action: 'BLOCK_NUMBER' }));
    await store.insert(verdict(1, { verdict: 'CONFIRMED', since: '2026-05-02' }));
    await store.insert(verdict(1, { verdict: 'ACTIONED', action: 'TAKE_DOWN', since: '2026-05-03' }));
    db.queries.reset();
    const found = await store.recent([digest(1), digest(2), digest(3), digest(1)], 2);
    assert.equal(db.queries.count, 1);
    assert.deepEqual(found.get(digest(1)), [
      { verdict: 'ACTIONED', action: 'TAKE_DOWN', since: '2026-05-03' },
      { verdict: 'CONFIRMED', action: null, since: '2026-05-02' },
    ]);
    assert.deepEqual(found.get(digest(2)), [{ verdict: 'ACTIONED', action: 'BLOCK_NUMBER', since: '2026-05-01' }]);
    assert.equal(found.has(digest(3)), false);
    const [{ n }] = (await db.dataSource.query('SELECT COUNT(*) AS n FROM indicator_feedback')) as { n: unknown }[] as [
      { n: unknown },
    ];
    assert.equal(Number(n), 4, 'nothing is overwritten');
  });

  test('the down migration drops the table', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      const migration = db.dataSource.migrations.find((m) => m.name === 'IndicatorFeedback1764512000000');
      assert.ok(migration);
      await migration.down(runner);
      assert.equal(await runner.hasTable('indicator_feedback'), false);
      await migration.up(runner);
      assert.equal(await runner.hasTable('indicator_feedback'), true);
    } finally {
      await runner.release();
    }
  });
});
