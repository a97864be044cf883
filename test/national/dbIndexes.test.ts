/**
 * The migration builds the indexes the read model relies on, on both databases, read back from each
 * database's own catalog (not from TypeORM's metadata, which would only echo the entity decorators).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../helpers/databases.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';

interface IndexInfo {
  name: string;
  unique: boolean;
  columns: string[];
}

async function indexesOf(db: NationalDatabase, table: string): Promise<IndexInfo[]> {
  if (db.type === 'sqlite') {
    const rows = (await db.dataSource.query(
      `SELECT il.name AS name, il."unique" AS is_unique, ii.name AS col
       FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii
       ORDER BY il.name, ii.seqno`,
      [table],
    )) as { name: string; is_unique: number; col: string }[];
    return group(rows.map((r) => ({ name: r.name, unique: r.is_unique === 1, col: r.col })));
  }
  const rows = (await db.dataSource.query(
    `SELECT ic.relname AS name, ix.indisunique AS is_unique, a.attname AS col
     FROM pg_index ix
     JOIN pg_class ic ON ic.oid = ix.indexrelid
     JOIN pg_class t ON t.oid = ix.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE n.nspname = current_schema() AND t.relname = $1
     ORDER BY ic.relname, k.ord`,
    [table],
  )) as { name: string; is_unique: boolean; col: string }[];
  return group(rows.map((r) => ({ name: r.name, unique: r.is_unique, col: r.col })));
}

function group(rows: { name: string; unique: boolean; col: string }[]): IndexInfo[] {
  const byName = new Map<string, IndexInfo>();
  for (const r of rows) {
    const info = byName.get(r.name) ?? { name: r.name, unique: r.unique, columns: [] };
    info.columns.push(r.col);
    byName.set(r.name, info);
  }
  return [...byName.values()];
}

forEachDatabase('migration indexes', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
  });
  after(() => db?.close());

  test('scam_report is indexed on (reported_at, id) for keyset pages', async () => {
    const ix = (await indexesOf(db, 'scam_report')).find((i) => i.name === 'ix_scam_report_reported_at');
    assert.deepEqual(ix?.columns, ['reported_at', 'id']);
  });

  test('report_indicator is indexed on (indicator_id, report_id) for sightings', async () => {
    const ix = (await indexesOf(db, 'report_indicator')).find((i) => i.name === 'ix_report_indicator_indicator');
    assert.deepEqual(ix?.columns, ['indicator_id', 'report_id']);
  });

  test('indicator.digest has a unique index (the federation lookup key)', async () => {
    const unique = (await indexesOf(db, 'indicator')).filter((i) => i.unique).map((i) => i.columns);
    assert.deepEqual(
      unique.filter((cols) => cols.length === 1 && cols[0] === 'digest'),
      [['digest']],
    );
  });
});
