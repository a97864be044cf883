/**
 * The audit chain on both databases: append/list/verify, one INSERT per append, a linear chain under
 * concurrent appends, the documented hash input, and tampering found and named (altered content at the
 * entry itself, a removed entry at its successor).
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { forEachDatabase } from '../helpers/databases.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import {
  AuditLog,
  auditHash,
  genesisHash,
  operationHash,
  type AuditInput,
} from '../../subgraphs/national/audit/AuditLog.js';

const t0 = Date.UTC(2025, 10, 28, 3, 4, 5, 6);

function input(n: number, overrides: Partial<AuditInput> = {}): AuditInput {
  return {
    at: new Date(t0 + n * 1000),
    subject: `analyst-${n}`,
    requesterMember: n % 2 ? 'KH' : 'WG',
    role: 'analyst',
    operationHash: operationHash(`query Q${n} { sighting { hit } }`),
    digests: [`k1:${n.toString(16).padStart(64, '0')}`],
    level: 'HIT',
    redactions: ['reportCount', 'reports'],
    reports: [`TH-2025-${n}`],
    ...overrides,
  };
}

async function appendMany(log: AuditLog, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) await log.append(input(n));
}

forEachDatabase('audit log', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
  });
  after(() => db?.close());
  // every test starts from an empty log, with a fresh AuditLog (its cached last hash belongs to the old log)
  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM audit_log');
  });

  test('append links each entry to the previous one and returns what it stored', async () => {
    const log = new AuditLog(db);
    const first = await log.append(input(1));
    const second = await log.append(input(2, { digests: [], redactions: [] }));
    assert.equal(first.prevHash, genesisHash);
    assert.equal(second.prevHash, first.hash);
    assert.ok(second.id > first.id);
    assert.match(first.hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(await log.list(10), [second, first], 'list gives back exactly the appended entries');
  });

  test('the hash is SHA-256 of the documented canonical JSON array', async () => {
    const entry = await new AuditLog(db).append(input(1, { subject: 'ana "x"\n\u00e9' }));
    const canonical =
      `["${'0'.repeat(64)}","2025-11-28T03:04:06.006Z","ana \\"x\\"\\n\u00e9","KH","analyst",` +
      `"${entry.operationHash}",["k1:${'0'.repeat(63)}1"],"HIT",["reportCount","reports"],["TH-2025-1"]]`;
    assert.equal(entry.hash, createHash('sha256').update(canonical, 'utf8').digest('hex'));
    assert.equal(auditHash(genesisHash, entry), entry.hash);
  });

  test('entries written before report references were recorded keep their nine-value hash; the chain spans both', async () => {
    const log = new AuditLog(db);
    const { reports: _none, ...legacyInput } = input(1);
    const legacy = await log.append(legacyInput);
    const canonical =
      `["${'0'.repeat(64)}","2025-11-28T03:04:06.006Z","analyst-1","KH","analyst",` +
      `"${legacy.operationHash}",["k1:${'0'.repeat(63)}1"],"HIT",["reportCount","reports"]]`;
    assert.equal(legacy.hash, createHash('sha256').update(canonical, 'utf8').digest('hex'));
    const current = await log.append(input(2));
    assert.deepEqual(
      (await log.list(2)).map((e) => e.reports),
      [['TH-2025-2'], undefined],
    );
    assert.deepEqual(await log.verify(), { ok: true, entries: 2 });
    // the report references are covered by the hash: changing them breaks the chain at that entry
    await db.dataSource.query(`UPDATE audit_log SET reports = '["TH-2025-99"]' WHERE id = ${current.id}`);
    assert.deepEqual((await log.verify()).firstBroken, { id: current.id, reason: 'hash mismatch (content altered)' });
  });

  test('the operation hash covers the variables (in any key order) and the operation name', () => {
    const q = 'query R($id: ID!) { tha { report(id: $id) { id } } }';
    assert.notEqual(operationHash(q, { id: 'TH-1' }), operationHash(q, { id: 'TH-2' }));
    assert.equal(operationHash(q, { a: 1, b: { c: 2, d: 3 } }), operationHash(q, { b: { d: 3, c: 2 }, a: 1 }));
    assert.notEqual(operationHash(q, {}, 'R'), operationHash(q, {}, null));
    assert.equal(
      operationHash(q, { id: 'TH-1' }, 'R'),
      createHash('sha256')
        .update(JSON.stringify([q, 'R', { id: 'TH-1' }]), 'utf8')
        .digest('hex'),
    );
  });

  test('one INSERT per append once the last hash is cached', async () => {
    const log = new AuditLog(db);
    await log.append(input(1));
    db.queries.reset();
    await log.append(input(2));
    await log.append(input(3));
    assert.equal(db.queries.count, 2);
    assert.ok(
      db.queries.recent.every((q) => /^\s*INSERT INTO audit_log/.test(q)),
      'only INSERTs',
    );
  });

  test('a new AuditLog continues the chain left by an earlier one', async () => {
    await appendMany(new AuditLog(db), 2);
    const next = await new AuditLog(db).append(input(3));
    const [, previous] = await new AuditLog(db).list(2);
    assert.equal(next.prevHash, previous?.hash);
    assert.deepEqual(await new AuditLog(db).verify(), { ok: true, entries: 3 });
  });

  test('concurrent appends are serialised into one linear chain', async () => {
    const log = new AuditLog(db);
    const entries = await Promise.all(Array.from({ length: 25 }, (_, i) => log.append(input(i + 1))));
    const byId = [...entries].sort((a, b) => a.id - b.id);
    byId.forEach((e, i) => assert.equal(e.prevHash, i === 0 ? genesisHash : byId[i - 1]?.hash));
    assert.deepEqual(await log.verify(), { ok: true, entries: 25 });
  });

  test('list pages newest first with `after`', async () => {
    const log = new AuditLog(db);
    await appendMany(log, 5);
    const page1 = await log.list(2);
    const page2 = await log.list(2, page1.at(-1)?.id);
    const page3 = await log.list(2, page2.at(-1)?.id);
    assert.deepEqual(
      [...page1, ...page2, ...page3].map((e) => e.subject),
      ['analyst-5', 'analyst-4', 'analyst-3', 'analyst-2', 'analyst-1'],
    );
    assert.deepEqual(await log.list(0), []);
    await assert.rejects(log.list(1001), RangeError);
    await assert.rejects(log.list(-1), RangeError);
  });

  test('verify walks the chain in pages and reports progress', async () => {
    const log = new AuditLog(db, { verifyPageSize: 2 });
    await appendMany(log, 5);
    const progress: number[] = [];
    db.queries.reset();
    assert.deepEqual(await log.verify((done) => progress.push(done)), { ok: true, entries: 5 });
    assert.deepEqual(progress, [2, 4, 5]);
    assert.equal(db.queries.count, 3, 'one SELECT per page');
    assert.deepEqual(await new AuditLog(db).verify(), { ok: true, entries: 5 }, 'default page size');
  });

  test('an empty log is intact', async () => {
    assert.deepEqual(await new AuditLog(db).verify(), { ok: true, entries: 0 });
  });

  test('altering one entry in the database (UPDATE level) is found and that entry named', async () => {
    const log = new AuditLog(db, { verifyPageSize: 2 });
    await appendMany(log, 5);
    const [target] = await log.list(1, (await log.list(2)).at(-1)?.id); // the third-newest: entry 3
    await db.dataSource.query(`UPDATE audit_log SET level = 'PARTNER' WHERE id = ${target?.id}`);
    assert.deepEqual(await log.verify(), {
      ok: false,
      entries: 2,
      firstBroken: { id: target?.id, reason: 'hash mismatch (content altered)' },
    });
  });

  test('altering content together with its hash is found at the next entry', async () => {
    const log = new AuditLog(db);
    await appendMany(log, 3);
    const [, middle] = await log.list(3);
    assert.ok(middle);
    const forged = auditHash(middle.prevHash, { ...middle, level: 'PARTNER' });
    await db.dataSource.query(`UPDATE audit_log SET level = 'PARTNER', hash = '${forged}' WHERE id = ${middle.id}`);
    const result = await log.verify();
    assert.equal(result.ok, false);
    assert.equal(result.firstBroken?.id, middle.id + 1);
    assert.equal(result.firstBroken?.reason, 'prev_hash mismatch (entry removed or reordered)');
  });

  test('deleting a middle entry is found at the next one; deleting the first, at the new first', async () => {
    const log = new AuditLog(db);
    await appendMany(log, 5);
    const ids = (await log.list(5)).map((e) => e.id).reverse();
    await db.dataSource.query(`DELETE FROM audit_log WHERE id = ${ids[2]}`);
    assert.deepEqual(await log.verify(), {
      ok: false,
      entries: 2,
      firstBroken: { id: ids[3], reason: 'prev_hash mismatch (entry removed or reordered)' },
    });
    await db.dataSource.query(`DELETE FROM audit_log WHERE id = ${ids[0]}`);
    assert.deepEqual((await log.verify()).firstBroken, {
      id: ids[1],
      reason: 'prev_hash mismatch (entry removed or reordered)',
    });
  });

  test('unreadable stored content is reported as altered', async () => {
    const log = new AuditLog(db);
    const entry = await log.append(input(1));
    await db.dataSource.query(`UPDATE audit_log SET digests = 'not json' WHERE id = ${entry.id}`);
    assert.deepEqual((await log.verify()).firstBroken, {
      id: entry.id,
      reason: 'unreadable content (content altered)',
    });
  });

  test('a second writer cannot fork the chain: the stale append fails, the next one relinks', async () => {
    const a = new AuditLog(db);
    const b = new AuditLog(db);
    await a.append(input(1));
    await b.append(input(2));
    // a linked to a stale last hash: the database refuses the fork (unique prev_hash)
    await assert.rejects(a.append(input(3)), /prev_hash|ux_audit_log_prev_hash/);
    const relinked = await a.append(input(4));
    assert.equal(relinked.subject, 'analyst-4');
    assert.deepEqual(await a.verify(), { ok: true, entries: 3 });
  });

  test('bad input is refused before it reaches the chain, and the chain goes on', async () => {
    const log = new AuditLog(db);
    await assert.rejects(log.append(input(1, { operationHash: 'abc' })), /operationHash must be 64 lowercase hex/);
    await assert.rejects(log.append(input(1, { subject: 'x'.repeat(201) })), /subject must be a string of 1 to 200/);
    await assert.rejects(log.append(input(1, { requesterMember: '' })), /requesterMember/);
    await assert.rejects(log.append(input(1, { at: new Date(NaN) })), /at must be a valid Date/);
    await assert.rejects(log.append(input(1, { digests: ['a\u0000b'] })), /digests must be an array of strings/);
    await assert.rejects(log.append(input(1, { subject: 'lone \ud800' })), /no lone surrogate/);
    await log.append(input(1));
    assert.deepEqual(await log.verify(), { ok: true, entries: 1 });
  });

  test('arrays changed by the caller after append do not change the entry', async () => {
    const log = new AuditLog(db);
    const digests = ['k1:aa'];
    const pending = log.append(input(1, { digests }));
    digests.push('k1:bb');
    assert.deepEqual((await pending).digests, ['k1:aa']);
    assert.deepEqual(await log.verify(), { ok: true, entries: 1 });
  });
});
