import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

describe('audit through the API, and edge limits', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation();
  });
  after(() => fed?.close());

  test("answers to other members' callers are audited; only the owner's auditors read the log", async () => {
    const kh = await fed.token({ member: 'KH', role: 'investigator', subject: 'officer.kh@police.gov.kh' });
    const th = await fed.token({ member: 'TH', role: 'analyst' });
    await fed.query('{ indicator(kind: PHONE, value: "+66 81 999 0001") { tha { hit } } }', undefined, { token: kh });
    await fed.query('{ indicator(kind: PHONE, value: "+66 81 999 0001") { tha { hit } } }', undefined, { token: th });

    const auditor = await fed.token({ member: 'TH', role: 'auditor' });
    const res = await fed.query<{
      tha: { auditLog: { subject: string; requesterMember: string; level: string; digests: string[] }[] };
    }>('{ tha { auditLog(first: 10) { subject requesterMember role level digests hash prevHash } } }', undefined, {
      token: auditor,
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const entries = res.data!.tha.auditLog;
    // Cambodia's investigator was answered (PARTNER under the MoU); Thailand's own analyst is not a cross-border answer
    assert.equal(entries.length, 1, JSON.stringify(entries));
    assert.equal(entries[0]!.subject, 'officer.kh@police.gov.kh');
    assert.equal(entries[0]!.requesterMember, 'KH');
    assert.equal(entries[0]!.level, 'PARTNER');
    assert.equal(entries[0]!.digests.length, 1);
    assert.match(entries[0]!.digests[0]!, /^o1:[0-9a-f]{64}$/);
    assert.deepEqual(await new AuditLog(fed.nodes.get('TH')!.db).verify(), { ok: true, entries: 1 });

    for (const token of [th, await fed.token({ member: 'KH', role: 'auditor' })]) {
      const denied = await fed.query('{ tha { auditLog { id } } }', undefined, { token });
      assert.equal(denied.errors![0]!.extensions!.code, 'FORBIDDEN');
    }
  });

  test('GraphQL Armor limits answer QUERY_TOO_COMPLEX', async () => {
    // depth 11 (the default limit is 10)
    const deep =
      '{ tha { report(id: "x") { indicators { indicator { tha { reports { indicators { indicator { tha { reports { id } } } } } } } } } } }';
    const tooDeep = await fed.query(deep);
    assert.equal(tooDeep.errors![0]!.extensions!.code, 'QUERY_TOO_COMPLEX', JSON.stringify(tooDeep.errors));
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: members { code }`).join(' ')} }`;
    const tooMany = await fed.query(aliases);
    assert.equal(tooMany.errors![0]!.extensions!.code, 'QUERY_TOO_COMPLEX');
    assert.match(tooMany.errors![0]!.message, /Aliases limit of 15/);
  });
});

test('a node refuses to start on a bad policy file and names the line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-'));
  try {
    const file = join(dir, 'th.policy');
    writeFileSync(file, '# requester role level rule\nSELF * PARTNER own\nKH * FULL mou\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'subgraphs/national/main.ts', '--country', 'TH'], {
      env: { ...process.env, DATA_DIR: dir, POLICY_FILE: file, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: .*FULL`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
