/**
 * File import on SQLite and PostgreSQL: the sample files import, a re-run changes nothing, a single bad
 * row anywhere leaves the database EXACTLY as it was (full table dumps compared), every problem is
 * reported with its line and field, and a reference re-sent with other content is refused. Indicators are
 * keyed blind through a real keying service (port 0). The CLI's exit codes and messages are checked once,
 * on a temporary SQLite data folder.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberByCode } from '../../schema/registry.js';
import { type IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { type NationalDatabase, openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { ImportError, type ImportProblem } from '../../subgraphs/national/import/ImportError.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { forEachDatabase } from '../helpers/databases.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const cliDataDir = mkdtempSync(join(tmpdir(), 'import-cli-'));
let keying: KeyingFixture;
let key: IndicatorKeyer;
before(async () => {
  // the CLI's data folder holds node:TH's client key, as `npm start` would leave it
  keying = await startKeying({
    dir: cliDataDir,
    identities: ['node:TH', 'node:SG'],
    budget: { overrides: new Map([['node:TH', 200]]) },
  });
  // the library tests key as another identity, so the CLI's small budget below is its own
  key = await keying.keyer('node:SG');
});
after(async () => {
  await keying.close();
  rmSync(cliDataDir, { recursive: true, force: true });
});
const TH = memberByCode('TH');
const sampleCsv = 'examples/import-sample.csv';
const sampleNdjson = 'examples/import-sample.ndjson';
const csvLines = readFileSync(sampleCsv, 'utf8').trimEnd().split('\n');
const header = csvLines[0]!.split(',');

const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function file(ext: string, lines: readonly string[]): string {
  const path = join(dir, `f${++fileNo}.${ext}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A copy of a sample CSV line with some columns replaced. */
function withColumns(line: string, changes: Record<string, string>): string {
  const cells = line.split(',');
  for (const [column, value] of Object.entries(changes)) {
    const i = header.indexOf(column);
    assert.ok(i >= 0, column);
    cells[i] = value;
  }
  return cells.join(',');
}

/** Every row of every national table, in key order, as one checksum plus row counts. */
async function dump(db: NationalDatabase): Promise<{ counts: Record<string, number>; hash: string }> {
  const tables = {
    scam_report: 'id',
    indicator: 'id',
    report_indicator: 'report_id, indicator_id, role',
    victim: 'id',
  };
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const [table, order] of Object.entries(tables)) {
    const rows = (await db.dataSource.query(`SELECT * FROM ${table} ORDER BY ${order}`)) as unknown[];
    counts[table] = rows.length;
    hash.update(table).update(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)));
  }
  return { counts, hash: hash.digest('hex') };
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

forEachDatabase('importFile', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
  });
  after(() => db?.close());
  beforeEach(async () => {
    for (const table of ['report_indicator', 'victim', 'scam_report', 'indicator']) {
      await db.dataSource.query(`DELETE FROM ${table}`);
    }
  });

  test('imports both sample files; indicators are shared across files; a re-run changes nothing', async () => {
    const csv = await importFile(db, TH, key, sampleCsv);
    assert.deepEqual(
      { rows: csv.rows, inserted: csv.inserted, unchanged: csv.unchanged, reused: csv.indicatorsReused },
      { rows: 20, inserted: 20, unchanged: 0, reused: 0 },
    );
    assert.ok(csv.indicatorsNew >= 40);
    const nd = await importFile(db, TH, key, sampleNdjson);
    assert.equal(nd.inserted, 4);
    assert.ok(nd.indicatorsReused >= 1, 'the ndjson reuses indicators of the csv');
    // the CSV's 081-234-5670 and the NDJSON's 0812345670 are one indicator, linked from both files
    const phone = (await db.dataSource.query(
      `SELECT COUNT(DISTINCT r.reference) AS n FROM report_indicator ri JOIN indicator i ON i.id = ri.indicator_id
       JOIN scam_report r ON r.id = ri.report_id WHERE i.canonical = '+66812345670'`,
    )) as { n: unknown }[];
    assert.equal(Number(phone[0]!.n), 5);

    const before = await dump(db);
    assert.deepEqual(before.counts.scam_report, 24);
    assert.deepEqual(before.counts.victim, 6);
    const again = await importFile(db, TH, key, sampleCsv);
    const againNd = await importFile(db, TH, key, sampleNdjson);
    assert.deepEqual([again.inserted, again.unchanged, againNd.inserted, againNd.unchanged], [0, 20, 0, 4]);
    assert.deepEqual(await dump(db), before);
  });

  test('one bad row in the middle: nothing is written, and the error names its line and field', async () => {
    await importFile(db, TH, key, sampleNdjson);
    const before = await dump(db);
    const lines = [...csvLines];
    lines[10] = withColumns(lines[10]!, { phone: '081-234' }); // physical line 11
    const problems = await problemsOf(importFile(db, TH, key, file('csv', lines)));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 11);
    assert.equal(problems[0]!.field, 'phone');
    assert.match(problems[0]!.reason, /"081-234".*not a valid phone number/);
    assert.deepEqual(await dump(db), before);
  });

  test('every problem is reported, with its physical line (quoted newlines and blank lines counted)', async () => {
    const lines = [
      csvLines[0]!,
      withColumns(csvLines[1]!, { reported_at: '2025-02-30' }), // 2
      '', // 3: blank, skipped
      withColumns(csvLines[2]!, { scam_type: 'PIG_BUTCHERING', loss_amount: '12.345' }), // 4
      withColumns(csvLines[3]!, { province: '"Chiang\nMai"', crypto_wallet: 'TRON:TXYZ' }), // 5-6, both bad
      withColumns(csvLines[4]!, { reference: csvLines[1]!.split(',')[0]! }), // 7: duplicate of line 2
      withColumns(csvLines[5]!, { reported_at: '2025-03-08T08:15:00' }), // 8: no zone
      csvLines[6]!, // 9: fine
      'TCSD-X,2025-03-01,LOAN', // 10: too few fields
    ];
    const problems = await problemsOf(importFile(db, TH, key, file('csv', lines)));
    const got = problems.map((p) => `${p.line}:${p.field}`);
    assert.deepEqual(got, [
      '2:reported_at',
      '4:scam_type',
      '4:loss_amount',
      '5:province',
      '5:crypto_wallet',
      '7:reference',
      '8:reported_at',
      '10:row',
    ]);
    assert.match(problems.find((p) => p.line === 7)!.reason, /also on line 2/);
    assert.match(problems.find((p) => p.line === 8)!.reason, /time zone/);
    assert.deepEqual((await dump(db)).counts.scam_report, 0);
  });

  test('a reference already imported with different content is an error, and rolls everything back', async () => {
    await importFile(db, TH, key, sampleCsv);
    const before = await dump(db);
    const lines = [
      csvLines[0]!,
      'TCSD-2025-009001,2025-04-01,LOAN,SMS,1000,,,,0921112220,,,,,,,,,,,', // new row: would be inserted
      withColumns(csvLines[5]!, { loss_amount: '3500' }), // line 3: was 3490
    ];
    const problems = await problemsOf(importFile(db, TH, key, file('csv', lines)));
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0]!.line, problems[0]!.field], [3, 'reference']);
    assert.match(problems[0]!.reason, /already imported with different content \(loss_amount differ\)/);
    assert.deepEqual(await dump(db), before);
  });

  test('NDJSON: JSON syntax, unknown fields and bad structured indicators are all reported', async () => {
    const lines = [
      readFileSync(sampleNdjson, 'utf8').split('\n')[0]!,
      '{"reference": "N-2", "reported_at": "2025-03-01", "scam_type": "LOAN", "channel": "SMS",',
      '{"reference": "N-3", "reported_at": "2025-03-01", "scam_type": "LOAN", "channel": "SMS", "colour": "red"}',
      '',
      '{"reference": "N-5", "reported_at": "2025-03-01", "scam_type": "LOAN", "channel": "SMS", "indicators": [{"kind": "PHONE", "value": "0812345670", "role": "BOSS"}, {"kind": "FAX", "value": "1"}], "victim": {"age": 300}}',
    ];
    const problems = await problemsOf(importFile(db, TH, key, file('ndjson', lines)));
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.field}`),
      ['2:json', '3:colour', '5:indicators[0].value', '5:indicators[1].value', '5:victim.age'],
    );
    assert.match(problems[3]!.reason, /unknown indicator kind "FAX"/);
  });

  test('dry run: reports what would change, writes nothing', async () => {
    const summary = await importFile(db, TH, key, sampleCsv, { dryRun: true });
    assert.equal(summary.dryRun, true);
    assert.equal(summary.inserted, 20);
    assert.ok(summary.indicatorsNew >= 40);
    assert.deepEqual((await dump(db)).counts, { scam_report: 0, indicator: 0, report_indicator: 0, victim: 0 });
  });
});

describe('npm run import (CLI)', () => {
  const dataDir = cliDataDir;
  // asynchronous: the keying service answering the CLI runs in this process
  const run = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('npx', ['tsx', 'subgraphs/national/cli/import.ts', ...args], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', COUNTRY: '', KEYING_URL: keying.url },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  test('a bad file: exit 1, every problem as file:line: field: reason, no stack trace; a good file: exit 0', async () => {
    const lines = [...csvLines];
    lines[2] = withColumns(lines[2]!, { phone: 'call me' });
    lines[4] = withColumns(lines[4]!, { channel: 'PIGEON' });
    const bad = file('csv', lines);
    const failed = await run('--country', 'TH', bad);
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(failed.stderr, new RegExp(`${bad.replace(/[.\\]/g, '\\$&')}:3: phone: "call me"`));
    assert.match(failed.stderr, /:5: channel: "PIGEON" is not one of/);
    assert.match(failed.stderr, /2 problems .* nothing was imported/);
    assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');

    const ok = await run('--country', 'TH', sampleCsv);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /20 rows: 20 inserted, 0 unchanged/);
    assert.match(ok.stderr, /indicators keyed/, 'the keying phase reports progress');
  });

  test('an update file: exit 0, the summary counts the changes; a re-run is all "unchanged"; --help shows actions', async () => {
    // the sample CSV was imported by the test above
    const updates = file('csv', [
      'action,reference,status',
      'UPDATE,TCSD-2025-004101,CLOSED',
      'WITHDRAW,TCSD-2025-004102,',
    ]);
    const first = await run('--country', 'TH', updates);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /2 rows: 0 inserted, 1 updated, 1 withdrawn, 0 unchanged/);
    const again = await run('--country', 'TH', updates);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /2 rows: 0 inserted, 2 unchanged/);
    const help = await run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /UPDATE .*\n[\s\S]*WITHDRAW .*\n[\s\S]*REINSTATE/);
  });

  test("past the node's keying budget: exit 1 naming RATE_LIMITED and the retry time, nothing imported", async () => {
    // node:TH may key 200 values an hour here; the sample's ~40 were keyed above, these 300 do not fit
    const lines = [csvLines[0]!];
    for (let i = 0; i < 300; i++) {
      lines.push(
        withColumns(csvLines[1]!, { reference: `BUDGET-${i}`, phone: `081${String(4_000_000 + i)}`, bank_account: '' }),
      );
    }
    const failed = await run('--country', 'TH', file('csv', lines));
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(
      failed.stderr,
      /import: keying service: node:TH has used \d+ of its 200 keyings this hour.*retry in \d+ s/,
    );
    assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
  });

  test('missing file, unknown extension, unknown member: exit 2 with a clear message', async () => {
    const missing = await run('--country', 'TH', join(dataDir, 'nope.csv'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
    const txt = file('txt', ['x']);
    const unknown = await run('--country', 'TH', txt);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown format; the file name must end in \.csv or \.ndjson/);
    const member = await run('--country', 'XX', sampleCsv);
    assert.equal(member.status, 2);
    assert.match(member.stderr, /unknown member "XX"/);
    for (const r of [missing, unknown, member]) assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});
