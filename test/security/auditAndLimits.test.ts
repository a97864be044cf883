import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const phone = '+66 81 999 0001';

describe('audit through the API, and edge limits', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        if (member.code !== 'TH') return;
        await insertReports(
          db,
          member,
          testKey,
          ['TH-AUDIT-1', 'TH-AUDIT-2'].map((reference) => ({
            reference,
            reportedAt: '2026-06-01T10:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 1000,
            indicators: [{ kind: 'PHONE', value: phone, role: 'CALLER_NUMBER' }],
          })),
        );
      },
    });
  });
  after(() => fed?.close());

  type Entry = {
    subject: string;
    requesterMember: string;
    level: string;
    digests: string[];
    reports: string[] | null;
    redactions: string[];
    operationHash: string;
  };
  const auditLog = async () => {
    const auditor = await fed.token({ member: 'TH', role: 'auditor' });
    const res = await fed.query<{ tha: { auditLog: Entry[] } }>(
      '{ tha { auditLog(first: 50) { subject requesterMember role level digests reports redactions operationHash } } }',
      undefined,
      { token: auditor },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.tha.auditLog;
  };
  const clear = () => fed.nodes.get('TH')!.db.dataSource.query('DELETE FROM audit_log');
  const lookup = `{ indicator(kind: PHONE, value: "${phone}") { tha { hit } } }`;

  test("answers to other members' callers and own-member reads at DETAIL are audited; only the owner's auditors read the log", async () => {
    await clear();
    const kh = await fed.token({ member: 'KH', role: 'investigator', subject: 'officer.kh@police.gov.kh' });
    const th = await fed.token({ member: 'TH', role: 'analyst', subject: 'insider@police.go.th' });
    await fed.query(lookup, undefined, { token: kh });
    await fed.query(lookup, undefined, { token: th });

    const entries = await auditLog();
    // Cambodia's investigator (PARTNER under the MoU) and Thailand's own analyst (SELF: PARTNER) are both there
    assert.deepEqual(
      entries.map((e) => [e.subject, e.requesterMember, e.level]),
      [
        ['insider@police.go.th', 'TH', 'PARTNER'],
        ['officer.kh@police.gov.kh', 'KH', 'PARTNER'],
      ],
    );
    for (const e of entries) {
      assert.equal(e.digests.length, 1);
      assert.match(e.digests[0]!, /^o1:[0-9a-f]{64}$/);
    }
    // the auditor's own read of the log (an own-member read at PARTNER) is the third entry
    assert.deepEqual(await new AuditLog(fed.nodes.get('TH')!.db).verify(), { ok: true, entries: 3 });

    for (const token of [th, await fed.token({ member: 'KH', role: 'auditor' })]) {
      const denied = await fed.query('{ tha { auditLog { id } } }', undefined, { token });
      assert.equal(denied.errors![0]!.extensions!.code, 'FORBIDDEN');
    }
  });

  test('two reads of different reports are two different entries, naming the reports; an own-member DETAIL read too', async () => {
    await clear();
    const read = 'query Read($id: ID!) { tha { report(id: $id) { id loss { amount } } } }';
    for (const member of ['TH', 'KH']) {
      const token = await fed.token({ member, role: 'investigator' });
      for (const id of ['TH-AUDIT-1', 'TH-AUDIT-2']) {
        const res = await fed.query<{ tha: { report: { id: string } } }>(read, { id }, { token });
        assert.equal(res.data?.tha.report.id, id, JSON.stringify(res.errors));
      }
    }
    const entries = (await auditLog()).reverse();
    assert.deepEqual(
      entries.map((e) => [e.requesterMember, e.reports]),
      [
        ['TH', ['TH-AUDIT-1']],
        ['TH', ['TH-AUDIT-2']],
        ['KH', ['TH-AUDIT-1']],
        ['KH', ['TH-AUDIT-2']],
      ],
    );
    assert.notEqual(entries[0]!.operationHash, entries[1]!.operationHash, 'same text, other variables');
    assert.equal(entries[0]!.operationHash, entries[2]!.operationHash, 'same operation and variables');
  });

  test('what the policy withheld is audited even when the caller did not ask for `redactions`', async () => {
    await clear();
    // the Working Group's analysts get SUMMARY: a sighting's reports (DETAIL) are withheld
    const res = await fed.query<{ indicator: { tha: { hit: boolean; reports: unknown } } }>(
      `{ indicator(kind: PHONE, value: "${phone}") { tha { hit reports { id } } } }`,
    );
    assert.deepEqual(res.data!.indicator.tha, { hit: true, reports: null });
    const [entry] = await auditLog();
    assert.equal(entry!.requesterMember, 'WG');
    assert.equal(entry!.level, 'SUMMARY');
    assert.deepEqual(entry!.redactions, ['sighting.reports']);
    assert.deepEqual(entry!.reports, []);
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
