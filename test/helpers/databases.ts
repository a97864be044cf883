/**
 * Runs data-layer tests on both databases the national node supports: a fresh SQLite file (the local
 * default) and a fresh PostgreSQL schema (production). SQL that only works on one of them fails here, not
 * in a member's deployment.
 *
 * PostgreSQL must be there: an unreachable server FAILS the PostgreSQL suite with a message saying how to
 * fix it, always under CI=true. Only a developer who explicitly sets SKIP_POSTGRES=1 outside CI gets a
 * reported skip instead; a silent pass on SQLite alone would hide exactly the bugs this harness exists for.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { type DatabaseConfig } from '../../subgraphs/national/config.js';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  config: DatabaseConfig;
  /** Deletes the SQLite file / drops the PostgreSQL schema. Close the database first. */
  cleanup(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

export function postgresUrl(env: Env = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || defaultPostgresUrl;
}

/**
 * null when PostgreSQL at `url` answers; the skip reason when it does not and the developer opted out
 * (SKIP_POSTGRES=1, never under CI=true); otherwise throws saying what to do.
 */
export async function postgresAvailability(url: string, env: Env = process.env): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    const message = `PostgreSQL at ${redact(url)} is unreachable: ${describeError(e)}; start it or set TEST_DATABASE_URL`;
    if (env.CI !== 'true' && env.SKIP_POSTGRES === '1') return `${message} (skipped: SKIP_POSTGRES=1)`;
    throw new Error(message, { cause: e });
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function sqliteTestDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'national-test-'));
  return {
    name: 'sqlite',
    config: { type: 'sqlite', path: join(dir, 'national.sqlite') },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fresh schema name only; openDatabase creates the schema, cleanup drops it with everything in it. */
export function postgresTestDatabase(url: string = postgresUrl()): TestDatabase {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    name: 'postgres',
    config: { type: 'postgres', url, schema },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Both databases (PostgreSQL left out only when skipped as postgresAvailability allows). */
export async function testDatabases(env: Env = process.env): Promise<TestDatabase[]> {
  const url = postgresUrl(env);
  const skip = await postgresAvailability(url, env);
  return [await sqliteTestDatabase(), ...(skip === null ? [postgresTestDatabase(url)] : [])];
}

/**
 * `describe(\`${name} [sqlite]\`)` and `describe(\`${name} [postgres]\`)`, each calling `fn` with its own fresh
 * database to register tests and hooks; the database is cleaned up after fn's own `after` hooks (which
 * should close it). An unreachable PostgreSQL fails its suite, or is one reported skip (SKIP_POSTGRES=1).
 */
export function forEachDatabase(name: string, fn: (db: TestDatabase) => Promise<void> | void): void {
  describe(`${name} [sqlite]`, async () => {
    await register(await sqliteTestDatabase(), fn);
  });
  describe(`${name} [postgres]`, async () => {
    const url = postgresUrl();
    let skip: string | null;
    try {
      skip = await postgresAvailability(url);
    } catch (e) {
      // a failing test, not a failing suite body: node:test counts only tests in its `# fail` summary
      test('PostgreSQL is reachable', () => {
        throw e;
      });
      return;
    }
    if (skip !== null) {
      test('PostgreSQL tests', { skip }, () => undefined);
      return;
    }
    await register(postgresTestDatabase(url), fn);
  });
}

async function register(db: TestDatabase, fn: (db: TestDatabase) => Promise<void> | void): Promise<void> {
  try {
    await fn(db);
  } catch (e) {
    await db.cleanup().catch(() => undefined);
    throw e;
  }
  after(() => db.cleanup());
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/** pg's connection errors can be AggregateErrors with an empty message (one attempt per address). */
function describeError(e: unknown): string {
  if (e instanceof AggregateError && !e.message) return e.errors.map(describeError).join('; ') || 'connection failed';
  if (e instanceof Error) return e.message || (e as NodeJS.ErrnoException).code || e.name;
  return String(e);
}
