/**
 * `npm run rekey` as an operator runs it: the member's SQLite file under DATA_DIR, a real keying service
 * holding o1 and o2 (KEYING_URL), the CLI spawned. It reports progress per batch and a summary; run again
 * it re-keys nothing; an unknown key id exits 1 naming it and saying that a re-run resumes; --promote makes
 * o2 the stored generation; a missing --to is a usage error (exit 2).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { insertReports } from '../helpers/insertReports.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const o1: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 11) };
const o2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 12) };
const th = memberByCode('TH');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rekey(args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['COUNTRY', 'DATABASE_URL', 'DATABASE_SCHEMA', 'DATA_DIR', 'KEYING_URL'].includes(k),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'subgraphs/national/cli/rekey.ts', ...args], {
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

describe('rekey CLI', () => {
  let keying: KeyingFixture;
  let env: Record<string, string>;
  before(async () => {
    keying = await startKeying({ identities: ['node:TH'], key: o1, otherKeys: [o2] });
    env = { DATA_DIR: keying.dir, KEYING_URL: keying.url };
    const db = await openDatabase({ type: 'sqlite', path: join(keying.dir, `${th.ns}.sqlite`) });
    await insertReports(
      db,
      th,
      o1,
      Array.from({ length: 7 }, (_, i) => ({
        reference: `TH-CLI-${i}`,
        reportedAt: '2026-03-01T00:00:00Z',
        scamType: 'INVESTMENT',
        channel: 'PHONE_CALL',
        lossMinor: null,
        indicators: [{ kind: 'PHONE', value: `+6681${String(5_000_000 + i).padStart(7, '0')}`, role: 'CONTACT' }],
      })),
    );
    await db.close();
  });
  after(() => keying.close());

  test('an unknown key id exits 1 naming it; nothing is lost and a re-run resumes', async () => {
    const run = await rekey(['--country', 'TH', '--to', 'o3'], env);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /unknown key id "o3"; this service holds o1, o2/);
    assert.match(run.stderr, /0 of 7 re-keyed and kept: run again to resume/);
  });

  test('re-keys in batches with progress; run again, it re-keys nothing', async () => {
    const first = await rekey(['--country', 'TH', '--to', 'o2', '--batch', '3'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(first.stderr.trim().split('\n'), [
      'rekey TH -> o2: 0/7 indicators re-keyed',
      'rekey TH -> o2: 3/7 indicators re-keyed',
      'rekey TH -> o2: 6/7 indicators re-keyed',
      'rekey TH -> o2: 7/7 indicators re-keyed',
    ]);
    assert.match(first.stdout, /rekey TH -> o2: 7 indicators re-keyed, 0 already had a digest under o2/);
    const again = await rekey(['--country', 'TH', '--to', 'o2'], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /rekey TH -> o2: 0 indicators re-keyed, 7 already had a digest under o2/);
  });

  test('--promote makes o2 the stored generation', async () => {
    const run = await rekey(['--country', 'TH', '--to', 'o2', '--promote'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /7 indicators now stored and published under o2/);
  });

  test('a missing --to is a usage error', async () => {
    const run = await rekey(['--country', 'TH'], env);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--to: give the key id to re-key into/);
  });
});
