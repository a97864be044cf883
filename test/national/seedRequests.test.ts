/**
 * Synthetic requests for assistance (npm start's inbox, outbox and service levels): written at the owning
 * member only, about indicators it holds, deterministic per seed and day, answered within the owner's
 * service levels, with the last two still open (one overdue); on SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { AuditLog } from '../../subgraphs/national/audit/AuditLog.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { AssistanceRequests, type Actor } from '../../subgraphs/national/requests/AssistanceRequests.js';
import { RequestStore } from '../../subgraphs/national/requests/RequestStore.js';
import { resolveSubject } from '../../subgraphs/national/requests/resolveSubject.js';
import { defaultServiceLevels } from '../../subgraphs/national/requests/serviceLevels.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';
import { seedPeriodEnd } from '../../subgraphs/national/seed/ReportGenerator.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { forEachDatabase } from '../helpers/databases.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const KH = memberByCode('KH');
const day = new Date('2026-03-15T10:20:30Z');
const until = seedPeriodEnd(day);
const hour = 3_600_000;

let keying: KeyingFixture;
let keyer: IndicatorKeyer;
before(async () => {
  keying = await startKeying({ identities: ['node:KH'] });
  keyer = await keying.keyer('node:KH');
});
after(() => keying.close());

forEachDatabase('synthetic requests for assistance', (tdb) => {
  let db: NationalDatabase;
  let store: RequestStore;
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new RequestStore(db);
  });
  after(() => db?.close());

  const requestsAt = (now: number) =>
    new AssistanceRequests({
      member: KH,
      store,
      auditLog: new AuditLog(db),
      serviceLevels: defaultServiceLevels,
      clock: () => new Date(now),
    });
  const staff: Actor = { caller: { member: 'KH', role: 'operator', subject: 'op', tokenId: 't-op' }, level: 'DETAIL' };

  test('seeded at the owner, about indicators it holds, answered within its service levels', async () => {
    const summary = await seedMember(db, KH, keyer, { reports: 200, seed: 42, until: day, reset: true, requests: 12 });
    assert.equal(summary.requests, 12);
    const rows = await store.submittedBetween(null, null);
    assert.equal(rows.length, 12);
    for (const r of rows) {
      assert.notEqual(r.requesterMember, 'KH', 'other members ask');
      assert.ok(r.submittedAt < until, r.reference);
      assert.equal(r.dueAt.getTime() - r.submittedAt.getTime(), defaultServiceLevels[r.action]);
      const subject = await resolveSubject(store, KH, r.subjectReference);
      assert.deepEqual(subject, { kind: r.indicatorKind, digest: r.indicatorDigest }, 'an indicator KH holds');
      if (r.closedAt) {
        assert.ok(r.acknowledgedAt! > r.submittedAt && r.closedAt > r.acknowledgedAt!, r.reference);
        assert.ok(r.closedAt < r.dueAt, 'moved before it was due, as a node allows');
      }
    }
    // the day after the seed day: the freeze that came in three hours before it is overdue, the block is open
    const inbox = await requestsAt(until.getTime() + hour).inbox(staff, null, 50);
    const open = inbox.filter((r) => r.status === 'SUBMITTED' && r.submittedAt.getTime() >= until.getTime() - 6 * hour);
    const statuses = open.map((r) => [r.action, requestsAt(until.getTime() + hour).statusOf(r)]).sort();
    assert.deepEqual(statuses, [
      ['BLOCK_NUMBER', 'SUBMITTED'],
      ['FREEZE_ACCOUNT', 'EXPIRED'],
    ]);
    // enough answered for the default k (3) to let a SUMMARY caller see the medians
    const figures = await requestsAt(until.getTime() + hour).serviceLevel(null, null);
    assert.ok(figures.acknowledged >= 3 && figures.actioned >= 3, JSON.stringify(figures));
  });

  test('the same seed and day give the same requests; reset replaces them; none unless asked', async () => {
    // an indicator's reference is drawn at random when the node stores it (docs/sharing-policy.md), so the
    // quoted reference differs between two seedings; the indicator (its digest) and all else do not
    const rows = async () => (await store.submittedBetween(null, null)).map(({ subjectReference: _, ...rest }) => rest);
    const first = await rows();
    await seedMember(db, KH, keyer, { reports: 200, seed: 42, until: day, reset: true, requests: 12 });
    assert.deepEqual(await rows(), first);
    await seedMember(db, KH, keyer, { reports: 200, seed: 42, until: day, reset: true });
    assert.deepEqual(await store.submittedBetween(null, null), []);
  });
});
