/**
 * Requests for assistance at the data layer, on SQLite and PostgreSQL: the migration creates the table (and
 * its down step drops it), rows and instants round-trip, the client key is unique per requester, a move is
 * compare-and-set (two staff answering at once: one wins), the inbox reads EXPIRED from the clock, a
 * move whose audit entry cannot be written is taken back, and an indicator whose reports are all withdrawn
 * is not held (a request about it is refused as for one never held).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { AssistanceRequests, type Actor } from '../../subgraphs/national/requests/AssistanceRequests.js';
import type { RequestRow } from '../../subgraphs/national/requests/requestParents.js';
import { RequestStore } from '../../subgraphs/national/requests/RequestStore.js';
import { defaultServiceLevels } from '../../subgraphs/national/requests/serviceLevels.js';
import { forEachDatabase } from '../helpers/databases.js';
import { insertReports } from '../helpers/insertReports.js';
import { testKey } from '../helpers/startFederation.js';

const kh = memberByCode('KH');
const t0 = Date.parse('2026-05-01T08:00:00.123Z');

function row(n: number, overrides: Partial<RequestRow> = {}): RequestRow {
  return {
    reference: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    requesterMember: 'TH',
    clientKey: `key-${n}`,
    action: 'FREEZE_ACCOUNT',
    indicatorKind: 'BANK_ACCOUNT',
    indicatorDigest: `test1:${n.toString(16).padStart(64, '0')}`,
    subjectReference: `KH:IND:${n}`,
    legalBasis: 'MoU art. 4',
    urgency: 'URGENT',
    note: n % 2 ? null : 'ข้อความ ภาษาไทย and ខ្មែរ',
    status: 'SUBMITTED',
    submittedAt: new Date(t0 + n * 1000),
    dueAt: new Date(t0 + n * 1000 + 3_600_000),
    acknowledgedAt: null,
    closedAt: null,
    declineReason: null,
    response: null,
    ...overrides,
  };
}

forEachDatabase('assistance requests', (tdb) => {
  let db: NationalDatabase;
  let store: RequestStore;
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new RequestStore(db);
  });
  after(() => db?.close());

  test('the migration creates the table; rows and instants round-trip exactly', async () => {
    const r = row(2);
    await store.insert(r);
    assert.deepEqual(await store.byReference(r.reference), r);
    assert.deepEqual(await store.byClientKey('TH', 'key-2'), r);
    assert.equal(await store.byClientKey('MY', 'key-2'), undefined, 'client keys are per requester');
  });

  test('a client key is unique per requesting member, whatever races in', async () => {
    await store.insert(row(3));
    await assert.rejects(store.insert(row(4, { clientKey: 'key-3' })));
    await store.insert(row(5, { clientKey: 'key-3', requesterMember: 'MY' }));
  });

  test('a move is compare-and-set: of two staff answering at once, one wins', async () => {
    const prev = row(6);
    await store.insert(prev);
    const now = new Date(t0 + 60_000);
    const ack = { ...prev, status: 'ACKNOWLEDGED' as const, acknowledgedAt: now };
    const decline = { ...prev, status: 'DECLINED' as const, closedAt: now, declineReason: 'no legal basis' };
    const results = await Promise.all([store.move(prev, ack, now), store.move(prev, decline, now)]);
    assert.deepEqual(results.sort(), [false, true]);
    const stored = await store.byReference(prev.reference);
    assert.ok(stored?.status === 'ACKNOWLEDGED' || stored?.status === 'DECLINED');
    assert.equal(await store.move(prev, ack, new Date(t0 + 10 * 3_600_000)), false, 'nor once it is due');
  });

  test('the inbox reads EXPIRED from the clock, earliest due first', async () => {
    await db.dataSource.query('DELETE FROM assistance_request');
    await store.insert(row(7));
    await store.insert(row(8, { status: 'ACTIONED', closedAt: new Date(t0) }));
    await store.insert(row(9, { dueAt: new Date(t0 + 100 * 3_600_000) }));
    const at = new Date(t0 + 2 * 3_600_000);
    const refs = (rows: RequestRow[]) => rows.map((r) => r.clientKey);
    assert.deepEqual(refs(await store.inbox('EXPIRED', at, 10)), ['key-7']);
    assert.deepEqual(refs(await store.inbox('SUBMITTED', at, 10)), ['key-9']);
    assert.deepEqual(refs(await store.inbox('ACTIONED', at, 10)), ['key-8']);
    assert.deepEqual(refs(await store.inbox(null, at, 10)), ['key-7', 'key-8', 'key-9']);
  });

  test('a move whose audit entry cannot be written is taken back', async () => {
    await insertReports(db, kh, testKey, [
      {
        reference: 'KH-1',
        reportedAt: '2026-04-01T00:00:00Z',
        scamType: 'INVESTMENT',
        channel: 'WEBSITE',
        lossMinor: 100,
        indicators: [{ kind: 'URL', value: 'https://invest.example.com/x', role: 'PHISHING_URL' }],
      },
    ]);
    const [held] = (await db.dataSource.query('SELECT kind, digest FROM indicator')) as {
      kind: string;
      digest: string;
    }[];
    const requests = new AssistanceRequests({
      member: kh,
      store,
      auditLog: new AuditLog(db),
      serviceLevels: defaultServiceLevels,
      clock: () => new Date(t0),
    });
    const th: Actor = {
      caller: { subject: 'th-1', member: 'TH', role: 'investigator', tokenId: 't-th' },
      level: 'PARTNER',
    };
    const staff: Actor = {
      caller: { subject: 'kh-1', member: 'KH', role: 'operator', tokenId: 't-kh' },
      level: 'PARTNER',
    };
    const filed = await requests.submit(th, {
      reference: `${held!.kind}:${held!.digest}`,
      action: 'TAKE_DOWN',
      legalBasis: 'MoU art. 4',
      clientKey: 'take-down-1',
    });
    assert.equal(filed.dueAt.getTime(), t0 + 48 * 3_600_000);
    // a real failure: the audit table is gone, so the append fails in the database
    await db.dataSource.query('ALTER TABLE audit_log RENAME TO audit_log_away');
    try {
      await assert.rejects(requests.acknowledge(staff, filed.reference));
      await assert.rejects(requests.submit(th, { ...filedInput(held!), clientKey: 'take-down-2' }));
    } finally {
      await db.dataSource.query('ALTER TABLE audit_log_away RENAME TO audit_log');
    }
    assert.equal((await store.byReference(filed.reference))?.status, 'SUBMITTED', 'the move was taken back');
    assert.equal(await store.byClientKey('TH', 'take-down-2'), undefined, 'the submission was taken back');
    assert.equal((await requests.acknowledge(staff, filed.reference)).status, 'ACKNOWLEDGED');
    assert.deepEqual(await new AuditLog(db).verify(), { ok: true, entries: 2 });
  });

  test('an indicator whose reports are all withdrawn is not held: a request about it is refused as for one never held', async () => {
    await insertReports(db, kh, testKey, [
      {
        reference: 'KH-W-1',
        reportedAt: '2026-04-02T00:00:00Z',
        scamType: 'INVESTMENT',
        channel: 'PHONE_CALL',
        lossMinor: 100,
        indicators: [{ kind: 'PHONE', value: '+85512000001', role: 'CALLER_NUMBER' }],
      },
      {
        reference: 'KH-W-2',
        reportedAt: '2026-04-03T00:00:00Z',
        scamType: 'INVESTMENT',
        channel: 'PHONE_CALL',
        lossMinor: 100,
        indicators: [
          { kind: 'PHONE', value: '+85512000001', role: 'CALLER_NUMBER' },
          { kind: 'PHONE', value: '+85512000002', role: 'CALLER_NUMBER' },
        ],
      },
    ]);
    const digestOf = async (e164: string) =>
      (
        (await db.dataSource.query(`SELECT digest, reference FROM indicator WHERE canonical = '${e164}'`)) as {
          digest: string;
          reference: string;
        }[]
      )[0]!;
    const shared = await digestOf('+85512000001');
    const only = await digestOf('+85512000002');
    // a WITHDRAW by import sets withdrawn_at (test/national/importUpdates.test.ts); KH-W-1 still names `shared`
    const withdraw = async (at: Date | null) =>
      db.dataSource.query(
        db.type === 'postgres'
          ? `UPDATE scam_report SET withdrawn_at = $1 WHERE reference = 'KH-W-2'`
          : `UPDATE scam_report SET withdrawn_at = ? WHERE reference = 'KH-W-2'`,
        [at && (db.type === 'postgres' ? at : at.toISOString())],
      );
    await withdraw(new Date(t0));
    assert.equal((await store.indicatorByDigest(shared.digest))?.digest, shared.digest, 'still named by KH-W-1');
    assert.equal(await store.indicatorByDigest(only.digest), undefined);
    assert.equal(await store.indicatorByReference(only.reference), undefined);

    const requests = new AssistanceRequests({
      member: kh,
      store,
      auditLog: new AuditLog(db),
      serviceLevels: defaultServiceLevels,
      clock: () => new Date(t0),
    });
    const th: Actor = {
      caller: { subject: 'th-2', member: 'TH', role: 'investigator', tokenId: 't-th-2' },
      level: 'PARTNER',
    };
    const refusal = async (reference: string) => {
      try {
        await requests.submit(th, {
          reference,
          action: 'BLOCK_NUMBER',
          legalBasis: 'MoU art. 4',
          clientKey: reference,
        });
      } catch (e) {
        const error = e as { message: string; extensions: Record<string, unknown> };
        return { message: error.message.replace(reference, '<quoted>'), extensions: error.extensions };
      }
      return 'accepted';
    };
    const neverHeld = await refusal(`PHONE:${'o1:'}${'e'.repeat(64)}`);
    assert.notEqual(neverHeld, 'accepted');
    assert.deepEqual(await refusal(`PHONE:${only.digest}`), neverHeld);
    assert.deepEqual(await refusal(`KH:IND:${only.reference}`), neverHeld);

    // reinstated (withdrawn_at cleared): held again
    await withdraw(null);
    assert.equal((await store.indicatorByDigest(only.digest))?.digest, only.digest);
    assert.equal((await store.indicatorByReference(only.reference))?.digest, only.digest);
  });

  test('the down migration drops the table', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      const migration = db.dataSource.migrations.find((m) => m.name === 'AssistanceRequests1764511000000');
      assert.ok(migration);
      await migration.down(runner);
      assert.equal(await runner.hasTable('assistance_request'), false);
      await migration.up(runner);
      assert.equal(await runner.hasTable('assistance_request'), true);
    } finally {
      await runner.release();
    }
  });
});

function filedInput(held: { kind: string; digest: string }) {
  return { reference: `${held.kind}:${held.digest}`, action: 'TAKE_DOWN' as const, legalBasis: 'MoU art. 4' };
}
