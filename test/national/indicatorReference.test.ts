/**
 * Indicator references are random and opaque (issue 10, item 5): the import writer draws one per
 * indicator, the migration back-fills rows stored before it (and undoes cleanly), on SQLite and PostgreSQL.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { memberByCode } from '../../schema/registry.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { parseIndicatorReference } from '../../subgraphs/national/db/indicatorReference.js';
import { forEachDatabase } from '../helpers/databases.js';
import { migrations } from '../../subgraphs/national/db/migrations/index.js';
import { IndicatorReference1764500000000 } from '../../subgraphs/national/db/migrations/IndicatorReference1764500000000.js';

// references, not keying, are under test here: the key is held in-process (test/keying/ tests the service)
const key = new LocalKeyer({ id: 'o1', secret: Buffer.alloc(32, 9) });
const TH = memberByCode('TH');

async function references(db: NationalDatabase): Promise<{ id: number; reference: string | null }[]> {
  const rows = (await db.dataSource.query(`SELECT id, reference FROM indicator ORDER BY id`)) as {
    id: number | string;
    reference: string | null;
  }[];
  return rows.map((r) => ({ id: Number(r.id), reference: r.reference }));
}

function assertRandom(refs: { id: number; reference: string | null }[]): void {
  assert.ok(refs.length >= 5, 'the sample has indicators');
  for (const r of refs) assert.match(r.reference ?? '', /^[0-9a-f]{24}$/, `indicator ${r.id}`);
  assert.equal(new Set(refs.map((r) => r.reference)).size, refs.length, 'unique');
  // nothing of the insertion order is in them (a substring check on the row id would fail by chance:
  // 24 random hex digits contain a given 4-digit run about once in 3,000 references)
  const sorted = [...refs].sort((a, b) => (a.reference! < b.reference! ? -1 : 1));
  assert.notDeepEqual(
    sorted.map((r) => r.id),
    refs.map((r) => r.id),
    'references do not follow insertion order',
  );
}

forEachDatabase('indicator references', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
    await importFile(db, TH, key, 'examples/import-sample.csv');
  });
  after(() => db?.close());

  test('the import writer gives every new indicator a random 96-bit reference', async () => {
    assertRandom(await references(db));
  });

  test('the migration back-fills indicators stored before it, and undoes cleanly', async () => {
    const before = await references(db);
    // undo every migration down to and including this one (later ones are undone first, as in production)
    const undoCount = migrations.length - migrations.indexOf(IndicatorReference1764500000000);
    for (let i = 0; i < undoCount; i++) await db.dataSource.undoLastMigration();
    const columns = (await db.dataSource.query(`SELECT * FROM indicator`)) as Record<string, unknown>[];
    assert.equal(columns.length, before.length, 'the rows stay');
    assert.ok(!('reference' in columns[0]!), 'down drops the column');
    await db.dataSource.runMigrations();
    const after = await references(db);
    assertRandom(after);
    assert.deepEqual(
      after.map((r) => r.id),
      before.map((r) => r.id),
    );
    assert.ok(
      after.every((r, i) => r.reference !== before[i]!.reference),
      'fresh random values',
    );
    // unique in the database itself, not only by chance
    await assert.rejects(
      db.dataSource.query(`UPDATE indicator SET reference = '${after[0]!.reference}' WHERE id = ${after[1]!.id}`),
    );
  });
});

test('a reference reads back; row numbers and malformed values say why they are refused', () => {
  assert.deepEqual(parseIndicatorReference('TH:IND:0123456789abcdef01234567'), {
    member: 'TH',
    reference: '0123456789abcdef01234567',
  });
  assert.match(String(parseIndicatorReference('TH:IND:12365')), /row-number reference is no longer accepted/);
  assert.match(String(parseIndicatorReference('TH-IND-x')), /expected <member>:IND:<24 lowercase hex digits>/);
});
