/**
 * The import killed half-way (chaos): `npm run import` on a file big enough to be caught writing is sent
 * SIGKILL as soon as it reports rows written, mid-transaction; then the database is counted (it must hold
 * nothing from the file: the import is one transaction) and the same import runs again to the end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Member } from '../../schema/registry.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { startKeying } from '../../test/helpers/startKeying.js';
import { testKey } from '../../test/helpers/startFederation.js';

export interface ImportKillResult {
  rows: number;
  /** The progress line the import had printed when it was killed. */
  killedAfter: string;
  /** How the first run ended: the signal, or an exit code when it finished before the kill landed. */
  firstRun: string;
  /** Reports and indicators in the database after the kill. */
  afterKill: { reports: number; indicators: number };
  rerunExit: number | null;
  afterRerun: { reports: number; indicators: number };
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Rows past one progress step (10,000): the kill lands with thousands of rows still to write. */
export async function killImportHalfway(member: Member, rows = 25_000): Promise<ImportKillResult> {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-import-'));
  const keying = await startKeying({ dir, key: testKey, identities: [nodeIdentity(member.code)] });
  try {
    const file = join(dir, 'reports.csv');
    const lines = ['reference,reported_at,scam_type,channel,loss_amount,email'];
    // few distinct indicators, so keying is quick and the writing is what the kill interrupts
    for (let i = 0; i < rows; i++) {
      lines.push(`CHAOS-${i},2026-03-01T09:00:00Z,INVESTMENT,MESSAGING_APP,100.00,mule${i % 200}@chaos-mail.com`);
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const run = (kill: boolean) =>
      new Promise<{ code: number | null; signal: string | null; killedAfter: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'subgraphs/national/cli/import.ts', '--country', member.code, file],
          {
            cwd: root,
            env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', COUNTRY: '', KEYING_URL: keying.url },
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        let killedAfter = '';
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          const line = stderr.split('\n').find((l) => l.includes('rows written'));
          if (kill && line && !killedAfter) {
            killedAfter = line;
            child.kill('SIGKILL');
          }
        });
        child.on('close', (code, signal) => resolve({ code, signal, killedAfter: killedAfter || stderr.trim() }));
      });
    const first = await run(true);
    const afterKill = await count(member, dir);
    const again = await run(false);
    return {
      rows,
      killedAfter: first.killedAfter,
      firstRun: first.signal ?? `exit ${first.code}`,
      afterKill,
      rerunExit: again.code,
      afterRerun: await count(member, dir),
    };
  } finally {
    await keying.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function count(member: Member, dir: string): Promise<{ reports: number; indicators: number }> {
  const db = await openDatabase({ type: 'sqlite', path: join(dir, `${member.ns}.sqlite`) });
  try {
    // the tables by name: their one description (db/tables/) has no entity class to count with
    const rows = async (table: string) =>
      Number((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return { reports: await rows('scam_report'), indicators: await rows('indicator') };
  } finally {
    await db.close();
  }
}
