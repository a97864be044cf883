/**
 * The bench's data: bench/data/<N>/, one SQLite file per member seeded with N reports by the product's own
 * seed CLI (subgraphs/national/cli/seed.ts), a few members at a time. A marker written after every member
 * succeeded lets later runs reuse the files; anything else (other N, other seed, an interrupted seed) is
 * deleted and seeded again.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { members } from '../schema/registry.js';
import { benchKeyGeneration } from './benchKey.js';
import { benchSeedDayText } from './benchSeedDay.js';
import { startBenchKeying } from './benchKeying.js';
import { childEnv } from './childEnv.js';
import { dataDirFor, projectDir } from './paths.js';

interface Marker {
  reports: number;
  seed: number;
  /** The day the data was seeded on (benchSeedDay): data seeded up to another day is seeded again. */
  until: string;
  keyId: string;
  members: string[];
}

const markerOf = (dir: string) => join(dir, 'bench-data.json');

function matches(dir: string, want: Marker): boolean {
  try {
    const have = JSON.parse(readFileSync(markerOf(dir), 'utf8')) as Marker;
    return (
      have.reports === want.reports &&
      have.seed === want.seed &&
      have.until === want.until &&
      have.keyId === want.keyId &&
      have.members.join() === want.members.join() &&
      members.every((m) => existsSync(join(dir, `${m.ns}.sqlite`)))
    );
  } catch {
    return false;
  }
}

function seedOne(dir: string, code: string, reports: number, seed: number, keyingUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'subgraphs/national/cli/seed.ts',
        '--country',
        code,
        '--reports',
        String(reports),
        '--seed',
        String(seed),
        '--until',
        benchSeedDayText,
      ],
      { cwd: projectDir, env: childEnv({ DATA_DIR: dir, KEYING_URL: keyingUrl }), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (status) =>
      status === 0 ? resolve(out.trim()) : reject(new Error(`seeding ${code} failed (exit ${status}):\n${err}`)),
    );
  });
}

/**
 * Every run starts from the seeded state: the nodes' audit logs (one entry per answer to a foreign caller; a
 * 10,000-indicator screen writes ~1 MB per member) are emptied, so runs neither grow the files nor differ in
 * what they start from. Bench data only: the chain restarts from its genesis, as on a fresh node.
 */
export function resetRunState(dir: string): void {
  for (const m of members) {
    const db = new Database(join(dir, `${m.ns}.sqlite`));
    try {
      const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`).get();
      if (table) db.exec('DELETE FROM audit_log');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }
}

/** Returns the data folder for `reports` per member, seeding it first when needed. */
export async function ensureData(
  reports: number,
  seed: number,
  options: { reseed: boolean; log: (line: string) => void },
): Promise<string> {
  const dir = dataDirFor(reports);
  const want: Marker = {
    reports,
    seed,
    until: benchSeedDayText,
    keyId: benchKeyGeneration,
    members: members.map((m) => m.code),
  };
  if (!options.reseed && matches(dir, want)) {
    resetRunState(dir);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // SQLite writes are CPU-bound: one seed process per core; more only fight over it
  const parallel = Math.max(1, Math.min(availableParallelism(), 4));
  options.log(
    `seeding ${members.length} members x ${reports.toLocaleString('en')} reports into ${dir} (${parallel} at a time)`,
  );
  const started = performance.now();
  const queue = [...members];
  // the seed keys every value blind through a keying service holding the bench key, as a node would
  const keying = await startBenchKeying(dir);
  try {
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        for (let m = queue.shift(); m; m = queue.shift()) {
          options.log(`  ${await seedOne(dir, m.code, reports, seed, keying.url)}`);
        }
      }),
    );
  } finally {
    await keying.server.close();
  }
  writeFileSync(markerOf(dir), `${JSON.stringify(want, null, 2)}\n`);
  options.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}
