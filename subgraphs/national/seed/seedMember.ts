/**
 * Fills one member's database with synthetic reports: realistic for that member (its phone ranges, banks,
 * currency, provinces, scam and channel mix), deterministic from the seed, and sharing a syndicate pool
 * with every other member seeded from the same seed. Everything runs in ONE transaction: a failed or
 * interrupted seed leaves the database as it was, old rows included when resetting.
 */
import { type Member } from '../../../schema/registry.js';
import { type IndicatorKey } from '../../shared/indicatorKey.js';
import { type KeyedIndicator, keyIndicator } from '../../shared/indicators/index.js';
import { readNumber } from '../db/dialect.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { type ReportRecord } from '../import/ReportRecord.js';
import { ReportWriter } from '../import/ReportWriter.js';
import { ReportGenerator, type SyntheticReport } from './ReportGenerator.js';

export interface SeedOptions {
  reports: number;
  seed: number;
  /** Delete the member's reports, victims and indicators first (in the same transaction). */
  reset?: boolean;
  /** Called after each batch with reports written so far. */
  onProgress?: (done: number, total: number) => void;
  /** End of the synthetic period (default defaultSeedUntil); reports spread over the 24 months before it. */
  until?: Date;
}

export interface SeedSummary {
  member: string;
  reports: number;
  victims: number;
  /** Distinct indicators stored. */
  indicators: number;
  /** Distinct indicators that came from the cross-border syndicate pool. */
  crossBorderIndicators: number;
  links: number;
  elapsedMs: number;
}

/** The database already holds reports and no reset was asked for. */
export class SeedRefusedError extends Error {
  constructor(
    readonly member: string,
    readonly existing: { reports: number; indicators: number },
  ) {
    super(
      `${member} database is not empty (${existing.reports.toLocaleString('en')} reports, ` +
        `${existing.indicators.toLocaleString('en')} indicators); reset it (--reset) to replace them`,
    );
    this.name = 'SeedRefusedError';
  }
}

/** Reports per write: big enough for fast multi-row INSERTs, small enough for 10% progress steps. */
const batchSizeFor = (reports: number) => Math.min(2000, Math.max(100, Math.ceil(reports / 20)));
/** Child tables first: foreign keys must never point at a deleted row, even inside the transaction. */
const memberTables = ['report_indicator', 'victim', 'scam_report', 'indicator'] as const;

export async function seedMember(
  db: NationalDatabase,
  member: Member,
  key: IndicatorKey,
  options: SeedOptions,
): Promise<SeedSummary> {
  const { reports, seed } = options;
  if (!Number.isSafeInteger(reports) || reports < 0)
    throw new RangeError(`reports must be a whole number >= 0, got ${reports}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const started = performance.now();
  const generator = new ReportGenerator(member, { seed, reports, until: options.until });
  const keyed = new Map<string, KeyedIndicator>();
  const syndicateDigests = new Set<string>();

  const toRecord = (r: SyntheticReport): ReportRecord => ({
    ...r,
    indicators: r.indicators.map((x) => {
      const cacheKey = `${x.kind}\u0000${x.value}`;
      let k = keyed.get(cacheKey);
      if (!k) {
        try {
          k = keyIndicator(x.kind, x.value, key, { region: member.code });
        } catch (error) {
          // the generator or the member's profile made a value normalisation refuses: say which, not where
          throw new Error(
            `${member.code}: synthetic ${x.kind} rejected (check its synthetic profile): ${(error as Error).message}`,
          );
        }
        keyed.set(cacheKey, k);
      }
      if (x.syndicate) syndicateDigests.add(k.digest);
      return { kind: k.kind, canonical: k.canonical, digest: k.digest, role: x.role };
    }),
  });

  const totals = await db.dataSource.transaction(async (manager) => {
    const existing = await rowCounts(manager);
    if (existing.reports > 0 || existing.indicators > 0) {
      if (!options.reset) throw new SeedRefusedError(member.code, existing);
      for (const table of memberTables) await manager.query(`DELETE FROM ${table}`);
    }
    const writer = new ReportWriter(manager, db.type, key.id);
    const batchSize = batchSizeFor(reports);
    for (let done = 0; done < reports;) {
      const batch: ReportRecord[] = [];
      while (batch.length < batchSize && done < reports) {
        batch.push(toRecord(generator.report()));
        done++;
      }
      await writer.write(batch);
      options.onProgress?.(done, reports);
    }
    return writer.totals;
  });

  return {
    member: member.code,
    reports: totals.reports,
    victims: totals.victims,
    indicators: totals.indicatorsNew + totals.indicatorsReused,
    crossBorderIndicators: syndicateDigests.size,
    links: totals.links,
    elapsedMs: performance.now() - started,
  };
}

async function rowCounts(manager: {
  query(sql: string): Promise<unknown>;
}): Promise<{ reports: number; indicators: number }> {
  const rows = (await manager.query(
    'SELECT (SELECT COUNT(*) FROM scam_report) AS reports, (SELECT COUNT(*) FROM indicator) AS indicators',
  )) as { reports: unknown; indicators: unknown }[];
  return { reports: readNumber(rows[0]?.reports), indicators: readNumber(rows[0]?.indicators) };
}
