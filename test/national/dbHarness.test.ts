/**
 * The database test harness itself: an unreachable PostgreSQL fails (always under CI), a skip needs an
 * explicit SKIP_POSTGRES=1 outside CI, and the fresh databases it hands out are cleaned up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { defaultPostgresUrl, postgresAvailability, postgresUrl, testDatabases } from '../helpers/databases.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';

// Port 1 on the loopback refuses at once: nothing listens there.
const unreachable = 'postgres://postgres:secret@127.0.0.1:1/test';
const failure =
  /^PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test is unreachable: .+; start it or set TEST_DATABASE_URL$/;

test('under CI=true an unreachable PostgreSQL fails, even with SKIP_POSTGRES=1', async () => {
  await assert.rejects(postgresAvailability(unreachable, { CI: 'true', SKIP_POSTGRES: '1' }), { message: failure });
  await assert.rejects(postgresAvailability(unreachable, { CI: 'true' }), { message: failure });
});

test('locally an unreachable PostgreSQL fails unless SKIP_POSTGRES=1, which gives a skip reason', async () => {
  await assert.rejects(postgresAvailability(unreachable, {}), { message: failure });
  await assert.rejects(postgresAvailability(unreachable, { SKIP_POSTGRES: 'true' }), { message: failure });
  const reason = await postgresAvailability(unreachable, { SKIP_POSTGRES: '1', CI: 'false' });
  assert.match(reason ?? '', /unreachable: .+; start it or set TEST_DATABASE_URL \(skipped: SKIP_POSTGRES=1\)$/);
  assert.doesNotMatch(reason ?? '', /secret/, 'the password is not printed');
});

test('TEST_DATABASE_URL overrides the default URL', () => {
  assert.equal(postgresUrl({}), defaultPostgresUrl);
  assert.equal(postgresUrl({ TEST_DATABASE_URL: 'postgres://u@h:5433/x' }), 'postgres://u@h:5433/x');
});

test('the reachable PostgreSQL answers; testDatabases gives fresh databases that cleanup removes', async () => {
  assert.equal(await postgresAvailability(postgresUrl(), { CI: 'true' }), null);
  const dbs = await testDatabases({ ...process.env, CI: 'true' });
  assert.deepEqual(
    dbs.map((d) => d.name),
    ['sqlite', 'postgres'],
  );
  for (const tdb of dbs) {
    const db = await openDatabase(tdb.config);
    const [row] = (await db.dataSource.query('SELECT COUNT(*) AS n FROM scam_report')) as { n: unknown }[];
    assert.equal(Number(row?.n), 0, `${tdb.name} starts empty`);
    await db.close();
    await tdb.cleanup();
  }
  const [sqlite, postgres] = dbs;
  assert.ok(sqlite?.config.type === 'sqlite' && !existsSync(sqlite.config.path), 'the SQLite file is deleted');
  assert.ok(postgres?.config.type === 'postgres' && /^t_[0-9a-f]{12}$/.test(postgres.config.schema));
  const client = new pg.Client({ connectionString: postgres.config.url });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [postgres.config.schema]);
    assert.equal(rowCount, 0, 'the PostgreSQL schema is dropped');
  } finally {
    await client.end();
  }
});
