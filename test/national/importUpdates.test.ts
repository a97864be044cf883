/**
 * Record updates and withdrawals by import (issue 11 item 3), on SQLite and PostgreSQL: an UPDATE changes
 * only the fields it gives (indicators given replace the set), a WITHDRAW hides the report from every read
 * of NationalStore, REINSTATE brings it back, every replaced version is kept in scam_report_revision with
 * the file's digest and line, re-running any of these files changes nothing, and a bad change row is a
 * file:line: field problem that writes nothing (full table dumps compared). Indicators are keyed blind
 * through a real keying service (port 0).
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberByCode } from '../../schema/registry.js';
import { type IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { readDate } from '../../subgraphs/national/db/dialect.js';
import { NationalStore } from '../../subgraphs/national/db/NationalStore.js';
import { type NationalDatabase, openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { ImportError, type ImportProblem } from '../../subgraphs/national/import/ImportError.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { forEachDatabase } from '../helpers/databases.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const TH = memberByCode('TH');
const sampleCsv = 'examples/import-sample.csv';
const now = new Date('2026-01-10T08:00:00.000Z');
/** Three sample reports name this phone (081-234-5670); 004101 and 004102 among them. */
const sharedPhone = '+66812345670';

let keying: KeyingFixture;
let key: IndicatorKeyer;
before(async () => {
  keying = await startKeying({ identities: ['node:TH'] });
  key = await keying.keyer('node:TH');
});
after(() => keying.close());

const dir = mkdtempSync(join(tmpdir(), 'import-updates-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function file(ext: string, lines: readonly string[]): string {
  const path = join(dir, `u${++fileNo}.${ext}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function dump(db: NationalDatabase): Promise<string> {
  const tables = {
    scam_report: 'id',
    indicator: 'id',
    report_indicator: 'report_id, indicator_id, role',
    victim: 'id',
    scam_report_revision: 'id',
  };
  const hash = createHash('sha256');
  for (const [table, order] of Object.entries(tables)) {
    const rows = (await db.dataSource.query(`SELECT * FROM ${table} ORDER BY ${order}`)) as unknown[];
    hash.update(table).update(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)));
  }
  return hash.digest('hex');
}

async function problemsOf(work: Promise<unknown>): Promise<readonly ImportProblem[]> {
  try {
    await work;
  } catch (e) {
    if (e instanceof ImportError) return e.errors;
    throw e;
  }
  assert.fail('expected an ImportError');
}

forEachDatabase('import updates and withdrawals', (tdb) => {
  let db: NationalDatabase;
  let store: NationalStore;
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new NationalStore(db, TH);
  });
  after(() => db?.close());
  beforeEach(async () => {
    for (const table of ['scam_report_revision', 'report_indicator', 'victim', 'scam_report', 'indicator']) {
      await db.dataSource.query(`DELETE FROM ${table}`);
    }
    await importFile(db, TH, key, sampleCsv, { now });
  });

  const q = async (text: string) => (await db.dataSource.query(text)) as Record<string, unknown>[];
  const reportRow = async (reference: string) =>
    (await q(`SELECT * FROM scam_report WHERE reference = '${reference}'`))[0]!;
  const phonesOf = async (reference: string) =>
    (
      await q(`SELECT i.canonical FROM report_indicator ri JOIN indicator i ON i.id = ri.indicator_id
               JOIN scam_report r ON r.id = ri.report_id WHERE r.reference = '${reference}' AND i.kind = 'PHONE'
               ORDER BY i.canonical`)
    ).map((r) => r.canonical);
  const digestOf = async (canonical: string) =>
    String((await q(`SELECT digest FROM indicator WHERE canonical = '${canonical}'`))[0]!.digest);

  test('an update and a withdrawal: only the given fields change, history kept, a re-run changes nothing', async () => {
    const phonesBefore = await phonesOf('TCSD-2025-004101');
    assert.ok(phonesBefore.includes(sharedPhone));
    const updates = file('csv', [
      'action,reference,status,loss_amount,phone,province',
      'UPDATE,TCSD-2025-004101,CLOSED,19000.50,081-234-5679,', // province empty: unchanged
      'WITHDRAW,TCSD-2025-004102,,,,',
    ]);
    const summary = await importFile(db, TH, key, updates, { now });
    assert.deepEqual(
      [summary.inserted, summary.updated, summary.withdrawn, summary.reinstated, summary.unchanged],
      [0, 1, 1, 0, 0],
    );

    const updated = await reportRow('TCSD-2025-004101');
    assert.deepEqual(
      [updated.status, Number(updated.loss_minor), updated.province, updated.scam_type],
      ['CLOSED', 1_900_050, 'Bangkok', 'PARCEL_CUSTOMS'],
    );
    assert.deepEqual(await phonesOf('TCSD-2025-004101'), ['+66812345679'], 'indicators given replace the set');
    const withdrawn = await reportRow('TCSD-2025-004102');
    assert.notEqual(withdrawn.withdrawn_at, null);

    // what applyUpdates reports touched: both reports, the old phones and the new one
    const ids = await q(
      `SELECT id, canonical FROM indicator WHERE canonical IN ('${sharedPhone}', '+66812345679', '+6620261234')`,
    );
    assert.deepEqual(
      summary.changed.reportIds,
      [Number(updated.id), Number(withdrawn.id)].sort((a, b) => a - b),
    );
    for (const row of ids) assert.ok(summary.changed.indicatorIds.includes(Number(row.id)), String(row.canonical));

    // every earlier version is recoverable: the revision holds the replaced values, when, which file and line
    const revisions = await q(
      `SELECT rv.*, r.reference FROM scam_report_revision rv JOIN scam_report r ON r.id = rv.report_id ORDER BY rv.id`,
    );
    assert.deepEqual(
      revisions.map((r) => [
        r.reference,
        r.action,
        r.status,
        Number(r.loss_minor),
        r.import_digest,
        Number(r.import_line),
      ]),
      [
        ['TCSD-2025-004101', 'UPDATE', 'ACTIONED', 1_850_000, sha256(updates), 2],
        ['TCSD-2025-004102', 'WITHDRAW', 'UNDER_INVESTIGATION', 25_000_000, sha256(updates), 3],
      ],
    );
    const oldLinks = JSON.parse(String(revisions[0]!.indicators)) as [number, string][];
    const oldPhones = await q(
      `SELECT canonical FROM indicator WHERE kind = 'PHONE' AND id IN (${oldLinks.map(([id]) => id).join(',')}) ORDER BY canonical`,
    );
    assert.deepEqual(
      oldPhones.map((r) => r.canonical),
      phonesBefore,
    );
    assert.equal(readDate(revisions[0]!.revised_at).getTime(), now.getTime());
    assert.equal(readDate(withdrawn.withdrawn_at).getTime(), now.getTime());

    // re-running the update file, and the original file, changes nothing
    const state = await dump(db);
    const again = await importFile(db, TH, key, updates, { now: new Date(now.getTime() + 60_000) });
    assert.deepEqual([again.updated, again.withdrawn, again.unchanged], [0, 0, 2]);
    const original = await importFile(db, TH, key, sampleCsv);
    assert.deepEqual([original.inserted, original.unchanged], [0, 20], 'NEW rows compare with the first version');
    assert.equal(await dump(db), state);
  });

  test('a withdrawn report is counted by no read of the store; REINSTATE counts it again', async () => {
    const digest = await digestOf(sharedPhone);
    const id = Number((await reportRow('TCSD-2025-004102')).id);
    const reads = async () => {
      const sighting = (await store.sightings([digest])).get(digest)!;
      const recent = (await store.recentReports([digest], 10)).get(digest)!;
      const stats = await store.stats();
      const top = (await store.topIndicators(undefined, undefined, 100)).find((t) => t.digest === digest)!;
      const period = (await store.periodIndicators(undefined, undefined)).find((t) => t.digest === digest)!;
      return {
        sightingCount: sighting.reportCount,
        sightingLoss: sighting.losses,
        recent: recent.map((r) => r.reference).includes('TCSD-2025-004102'),
        byReference: (await store.reportsByReference(['TCSD-2025-004102'])).has('TCSD-2025-004102'),
        byId: (await store.reportsById([id])).has(id),
        links: (await store.linksByReportIds([id])).has(id),
        search: (await store.searchReports({}, 100)).totalCount,
        searchImpersonation: (await store.searchReports({ scamType: 'IMPERSONATION' }, 100)).rows.map(
          (r) => r.reference,
        ),
        stats: stats.reportCount,
        statsLoss: stats.losses,
        top: top.reportCount,
        period: period.reportCount,
      };
    };
    const counted = await reads();
    assert.equal(counted.byReference && counted.byId && counted.links && counted.recent, true);
    assert.ok(counted.searchImpersonation.includes('TCSD-2025-004102'));

    await importFile(db, TH, key, file('csv', ['reference,action', 'TCSD-2025-004102,withdraw']), { now });
    const hidden = await reads();
    const less = (money: { currency: string; amountMinor: number }[]) =>
      money.map((m) => ({ ...m, amountMinor: m.currency === 'THB' ? m.amountMinor - 25_000_000 : m.amountMinor }));
    assert.deepEqual(hidden, {
      sightingCount: counted.sightingCount - 1,
      sightingLoss: less(counted.sightingLoss),
      recent: false,
      byReference: false,
      byId: false,
      links: false,
      search: counted.search - 1,
      searchImpersonation: counted.searchImpersonation.filter((r) => r !== 'TCSD-2025-004102'),
      stats: counted.stats - 1,
      statsLoss: less(counted.statsLoss),
      top: counted.top - 1,
      period: counted.period - 1,
    });

    const reinstate = file('ndjson', ['{"action": "REINSTATE", "reference": "TCSD-2025-004102"}']);
    assert.equal((await importFile(db, TH, key, reinstate, { now })).reinstated, 1);
    assert.deepEqual(await reads(), counted);
    assert.equal((await importFile(db, TH, key, reinstate, { now })).unchanged, 1, 'a re-run changes nothing');
  });

  test('NEW, UPDATE and WITHDRAW of one reference in one file: each version kept, a re-run changes nothing', async () => {
    const path = file('ndjson', [
      '{"reference": "N-1", "reported_at": "2025-04-01", "scam_type": "LOAN", "channel": "SMS", "loss_amount": 100, "phone": "0921112220"}',
      '{"action": "UPDATE", "reference": "N-1", "status": "UNDER_INVESTIGATION", "indicators": [{"kind": "PHONE", "value": "0921112221"}]}',
      '{"action": "WITHDRAW", "reference": "N-1"}',
    ]);
    const first = await importFile(db, TH, key, path, { now });
    assert.deepEqual([first.inserted, first.updated, first.withdrawn, first.unchanged], [1, 1, 1, 0]);
    const revisions = await q(
      `SELECT rv.action, rv.status, rv.withdrawn_at, rv.import_line FROM scam_report_revision rv
       JOIN scam_report r ON r.id = rv.report_id WHERE r.reference = 'N-1' ORDER BY rv.id`,
    );
    assert.deepEqual(
      revisions.map((r) => [r.action, r.status, r.withdrawn_at, Number(r.import_line)]),
      [
        ['UPDATE', 'RECEIVED', null, 2],
        ['WITHDRAW', 'UNDER_INVESTIGATION', null, 3],
      ],
    );
    assert.deepEqual(await phonesOf('N-1'), ['+66921112221']);
    const state = await dump(db);
    const again = await importFile(db, TH, key, path, { now });
    assert.deepEqual([again.inserted, again.updated, again.withdrawn, again.unchanged], [0, 0, 0, 3]);
    assert.equal(await dump(db), state);
  });

  test('an old update file re-run after a newer one changes nothing (the file already changed the report)', async () => {
    const actioned = file('csv', ['action,reference,status', 'UPDATE,TCSD-2025-004103,ACTIONED']);
    const closed = file('csv', ['action,reference,status', 'UPDATE,TCSD-2025-004103,CLOSED']);
    await importFile(db, TH, key, actioned, { now });
    await importFile(db, TH, key, closed, { now });
    const rerun = await importFile(db, TH, key, actioned, { now });
    assert.deepEqual([rerun.updated, rerun.unchanged], [0, 1]);
    assert.equal((await reportRow('TCSD-2025-004103')).status, 'CLOSED');
  });

  test('bad change rows: every problem as line and field, nothing written', async () => {
    const state = await dump(db);
    const malformed = await problemsOf(
      importFile(
        db,
        TH,
        key,
        file('csv', [
          'action,reference,status,victim_age,province',
          'DELETE,TCSD-2025-004101,,,', // 2: unknown action
          'WITHDRAW,TCSD-2025-004102,CLOSED,,', // 3: WITHDRAW takes no fields
          'UPDATE,TCSD-2025-004103,,40,', // 4: victim data is not updated
          'UPDATE,TCSD-2025-004104,,,', // 5: nothing to change
          'UPDATE,TCSD-2025-004105,DONE,,', // 6: not a status
        ]),
        { now },
      ),
    );
    assert.deepEqual(
      malformed.map((p) => `${p.line}:${p.field}`),
      ['2:action', '3:status', '4:victim_age', '5:action', '6:status'],
    );
    assert.match(malformed[0]!.reason, /"DELETE" is not one of NEW, UPDATE, WITHDRAW, REINSTATE/);

    await importFile(db, TH, key, file('csv', ['action,reference', 'WITHDRAW,TCSD-2025-004106']), { now });
    const withdrawnState = await dump(db);
    const unknown = await problemsOf(
      importFile(
        db,
        TH,
        key,
        file('csv', [
          'action,reference,reported_at,scam_type,channel,status',
          'UPDATE,TCSD-2025-004101,,,,CLOSED', // 2: fine, but the file is refused as a whole
          'UPDATE,NO-SUCH-REF,,,,CLOSED', // 3
          'WITHDRAW,NO-SUCH-REF-2,,,,', // 4
          'UPDATE,TCSD-2025-004106,,,,CLOSED', // 5: withdrawn
          'UPDATE,TCSD-2025-009999,,,,CLOSED', // 6: unknown too
        ]),
        { now },
      ),
    );
    assert.deepEqual(
      unknown.map((p) => `${p.line}:${p.field}`),
      ['3:reference', '4:reference', '5:action', '6:reference'],
    );
    assert.match(unknown[0]!.reason, /"NO-SUCH-REF" is not stored at this node nor added by a NEW row earlier/);
    assert.match(unknown[2]!.reason, /withdrawn; REINSTATE it before updating it/);
    assert.equal(await dump(db), withdrawnState);
    assert.notEqual(withdrawnState, state);
  });

  test('dry run: counts the changes, writes nothing', async () => {
    const state = await dump(db);
    const summary = await importFile(
      db,
      TH,
      key,
      file('csv', ['action,reference,status', 'UPDATE,TCSD-2025-004101,CLOSED', 'WITHDRAW,TCSD-2025-004102,']),
      { now, dryRun: true },
    );
    assert.deepEqual([summary.updated, summary.withdrawn, summary.changed.reportIds], [1, 1, []]);
    assert.equal(await dump(db), state);
  });
});
