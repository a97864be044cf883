/**
 * The node's memo of the correlation's period aggregates (issue 10; graphql/PeriodMemo.ts), on SQLite and
 * PostgreSQL: a second request for the same period sends only the change feed's `MAX(seq)` (no aggregate
 * SQL), an import or a withdrawal between two requests makes the second see the new data, and the
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
import { ChangeStore } from '../../subgraphs/national/feed/ChangeStore.js';
import { createLoaders, type PeriodIndicators } from '../../subgraphs/national/graphql/createLoaders.js';
import type { NationalContext } from '../../subgraphs/national/graphql/NationalContext.js';
import { PeriodMemo } from '../../subgraphs/national/graphql/PeriodMemo.js';
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
  let memo: PeriodMemo<PeriodIndicators>;
  /** One request's loaders; the memo is the node's and outlives them. */
  const request = () => createLoaders(store, aliases, memo);
  before(async () => {
    db = await openDatabase(tdb.config);
    store = new NationalStore(db, TH);
    aliases = new IndicatorAliases(db);
    const changes = new ChangeStore(db);
    memo = new PeriodMemo(() => changes.head());
    await importFile(db, TH, key, 'examples/import-sample.csv', { now });
  });
  after(() => db?.close());

  test('a second request for the same period sends only MAX(seq); a write makes the next one recompute', async () => {
    const first = await request().periodIndicators.load(period);
    assert.ok(first.list.length > 0);
    db.queries.reset();
    const second = await request().periodIndicators.load(period);
    assert.equal(second, first, 'the memoized value');
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
  const memo = new PeriodMemo<PeriodIndicators>(async () => 0);
  const loaders = createLoaders(store, undefined as never, memo);
  return (await loaders.periodIndicators.load(period)).list;
}
