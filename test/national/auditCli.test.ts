/**
 * `npm run audit:verify -- --country TH` as an auditor runs it: entries written through AuditLog into the
 * SQLite file the node would use (DATA_DIR), then the CLI spawned: intact -> exit 0, one altered entry ->
 * exit 1 naming it, usage and configuration problems -> exit 2 with a clear message.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNationalConfig } from '../../subgraphs/national/config.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { AuditLog, operationHash } from '../../subgraphs/national/audit/AuditLog.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function auditVerify(args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['COUNTRY', 'DATABASE_URL', 'DATABASE_SCHEMA', 'DATA_DIR'].includes(k),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'subgraphs/national/cli/auditVerify.ts', ...args], {
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('audit:verify CLI', () => {
  let dataDir: string;
  let entryIds: number[];

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'audit-cli-'));
    const config = loadNationalConfig({ DATA_DIR: dataDir }, ['--country', 'TH']);
    const db = await openDatabase(config.database);
    try {
      const log = new AuditLog(db);
      entryIds = [];
      for (let n = 1; n <= 4; n++) {
        const entry = await log.append({
          at: new Date(),
          subject: `analyst-${n}`,
          requesterMember: 'KH',
          role: 'analyst',
          operationHash: operationHash(`{ q${n} }`),
          digests: [],
          level: 'PARTNER',
          redactions: [],
        });
        entryIds.push(entry.id);
      }
    } finally {
      await db.close();
    }
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('intact chain: exit 0 and the entry count; then one altered entry: exit 1 naming it', async () => {
    const intact = await auditVerify(['--country', 'TH'], { DATA_DIR: dataDir });
    assert.equal(intact.stdout, 'TH audit log: 4 entries, chain intact\n');
    assert.equal(intact.code, 0, intact.stderr);

    const config = loadNationalConfig({ DATA_DIR: dataDir }, ['--country', 'TH']);
    const db = await openDatabase(config.database);
    await db.dataSource.query(`UPDATE audit_log SET level = 'HIT' WHERE id = ${entryIds[2]}`);
    await db.close();

    const broken = await auditVerify([], { DATA_DIR: dataDir, COUNTRY: 'TH' });
    assert.equal(broken.stdout, `TH audit log: entry ${entryIds[2]} is broken: hash mismatch (content altered)\n`);
    assert.equal(broken.code, 1, broken.stderr);
  });

  test('--help, and exit 2 for usage and configuration problems', async () => {
    const [help, badCountry, noDatabase] = await Promise.all([
      auditVerify(['--help'], {}),
      auditVerify(['--country', 'XX'], { DATA_DIR: dataDir }),
      auditVerify(['--country', 'KH'], { DATA_DIR: dataDir }),
    ]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: npm run audit:verify -- --country XX/);
    assert.match(help.stdout, /Exit status: 0 chain intact, 1 chain broken, 2 could not check/);

    assert.equal(badCountry.code, 2);
    assert.match(badCountry.stderr, /^audit:verify: COUNTRY: unknown member "XX"; expected one of /);
    assert.equal(noDatabase.code, 2);
    assert.match(noDatabase.stderr, /^audit:verify: KH: no database at .*khm\.sqlite \(set DATA_DIR or DATABASE_URL\)/);
    for (const run of [badCountry, noDatabase]) assert.equal(run.stdout, '');
  });
});
