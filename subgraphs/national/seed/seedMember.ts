/**
 * Fills one member's database with synthetic reports: realistic for that member (its phone ranges, banks,
 * currency, provinces, scam and channel mix), deterministic from the seed, and sharing a syndicate pool
 * with every other member seeded from the same seed. Everything runs in ONE transaction: a failed or
 * interrupted seed leaves the database as it was, old rows included when resetting.
 */
import { type Member } from '../../../schema/registry.js';
import { type CanonicalIndicator, normalizeIndicator } from '../../../shared/indicators/index.js';
import { type IndicatorKeyer } from '../../../shared/keying/IndicatorKeyer.js';
import { Dialect, readNumber } from '../db/dialect.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { type Sql } from '../db/sql.js';
import { assistanceRequest, insertRow } from '../db/tables/index.js';
import { type ReportRecord } from '../import/ReportRecord.js';
import { ReportWriter } from '../import/ReportWriter.js';
import type { RequestRow } from '../requests/requestParents.js';
import { ReportGenerator, seedPeriodEnd, type SyntheticReport } from './ReportGenerator.js';
import { type HeldIndicatorRow, syntheticRequests } from './syntheticRequests.js';

export interface SeedOptions {
  reports: number;
  seed: number;
  /** Delete the member's reports, victims and indicators first (in the same transaction). */
  reset?: boolean;
  /** Called after each batch with reports written so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called after each keying request with values keyed so far in the current batch. */
  onKeying?: (done: number, total: number) => void;
  /**
   * The day the data is seeded (default: today, UTC): reports spread over the 24 months before the start of
   * that day (seedPeriodEnd). The same seed and day give the same rows; pass a fixed day for rows that never
   * change (the benchmark, tests comparing digests across runs).
   */
  until?: Date;
  /**
   * Synthetic requests for assistance addressed to this member (default 0), about indicators it holds, for
   * the dashboard's inbox, outboxes and service levels (syntheticRequests.ts).
   */
  requests?: number;
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
  /** Synthetic requests for assistance written. */
  requests: number;
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
const memberTables = [
  'assistance_request',
  'indicator_change',
  'scam_report_revision',
  'report_indicator',
  'victim',
  'scam_report',
  'indicator',
] as const;
/** The indicators synthetic requests are about: the member's first ones, a stable choice for a seed and key. */
const requestSubjects = 200;

export async function seedMember(
  db: NationalDatabase,
  member: Member,
  keyer: IndicatorKeyer,
  options: SeedOptions,
): Promise<SeedSummary> {
  const { reports, seed } = options;
  if (!Number.isSafeInteger(reports) || reports < 0)
    throw new RangeError(`reports must be a whole number >= 0, got ${reports}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const started = performance.now();
  const until = seedPeriodEnd(options.until ?? new Date());
  const generator = new ReportGenerator(member, { seed, reports, until });
  /** `${kind}\0${value}` -> canonical form; `${kind}\0${canonical}` -> digest, for values keyed already. */
  const canonicals = new Map<string, CanonicalIndicator>();
  const digests = new Map<string, string>();
  const syndicateDigests = new Set<string>();

  const normalise = (x: SyntheticReport['indicators'][number]): CanonicalIndicator => {
    const cacheKey = `${x.kind}\u0000${x.value}`;
    let c = canonicals.get(cacheKey);
    if (!c) {
      try {
        c = normalizeIndicator(x.kind, x.value, { region: member.code });
      } catch (error) {
        // the generator or the member's profile made a value normalisation refuses: say which, not where
        throw new Error(
          `${member.code}: synthetic ${x.kind} rejected (check its synthetic profile): ${(error as Error).message}`,
        );
      }
      canonicals.set(cacheKey, c);
    }
    return c;
  };

  /** A batch's reports as records: its new values keyed through the keyer in one go (blind, batched). */
  const toRecords = async (batch: readonly SyntheticReport[]): Promise<ReportRecord[]> => {
    const fresh = new Map<string, CanonicalIndicator>();
    for (const r of batch) {
      for (const x of r.indicators) {
        const c = normalise(x);
        const name = `${c.kind}\u0000${c.canonical}`;
        if (!digests.has(name)) fresh.set(name, c);
      }
    }
    const keyed = await keyer.digests([...fresh.values()], { onProgress: options.onKeying });
    [...fresh.keys()].forEach((name, i) => digests.set(name, keyed[i]!));
    return batch.map((r) => ({
      ...r,
      indicators: r.indicators.map((x) => {
        const c = normalise(x);
        const digest = digests.get(`${c.kind}\u0000${c.canonical}`)!;
        if (x.syndicate) syndicateDigests.add(digest);
        return { kind: c.kind, canonical: c.canonical, digest, role: x.role };
      }),
    }));
  };

  const totals = await db.dataSource.transaction(async (manager) => {
    const existing = await rowCounts(manager);
    if (existing.reports > 0 || existing.indicators > 0) {
      if (!options.reset) throw new SeedRefusedError(member.code, existing);
      for (const table of memberTables) await manager.query(`DELETE FROM ${table}`);
    }
    const writer = new ReportWriter(manager, db.type);
    const batchSize = batchSizeFor(reports);
    for (let done = 0; done < reports;) {
      const batch: SyntheticReport[] = [];
      while (batch.length < batchSize && done < reports) {
        batch.push(generator.report());
        done++;
      }
      await writer.write(await toRecords(batch));
      options.onProgress?.(done, reports);
    }
    let requests = 0;
    if (options.requests) {
      const dialect = new Dialect(db.type);
      const held = (await manager.query(
        `SELECT kind, digest, reference FROM indicator ORDER BY id LIMIT ${requestSubjects}`,
      )) as HeldIndicatorRow[];
      for (const r of syntheticRequests(member, held, { seed, count: options.requests, until })) {
        const { text, params } = dialect.render(insertRequest(r));
        await manager.query(text, params);
        requests++;
      }
    }
    return { ...writer.totals, requests };
  });

  return {
    member: member.code,
    reports: totals.reports,
    victims: totals.victims,
    indicators: totals.indicatorsNew + totals.indicatorsReused,
    crossBorderIndicators: syndicateDigests.size,
    links: totals.links,
    requests: totals.requests,
    elapsedMs: performance.now() - started,
  };
}

/** A request with its whole history, as the node would have stored it after its moves. */
function insertRequest(r: RequestRow): Sql {
  return insertRow(assistanceRequest, r);
}

async function rowCounts(manager: {
  query(sql: string): Promise<unknown>;
}): Promise<{ reports: number; indicators: number }> {
  const rows = (await manager.query(
    'SELECT (SELECT COUNT(*) FROM scam_report) AS reports, (SELECT COUNT(*) FROM indicator) AS indicators',
  )) as { reports: unknown; indicators: unknown }[];
  return { reports: readNumber(rows[0]?.reports), indicators: readNumber(rows[0]?.indicators) };
}
