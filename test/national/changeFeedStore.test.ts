/**
 * The change feed at the data layer on SQLite and PostgreSQL: the migration back-fills indicators stored
 * before it (and its down step drops what it made), recordIndicatorChanges appends one change per distinct
 * indicator in the caller's transaction (a rolled-back import leaves no change behind), pages and
 * per-indicator summaries read NEW and UPDATED right, a second PostgreSQL writer waits for the first to
 * commit, the cursor key is the database's own, and watches are kept per analyst.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { ChangeFeed1764520000000 } from '../../subgraphs/national/db/migrations/ChangeFeed1764520000000.js';
import { ChangeStore } from '../../subgraphs/national/feed/ChangeStore.js';
import { recordIndicatorChanges } from '../../subgraphs/national/feed/recordIndicatorChanges.js';
import { forEachDatabase } from '../helpers/databases.js';
import { insertReports } from '../helpers/insertReports.js';
import { testKey } from '../helpers/startFederation.js';

const KH = memberByCode('KH');
const report = (reference: string, reportedAt: string, phones: string[]) => ({
  reference,
  reportedAt,
  scamType: 'INVESTMENT',
  channel: 'PHONE_CALL',
  lossMinor: 1000,
  indicators: phones.map((value) => ({ kind: 'PHONE', value, role: 'CALLER_NUMBER' })),
});

forEachDatabase('change feed store', (tdb) => {
  let db: NationalDatabase;
  let store: ChangeStore;
  const ids = new Map<string, { id: number; digest: string }>();

  before(async () => {
    db = await openDatabase(tdb.config);
    store = new ChangeStore(db);
    // written without the feed (as before the migration), then the migration is run again over them
    await insertReports(db, KH, testKey, [
      report('KH-2', '2026-05-02T00:00:00Z', ['+85512345678']),
      report('KH-1', '2026-05-01T00:00:00Z', ['+85598765432', '+85512345678']),
    ]);
    const runner = db.dataSource.createQueryRunner();
    await new ChangeFeed1764520000000().down(runner);
    await new ChangeFeed1764520000000().up(runner);
    await runner.release();
    const rows = (await db.dataSource.query('SELECT id, digest, canonical FROM indicator')) as Record<
      string,
      unknown
    >[];
    for (const r of rows) ids.set(String(r.canonical), { id: Number(r.id), digest: String(r.digest) });
  });
  after(() => db?.close());

  test('the migration back-fills one NEW change per stored indicator, in the order their first report arrived', async () => {
    const page = await store.page(0, 10);
    // both first reported on 1 May (report KH-1), then by row id: the number KH-2 brought in first
    assert.deepEqual(
      page.map((c) => [c.digest, c.seq === c.firstSeq, c.at.toISOString()]),
      [
        [ids.get('+85512345678')!.digest, true, '2026-05-01T00:00:00.000Z'],
        [ids.get('+85598765432')!.digest, true, '2026-05-01T00:00:00.000Z'],
      ],
    );
    assert.equal(page.length, 2);
  });

  test('changes are appended once per indicator in the caller transaction, and vanish with a rollback', async () => {
    const a = ids.get('+85512345678')!;
    const at = new Date('2026-06-01T10:00:00.000Z');
    await db.dataSource.transaction((m) => recordIndicatorChanges(m, [a.id, a.id, 987654], at));
    await assert.rejects(
      db.dataSource.transaction(async (m) => {
        await recordIndicatorChanges(m, [a.id], at, 'UPDATE');
        throw new Error('import failed');
      }),
      /import failed/,
    );
    const page = await store.page(0, 10);
    assert.equal(page.length, 3, 'one more change: duplicates and an unknown id add nothing, the rollback nothing');
    const last = page[2]!;
    assert.equal(last.digest, a.digest);
    assert.equal(last.at.toISOString(), at.toISOString());
    assert.ok(last.seq > last.firstSeq, 'a second change of the same indicator reads as UPDATED');
    assert.deepEqual(
      (await store.page(page[1]!.seq, 10)).map((c) => c.seq),
      [last.seq],
    );
    assert.equal(await store.head(), last.seq);
    const summaries = await store.summaries([a.digest, ids.get('+85598765432')!.digest, 'o1:unknown']);
    assert.deepEqual(summaries.get(a.digest), {
      firstSeq: page.find((c) => c.digest === a.digest)!.seq,
      lastSeq: last.seq,
      lastAt: at,
    });
    assert.equal(summaries.size, 2);
  });

  // SQLite has one writer at a time; on PostgreSQL the feed's order is kept by the table lock
  if (tdb.name === 'postgres') {
    test('on PostgreSQL a second writer waits for the first to commit, so sequence order is commit order', async () => {
      const a = ids.get('+85598765432')!;
      const [at1, at2] = [new Date('2026-07-01T00:00:00.000Z'), new Date('2026-07-02T00:00:00.000Z')];
      const first = db.dataSource.createQueryRunner();
      const second = db.dataSource.createQueryRunner();
      try {
        await first.startTransaction();
        await recordIndicatorChanges(first.manager, [a.id], at1);
        await second.startTransaction();
        const done = recordIndicatorChanges(second.manager, [a.id], at2).then(() => second.commitTransaction());
        // the second writer's lock request is queued behind the first (polled, not timed)
        for (let i = 0; ; i++) {
          const [row] = (await db.dataSource.query(
            `SELECT COUNT(*) AS n FROM pg_locks WHERE relation = 'indicator_change'::regclass AND NOT granted`,
          )) as { n: unknown }[];
          if (Number(row!.n) > 0) break;
          assert.ok(i < 5000, 'the second writer never waited for the first');
          await new Promise((resolve) => setImmediate(resolve));
        }
        await first.commitTransaction();
        await done;
      } finally {
        await first.release();
        await second.release();
      }
      const page = await store.page(0, 100);
      assert.deepEqual(
        page.slice(-2).map((c) => c.at.toISOString()),
        [at1.toISOString(), at2.toISOString()],
      );
    });
  }

  test('the cursor key is this database own 32 random bytes, the same at every read', async () => {
    const key = await store.cursorKey();
    assert.equal(key.length, 32);
    assert.deepEqual(await new ChangeStore(db).cursorKey(), key);
  });

  test('watches are kept per analyst: watching twice keeps the first, seen cursors move, unwatch removes', async () => {
    const at = new Date('2026-06-02T00:00:00.000Z');
    await store.addWatches(
      'th-1',
      [
        { kind: 'PHONE', digest: 'o1:a' },
        { kind: 'PHONE', digest: 'o1:b' },
      ],
      at,
    );
    await store.addWatches('th-1', [{ kind: 'PHONE', digest: 'o1:a' }], new Date('2026-06-03T00:00:00.000Z'));
    await store.addWatches('th-2', [{ kind: 'PHONE', digest: 'o1:a' }], at);
    await store.setSeen('th-1', [{ digest: 'o1:b', seen: 'KH:c1.x' }]);
    assert.deepEqual(await store.watches('th-1'), [
      { kind: 'PHONE', digest: 'o1:a', since: at, seen: '' },
      { kind: 'PHONE', digest: 'o1:b', since: at, seen: 'KH:c1.x' },
    ]);
    await store.removeWatches('th-1', ['o1:a']);
    assert.deepEqual(
      (await store.watches('th-1')).map((w) => w.digest),
      ['o1:b'],
    );
    assert.deepEqual(
      (await store.watches('th-2')).map((w) => w.digest),
      ['o1:a'],
    );
  });
});
