/**
 * The node's memos of the correlation's period aggregates (issue 10; graphql/PeriodMemo.ts), on SQLite and
 * PostgreSQL: a second request for the same period sends only the data version's one statement (no
 * aggregate SQL), an import or a withdrawal between two requests makes the second see the new data (for
 * the statistics row also a report naming no indicator, which writes no change-feed entry), and the
 * per-caller limits still apply to memoized data (a SUMMARY caller gets counts under k withheld, a DETAIL
 * caller the same entries' counts). Indicators are keyed blind through a real keying service (port 0).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberByCode } from '../../schema/registry.js';
import { unpackFingerprints } from '../../shared/correlation/fingerprints.js';
import { type IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { IndicatorAliases } from '../../subgraphs/national/db/IndicatorAliases.js';
import { NationalStore } from '../../subgraphs/national/db/NationalStore.js';
import { type NationalDatabase, openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { dataVersion } from '../../subgraphs/national/db/dataVersion.js';
import {
  createLoaders,
  nodeMemos,
  type NodeMemos,
  type PeriodIndicators,
} from '../../subgraphs/national/graphql/createLoaders.js';
import type { NationalContext } from '../../subgraphs/national/graphql/NationalContext.js';
import { statsResolvers } from '../../subgraphs/national/graphql/statsResolvers.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { defaultLimits, type SharingLevel } from '../../subgraphs/national/policy/index.js';
import type { StatsParent } from '../../subgraphs/national/graphql/parents.js';
import { forEachDatabase } from '../helpers/databases.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const TH = memberByCode('TH');
const now = new Date('2026-01-10T08:00:00.000Z');
const period = '|';

let keying: KeyingFixture;
let key: IndicatorKeyer;
before(async () => {
  keying = await startKeying({ identities: ['node:TH'] });
  key = await keying.keyer('node:TH');
});
after(() => keying.close());

const dir = mkdtempSync(join(tmpdir(), 'period-memo-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function file(lines: readonly string[]): string {
  const path = join(dir, `m${++fileNo}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** The sum of every indicator's count: changes with any import or withdrawal of a report with indicators. */
const total = (p: PeriodIndicators) => p.list.reduce((n, i) => n + i.reportCount, 0);

forEachDatabase('the period memo', (tdb) => {
  let db: NationalDatabase;
  let store: NationalStore;
  let aliases: IndicatorAliases;
  let memos: NodeMemos;
  /** One request's loaders; the memos are the node's and outlive them. */
  const request = () => createLoaders(store, aliases, memos);
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new NationalStore(db, TH);
    aliases = new IndicatorAliases(db);
    memos = nodeMemos(() => dataVersion(db));
    await importFile(db, TH, key, 'examples/import-sample.csv', { now });
  });
  after(() => db?.close());

  test('a second request for the same period sends only MAX(seq); a write makes the next one recompute', async () => {
    const first = await request().periodIndicators.load(period);
    const firstStats = await request().stats.load(period);
    assert.ok(first.list.length > 0);
    db.queries.reset();
    const again = request();
    assert.equal(await again.periodIndicators.load(period), first, 'the memoized value');
    assert.equal(await again.stats.load(period), firstStats, 'the memoized row');
    assert.equal(db.queries.count, 1, db.queries.recent.join('\n'));
    assert.match(db.queries.recent[0]!, /MAX\(seq\)/);

    await importFile(
      db,
      TH,
      key,
      file(['reference,reported_at,scam_type,channel,phone', 'MEMO-1,2025-03-20,LOAN,SMS,092-777-8886']),
      { now },
    );
    const afterImport = await request().periodIndicators.load(period);
    assert.equal(total(afterImport), total(first) + 1);
    assert.deepEqual(afterImport.list, await fresh(store));

    await importFile(db, TH, key, file(['action,reference', 'WITHDRAW,TCSD-2025-004102']), { now });
    const afterWithdrawal = await request().periodIndicators.load(period);
    assert.ok(total(afterWithdrawal) < total(afterImport));
    assert.deepEqual(afterWithdrawal.list, await fresh(store));
    assert.deepEqual(await request().stats.load(period), await store.stats());
  });

  test('the statistics row sees a report naming no indicator, and its withdrawal (no change-feed entry)', async () => {
    const before = await request().stats.load(period);
    await importFile(db, TH, key, file(['reference,reported_at,scam_type,channel', 'MEMO-2,2025-03-21,LOAN,SMS']), {
      now,
    });
    const added = await request().stats.load(period);
    assert.equal(added.reportCount, before.reportCount + 1);
    await importFile(db, TH, key, file(['action,reference', 'WITHDRAW,MEMO-2']), { now });
    const withdrawn = await request().stats.load(period);
    assert.equal(withdrawn.reportCount, before.reportCount);
    assert.deepEqual(withdrawn, await store.stats());
  });

  test('per-caller limits still apply to memoized data: SUMMARY gets small counts withheld, DETAIL gets them', async () => {
    const resolvers = statsResolvers(TH).NationalStats;
    const fingerprints = async (level: SharingLevel) => {
      const ctx = {
        loaders: request(),
        limits: defaultLimits,
        audit: { digests: new Set() },
      } as unknown as NationalContext;
      const stats = { period, asked: period, level, row: null, withheldBy: null } as StatsParent;
      const blob = await (
        resolvers.indicatorFingerprints as (s: StatsParent, a: object, c: NationalContext) => Promise<string>
      )(stats, {}, ctx);
      return unpackFingerprints(blob);
    };
    const detail = await fingerprints('DETAIL');
    db.queries.reset();
    const summary = await fingerprints('SUMMARY');
    assert.equal(db.queries.count, 1, 'the SUMMARY caller is served from the memo');
    assert.deepEqual(
      summary.map((e) => e.fingerprint),
      detail.map((e) => e.fingerprint),
    );
    assert.ok(
      detail.some((e) => e.reportCount! < defaultLimits.minReports),
      'the sample has counts under k',
    );
    for (const [i, e] of summary.entries()) {
      const full = detail[i]!.reportCount!;
      assert.equal(e.reportCount, full < defaultLimits.minReports ? null : full);
    }
  });
});

/** The period's list straight from the store, as the loader shapes it, to compare against. */
async function fresh(store: NationalStore) {
  const loaders = createLoaders(
    store,
    undefined as never,
    nodeMemos(async () => 'a fresh memo'),
  );
  return (await loaders.periodIndicators.load(period)).list;
}
