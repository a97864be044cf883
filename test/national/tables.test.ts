/**
 * The national tables' one description (db/tables/, from which the import writer, the reader, the
 * fingerprint and the stores take their columns) against the schema the migrations really create, on
 * SQLite and PostgreSQL: the same tables (a migration creating a table with no description fails), and in
 * each the same columns, no more and no fewer, each with its type, length, nullability and generated id.
 * A migration that adds or changes a column without the description (or the reverse) fails here.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type NationalDatabase, openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { Dialect } from '../../subgraphs/national/db/dialect.js';
import { type ColumnSpec, insertRow, nationalTables, watch } from '../../subgraphs/national/db/tables/index.js';
import { forEachDatabase } from '../helpers/databases.js';

interface SchemaColumn {
  name: string;
  type: string;
  nullable: boolean;
  generated: boolean;
}

/** What each description type looks like in each database's catalogue. */
function expected(c: ColumnSpec, dialect: 'sqlite' | 'postgres'): SchemaColumn {
  const postgres = {
    integer: 'integer',
    bigint: 'bigint',
    varchar: `character varying(${c.length})`,
    text: 'text',
    timestamptz: 'timestamp with time zone',
  };
  const sqlite = { ...postgres, varchar: `varchar(${c.length})`, timestamptz: 'datetime' };
  return {
    name: c.name,
    type: (dialect === 'postgres' ? postgres : sqlite)[c.pg],
    nullable: c.nullable === true,
    generated: c.generated === true,
  };
}

/** The tables in the database, but TypeORM's migration bookkeeping. */
async function tablesIn(db: NationalDatabase): Promise<string[]> {
  const rows = (await db.dataSource.query(
    db.type === 'postgres'
      ? `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  )) as { name: string }[];
  const bookkeeping = db.dataSource.options.migrationsTableName ?? 'migrations';
  return rows.map((r) => r.name).filter((name) => name !== bookkeeping);
}

async function actual(db: NationalDatabase, table: string): Promise<SchemaColumn[]> {
  if (db.type === 'postgres') {
    const rows = (await db.dataSource.query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
      [table],
    )) as Record<string, string | number | null>[];
    return rows.map((r) => ({
      name: String(r.column_name),
      type: r.character_maximum_length === null ? String(r.data_type) : `${r.data_type}(${r.character_maximum_length})`,
      nullable: r.is_nullable === 'YES',
      generated: r.is_identity === 'YES' || String(r.column_default ?? '').startsWith('nextval('),
    }));
  }
  const rows = (await db.dataSource.query(`PRAGMA table_info(${table})`)) as {
    name: string;
    type: string;
    notnull: number;
    pk: number;
  }[];
  const sql = (
    (await db.dataSource.query(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`, [table])) as {
      sql: string;
    }[]
  )[0]!.sql;
  return rows.map((r) => ({
    name: r.name,
    type: r.type.toLowerCase(),
    nullable: r.notnull === 0 && r.pk === 0,
    // SQLite generates the id of an INTEGER PRIMARY KEY AUTOINCREMENT column
    generated: r.pk > 0 && new RegExp(`"${r.name}" integer PRIMARY KEY AUTOINCREMENT`, 'i').test(sql),
  }));
}

const byName = (a: SchemaColumn, b: SchemaColumn) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

forEachDatabase('db/tables/ against the migrated schema', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
  });
  after(() => db?.close());

  test('every table the migrations create is described, and every description is a table', async () => {
    assert.deepEqual((await tablesIn(db)).sort(), nationalTables.map((t) => t.name).sort());
  });

  for (const table of nationalTables) {
    test(`${table.name}: the migrations create exactly the described columns`, async () => {
      const got = await actual(db, table.name);
      assert.ok(got.length > 0, `${table.name} exists`);
      assert.deepEqual(got.sort(byName), table.columns.map((c) => expected(c, db.type)).sort(byName));
    });
  }
});

test('insertRow: the described columns in description order, every value bound, a missing one refused', () => {
  const row = { subject: 's', indicatorKind: 'PHONE', indicatorDigest: 'o1:a', since: new Date(0), seen: '' };
  const { text, params } = new Dialect('postgres').render(insertRow(watch, row));
  assert.equal(
    text.replace(/\s+/g, ' '),
    'INSERT INTO watch (subject, indicator_kind, indicator_digest, since, seen) VALUES ($1, $2, $3, $4, $5)',
  );
  assert.deepEqual(params, ['s', 'PHONE', 'o1:a', new Date(0), '']);
  const { seen: _seen, ...partial } = row;
  assert.throws(() => insertRow(watch, partial), /no value for watch\.seen/);
});
