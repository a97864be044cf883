/**
 * A node's re-key during a key rotation, at the data layer on SQLite and PostgreSQL, through a real keying
 * service holding both generations: every stored indicator gets its o2 digest beside its o1 one (the digest
 * the o2 key gives), in batches with progress; an interrupted run keeps its committed batches and a re-run
 * finishes the rest; a run after a finished one changes nothing; an alias leads to the stored digest; and
 * promoting o2 swaps the generations, moving the verdicts that name an indicator by digest. An import after
 * the service switched links to indicators stored under the old generation, and a seed labels what it
 * stores with the generation the service actually used.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { memberByCode } from '../../schema/registry.js';
import { IndicatorAliases } from '../../subgraphs/national/db/IndicatorAliases.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { FeedbackStore } from '../../subgraphs/national/feedback/FeedbackStore.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { rekeyIndicators } from '../../subgraphs/national/rekey/rekeyIndicators.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { ServiceKeyer } from '../../shared/keying/ServiceKeyer.js';
import { forEachDatabase } from '../helpers/databases.js';
import { insertReports, type FixtureReport } from '../helpers/insertReports.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const o1: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 3) };
const o2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 4) };
const th = memberByCode('TH');

const reports: FixtureReport[] = Array.from({ length: 120 }, (_, i) => ({
  reference: `TH-RK-${i}`,
  reportedAt: '2026-03-01T00:00:00Z',
  scamType: 'INVESTMENT',
  channel: 'PHONE_CALL',
  lossMinor: null,
  indicators: [
    { kind: 'PHONE', value: `+6681${String(4_000_000 + i).padStart(7, '0')}`, role: 'CONTACT' },
    // shared by every tenth report: an indicator linked several times is re-keyed once
    { kind: 'EMAIL', value: `ring${i % 10}@scam-mail.com`, role: 'CONTACT' },
  ],
}));

type Row = Record<string, unknown>;
const rows = async (db: NationalDatabase, query: string) =>
  ((await db.dataSource.query(query)) as Row[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])),
  );

/** A keyer that fails on its `failAt`-th call: an interruption mid-run (the service went away, a crash). */
function failing(keyer: IndicatorKeyer, failAt: number): IndicatorKeyer {
  let calls = 0;
  return {
    keyId: keyer.keyId,
    digests: (inputs, options) => {
      calls += 1;
      return calls === failAt ? Promise.reject(new Error('keying service went away')) : keyer.digests(inputs, options);
    },
  };
}

let keying: KeyingFixture;
before(async () => {
  keying = await startKeying({
    identities: ['node:TH'],
    key: o1,
    otherKeys: [o2],
    budget: { node: 10, rekey: 10_000 },
  });
});
after(() => keying.close());

forEachDatabase('re-key into a new key generation', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
    await insertReports(db, th, o1, reports);
  });
  after(() => db?.close());

  test('an interrupted re-key keeps its batches; the re-run finishes with the digests of the new key', async () => {
    const keyer = await keying.keyer('node:TH');
    const aliases = new IndicatorAliases(db);
    assert.equal(await aliases.countToRekey('o2'), 130);
    await assert.rejects(() => rekeyIndicators(db, failing(keyer, 3), 'o2', { batchSize: 50 }), /went away/);
    assert.equal(await aliases.countToRekey('o2'), 30, 'two batches of 50 were committed');

    const progress: number[] = [];
    const summary = await rekeyIndicators(db, keyer, 'o2', {
      batchSize: 20,
      onProgress: (p) => progress.push(p.done),
    });
    assert.deepEqual(summary, { keyId: 'o2', rekeyed: 30, already: 100 });
    assert.deepEqual(progress, [0, 20, 30]);

    const stored = await rows(db, 'SELECT id, kind, canonical FROM indicator ORDER BY id');
    const want = await new LocalKeyer(o2).digests(
      stored.map((r) => ({ kind: r.kind as never, canonical: r.canonical! })),
    );
    const got = await rows(
      db,
      "SELECT indicator_id, digest FROM indicator_alias WHERE key_id = 'o2' ORDER BY indicator_id",
    );
    assert.deepEqual(
      got.map((r) => [r.indicator_id, r.digest]),
      stored.map((r, i) => [r.id, want[i]]),
    );
    // the re-key ran on the node's re-key allowance: its ordinary budget (10) would have refused it
    assert.match(readFileSync(keying.auditFile, 'utf8'), /"identity":"rekey:node:TH","client":"node:TH".*"keyId":"o2"/);
  });

  test('a re-run changes nothing and keys nothing', async () => {
    const before = await rows(db, 'SELECT * FROM indicator_alias ORDER BY indicator_id, key_id');
    const audited = readFileSync(keying.auditFile, 'utf8').length;
    const summary = await rekeyIndicators(db, await keying.keyer('node:TH'), 'o2');
    assert.deepEqual(summary, { keyId: 'o2', rekeyed: 0, already: 130 });
    assert.deepEqual(await rows(db, 'SELECT * FROM indicator_alias ORDER BY indicator_id, key_id'), before);
    assert.equal(readFileSync(keying.auditFile, 'utf8').length, audited, 'the service was not asked');
  });

  test('an import keyed with o2 (the service switched) links to the indicator stored under o1, no duplicate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rekey-import-'));
    try {
      const file = join(dir, 'after-switch.csv');
      writeFileSync(
        file,
        'reference,reported_at,scam_type,channel,phone\nTH-RK-SWITCH,2026-04-01,INVESTMENT,PHONE_CALL,+66814000000\n',
      );
      // stands in for the keying service after the switch: its current key is o2
      const summary = await importFile(db, th, new LocalKeyer(o2), file);
      assert.deepEqual([summary.inserted, summary.indicatorsNew, summary.indicatorsReused], [1, 0, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an o2 digest leads to the stored o1 digest; promoting o2 swaps them and moves verdicts', async () => {
    const aliases = new IndicatorAliases(db);
    const [first] = await rows(db, 'SELECT id, kind, canonical, digest FROM indicator ORDER BY id LIMIT 1');
    const [newDigest] = await new LocalKeyer(o2).digests([
      { kind: first!.kind as never, canonical: first!.canonical! },
    ]);
    assert.deepEqual([...(await aliases.storedDigests([newDigest!, first!.digest!]))], [[newDigest, first!.digest]]);

    const feedback = new FeedbackStore(db);
    await feedback.insert({
      indicatorKind: first!.kind!,
      indicatorDigest: first!.digest!,
      verdict: 'CONFIRMED',
      action: null,
      since: '2026-05-01',
      recordedAt: new Date('2026-05-02T00:00:00Z'),
      recordedBy: 'th-operator@test',
    });
    assert.equal(await aliases.promote('o2'), 130);
    const [promoted] = await rows(db, `SELECT digest, key_id FROM indicator WHERE id = ${first!.id}`);
    assert.deepEqual(promoted, { digest: newDigest, key_id: 'o2' });
    assert.deepEqual([...(await aliases.storedDigests([first!.digest!]))], [[first!.digest, newDigest]]);
    assert.deepEqual([...(await feedback.recent([newDigest!], 5)).keys()], [newDigest]);
    assert.equal(await aliases.promote('o2'), 0, 'a re-run promotes nothing');
    assert.deepEqual(
      await aliases.generations(),
      new Map([
        ['o1', 130],
        ['o2', 130],
      ]),
    );
  });
});

forEachDatabase('seeding after the switch to a new key generation', (tdb) => {
  let db: NationalDatabase;
  let current: KeyingFixture;
  before(async () => {
    db = await openDatabase(tdb.config);
    current = await startKeying({ identities: ['node:TH'], key: o2 });
  });
  after(async () => {
    await current?.close();
    await db?.close();
  });

  test('stored indicators carry the generation the service keyed them with, not the one the keyer assumed', async () => {
    // as createServiceKeyer builds it: assuming o1 until the service's first answer says otherwise
    const keyer = new ServiceKeyer(await current.client('node:TH'), 'o1');
    await seedMember(db, th, keyer, { reports: 30, seed: 3 });
    const generations = await rows(db, 'SELECT key_id, COUNT(*) AS n FROM indicator GROUP BY key_id');
    assert.deepEqual(
      generations.map((r) => r.key_id),
      ['o2'],
    );
    const [mismatched] = await rows(db, "SELECT COUNT(*) AS n FROM indicator WHERE digest NOT LIKE 'o2:%'");
    assert.equal(mismatched!.n, '0');
  });
});
