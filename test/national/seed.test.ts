/**
 * The synthetic seed: deterministic from the seed, realistic for each member (its phone ranges, banks,
 * currency, typology codes), sharing the syndicate pool across members, and safe (refuses a non-empty
 * database without reset). Database tests run on SQLite and PostgreSQL with a few hundred reports, keyed
 * blind through a real keying service (port 0).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { members, memberByCode } from '../../schema/registry.js';
import { syntheticProfileOf } from '../../subgraphs/national/seed/syntheticProfiles.js';
import { channels, indicatorRoles, isCode, reportStatuses, scamTypes } from '../../schema/typology.js';
import { normalizeIndicator } from '../../shared/indicators/index.js';
import { type IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { readDate } from '../../subgraphs/national/db/dialect.js';
import { type NationalDatabase, openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { ReportGenerator, seedPeriodEnd } from '../../subgraphs/national/seed/ReportGenerator.js';
import { SeedRefusedError, seedMember } from '../../subgraphs/national/seed/seedMember.js';
import { syndicatePool } from '../../subgraphs/national/seed/syndicatePool.js';
import { forEachDatabase } from '../helpers/databases.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

let keying: KeyingFixture;
let keyer: IndicatorKeyer;
before(async () => {
  keying = await startKeying({ identities: ['node:TH', 'node:KH'] });
  keyer = await keying.keyer('node:TH');
});
after(() => keying.close());
const TH = memberByCode('TH');
const KH = memberByCode('KH');
/** A fixed "today" for the seed: rows compared across seeds must not depend on the day the test runs. */
const day = new Date('2026-03-15T10:20:30Z');
const until = seedPeriodEnd(day);

describe('synthetic reports (no database)', () => {
  test('every member: local phones valid E.164 of its region, its currency and banks, typology codes, dates in range', () => {
    const end = until.getTime();
    const from = end - 730 * 86_400_000;
    for (const member of members) {
      const generator = new ReportGenerator(member, { seed: 11, reports: 150, until });
      const indicatorPhones = new Set<string>();
      const victimPhones: string[] = [];
      const references = new Set<string>();
      for (let i = 0; i < 150; i++) {
        const r = generator.report();
        const where = `${member.code} ${r.reference}`;
        assert.equal(r.currency, member.currency, where);
        assert.ok(isCode(scamTypes, r.scamType) && isCode(channels, r.channel), where);
        assert.ok(isCode(reportStatuses, r.status), where);
        assert.ok(
          r.reportedAt.getTime() >= from && r.reportedAt.getTime() < end,
          `${where}: ${r.reportedAt.toISOString()}`,
        );
        assert.ok(r.lossMinor === null || (Number.isSafeInteger(r.lossMinor) && r.lossMinor > 0), where);
        assert.ok(r.province === null || syntheticProfileOf(member)!.provinces.includes(r.province), where);
        assert.ok(r.indicators.length >= 1 && r.indicators.length <= 4, where);
        assert.ok(!references.has(r.reference), `${where}: reference repeated`);
        references.add(r.reference);
        for (const x of r.indicators) {
          assert.ok(isCode(indicatorRoles, x.role));
          const k = normalizeIndicator(x.kind, x.value, { region: member.code });
          if (x.kind === 'PHONE') indicatorPhones.add(k.canonical);
          if (x.syndicate) continue;
          if (x.kind === 'PHONE') {
            const phone = parsePhoneNumberWithError(k.canonical);
            assert.equal(phone.country, member.phoneRegion, `${where}: ${k.canonical}`);
            assert.ok(phone.isValid() && phone.getType() === 'MOBILE', `${where}: ${k.canonical} is a valid mobile`);
          }
          if (x.kind === 'BANK_ACCOUNT') {
            const [country, bank, account] = k.canonical.split(':');
            assert.equal(country, member.code, where);
            const profileBank = syntheticProfileOf(member)!.banks.find((b) => b.code === bank);
            assert.ok(profileBank, `${where}: ${k.canonical} is at one of the member's banks`);
            assert.equal(account!.length, profileBank.accountLength, `${where}: ${k.canonical}`);
          }
        }
        if (r.victim.phone) victimPhones.push(r.victim.phone);
      }
      assert.ok(victimPhones.length > 100, `${member.code}: most victims have a phone`);
      for (const p of victimPhones) {
        assert.ok(!indicatorPhones.has(p), `${member.code}: victim phone ${p} is also an indicator`);
        assert.equal(parsePhoneNumberWithError(p).country, member.phoneRegion);
      }
    }
  });

  test('the member profile shapes the mix: each member has its own most frequent scam type', () => {
    const top = (code: string) => {
      const member = memberByCode(code);
      const g = new ReportGenerator(member, { seed: 3, reports: 3000, until });
      const counts = new Map<string, number>();
      for (let i = 0; i < 3000; i++) {
        const t = g.report().scamType;
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    };
    // the expected leaders are read from the registry, so the test follows the data, not a country list
    const leaders = new Set<string>();
    for (const member of members) {
      const mix = Object.entries(syntheticProfileOf(member)!.scamMix).sort((a, b) => b[1] - a[1]);
      if (mix[0]![1] - mix[1]![1] < 4) continue; // too close to call at this sample size
      assert.equal(top(member.code), mix[0]![0], member.code);
      leaders.add(mix[0]![0]);
    }
    assert.ok(leaders.size >= 2, 'members differ in what they suffer most');
  });

  test('reports run up to the day the data is seeded: the last 12 months hold reports, nothing is dated after it', () => {
    assert.equal(until.toISOString(), '2026-03-15T00:00:00.000Z');
    const dates = (end: Date) => {
      const g = new ReportGenerator(TH, { seed: 5, reports: 400, until: end });
      return Array.from({ length: 400 }, () => g.report());
    };
    const reports = dates(until);
    const yearBefore = Date.UTC(2025, 2, 15);
    for (const r of reports) {
      assert.ok(r.reportedAt < until && r.createdAt <= until, `${r.reference} is not after the seed day`);
    }
    const lastYear = reports.filter((r) => r.reportedAt.getTime() >= yearBefore).length;
    // the rate grows over the period: more than half of the reports fall in its last 12 months
    assert.ok(lastYear > 200, `${lastYear} of 400 reports in the 12 months before the seed day`);
    assert.ok(
      reports.some((r) => r.reportedAt.getTime() >= until.getTime() - 7 * 86_400_000),
      'reports last week',
    );
    // the same seed and day give the same rows at any time of that day; another day moves them
    assert.deepEqual(
      dates(seedPeriodEnd(new Date('2026-03-15T23:59:59Z'))).map((r) => r.reportedAt.getTime()),
      reports.map((r) => r.reportedAt.getTime()),
    );
    assert.notDeepEqual(
      dates(seedPeriodEnd(new Date('2026-03-16T00:00:00Z'))).map((r) => r.reportedAt.getTime()),
      reports.map((r) => r.reportedAt.getTime()),
    );
  });

  test('syndicatePool: deterministic from the global seed, valid without a region, spread over members', () => {
    const a = syndicatePool(42);
    assert.equal(a.length, 2000);
    assert.deepEqual(syndicatePool(42), a);
    assert.notDeepEqual(
      syndicatePool(43).map((x) => x.value),
      a.map((x) => x.value),
    );
    const homes = new Set(a.map((x) => x.home).filter((h) => h !== null));
    assert.ok(homes.size >= 8, `phones and accounts from many members (got ${[...homes].join(', ')})`);
    const kinds = new Set(a.map((x) => x.kind));
    assert.equal(kinds.size, 7);
    for (const x of a) normalizeIndicator(x.kind, x.value); // throws on any value that needs a region
    assert.ok(a.some((x) => x.kind === 'CRYPTO_WALLET' && x.value.startsWith('TRON:T')));
  });
});

/** Reports in a stable order with everything but row ids, and the indicator digests: a content checksum. */
async function contentHash(db: NationalDatabase): Promise<{ hash: string; digests: Set<string>; reports: number }> {
  const q = db.dataSource.manager;
  const reports = (await q.query(
    `SELECT r.reference, r.reported_at, r.scam_type, r.channel, r.loss_minor, r.currency, r.status, r.province,
            v.full_name, v.phone, v.age
     FROM scam_report r LEFT JOIN victim v ON v.report_id = r.id ORDER BY r.reference`,
  )) as Record<string, unknown>[];
  const links = (await q.query(
    `SELECT r.reference, i.digest, ri.role FROM report_indicator ri
     JOIN scam_report r ON r.id = ri.report_id JOIN indicator i ON i.id = ri.indicator_id
     ORDER BY r.reference, i.digest, ri.role`,
  )) as Record<string, unknown>[];
  const digests = new Set(
    ((await q.query('SELECT digest FROM indicator')) as { digest: string }[]).map((r) => r.digest),
  );
  const normal = (rows: Record<string, unknown>[]) =>
    JSON.stringify(rows, (_k, v: unknown) =>
      v instanceof Date ? v.toISOString() : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v,
    );
  const hash = createHash('sha256').update(normal(reports)).update(normal(links)).digest('hex');
  return { hash, digests, reports: reports.length };
}

forEachDatabase('seedMember', (tdb) => {
  let db: NationalDatabase;
  before(async () => {
    db = await openDatabase(tdb.config);
  });
  after(() => db?.close());

  test('seeds the requested reports with victims, and counts what it wrote', async () => {
    const progress: number[] = [];
    const summary = await seedMember(db, TH, keyer, {
      reports: 300,
      seed: 7,
      reset: true,
      until: day,
      onProgress: (done) => progress.push(done),
    });
    assert.equal(summary.member, 'TH');
    assert.equal(summary.reports, 300);
    assert.equal(summary.victims, 300);
    assert.equal(progress.at(-1), 300);
    const count = async (table: string) =>
      Number(((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: unknown }[])[0]!.n);
    assert.equal(await count('scam_report'), 300);
    assert.equal(await count('victim'), 300);
    assert.equal(await count('indicator'), summary.indicators);
    assert.equal(await count('report_indicator'), summary.links);
    assert.ok(summary.links >= 300 && summary.links <= 1200);
    // reuse: a mule market, not one fresh indicator per report
    assert.ok(summary.indicators < summary.links, `${summary.indicators} indicators for ${summary.links} links`);
    const currencies = (await db.dataSource.query('SELECT DISTINCT currency FROM scam_report')) as {
      currency: string;
    }[];
    assert.deepEqual(currencies, [{ currency: TH.currency }]);
    // stored up to the seed day, not after it
    const [latest] = (await db.dataSource.query('SELECT MAX(reported_at) AS at FROM scam_report')) as { at: unknown }[];
    const at = readDate(latest!.at);
    assert.ok(at < until && at.getTime() > until.getTime() - 30 * 86_400_000, at.toISOString());
  });

  test('same seed -> same content and digests; another member -> other data, sharing only syndicate indicators', async () => {
    await seedMember(db, TH, keyer, { reports: 300, seed: 7, reset: true, until: day });
    const first = await contentHash(db);
    await seedMember(db, TH, keyer, { reports: 300, seed: 7, reset: true, until: day });
    const again = await contentHash(db);
    assert.equal(again.hash, first.hash);
    assert.deepEqual(again.digests, first.digests);

    await seedMember(db, TH, keyer, { reports: 300, seed: 8, reset: true, until: day });
    assert.notEqual((await contentHash(db)).hash, first.hash, 'another seed gives other data');

    const kh = await seedMember(db, KH, keyer, { reports: 300, seed: 7, reset: true, until: day });
    const other = await contentHash(db);
    assert.notEqual(other.hash, first.hash);
    const shared = [...other.digests].filter((d) => first.digests.has(d));
    const pool = new Set(await keyer.digests(syndicatePool(7).map((x) => normalizeIndicator(x.kind, x.value))));
    assert.ok(shared.length >= 2, `TH and KH share cross-border indicators (got ${shared.length})`);
    for (const d of shared) assert.ok(pool.has(d), 'members share nothing but syndicate indicators');
    assert.ok(kh.crossBorderIndicators >= shared.length);
  });

  test('refuses a non-empty database without reset and leaves it as it was', async () => {
    await seedMember(db, TH, keyer, { reports: 300, seed: 7, reset: true, until: day });
    const before = await contentHash(db);
    await assert.rejects(
      seedMember(db, TH, keyer, { reports: 50, seed: 9 }),
      (e: unknown) =>
        e instanceof SeedRefusedError && /not empty \(300 reports/.test(e.message) && /reset/.test(e.message),
    );
    assert.equal((await contentHash(db)).hash, before.hash);
  });
});
