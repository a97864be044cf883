/**
 * Writes validated reports in bulk, inside the caller's transaction: a few statements per thousands of
 * rows (multi-row VALUES on SQLite, one array per column through unnest() on PostgreSQL) instead of one
 * per row, so 100,000 reports take seconds; indicator ids are remembered by digest, so a mule account
 * reported 500 times is looked up and inserted once. Ids come back through RETURNING (SQLite >= 3.35,
 * PostgreSQL) and are matched by the unique reference / digest, never by row order, which neither
 * database promises for RETURNING.
 */
import { DateUtils, type EntityManager } from 'typeorm';
import { Dialect, readNumber, readString } from '../db/dialect.js';
import { invariant } from '../../shared/errors.js';
import { anyOf, sql, type Sql } from '../db/sql.js';
import { newIndicatorReference } from '../db/indicatorReference.js';
import { type IndicatorLink, type ReportRecord } from './ReportRecord.js';

/** Bound parameters per SQLite INSERT: under its 32,766 limit, and statements small enough to prepare fast. */
const sqliteParameters = 16000;
/** Rows per PostgreSQL INSERT: one array parameter per column, so only statement size bounds it. */
const postgresRows = 10_000;
/** Digests per lookup statement (one JSON / array parameter either way). */
const lookupChunk = 5000;

interface Column {
  readonly name: string;
  /** The column's type for PostgreSQL's unnest() casts. */
  readonly pgType: string;
}

const reportColumns: readonly Column[] = [
  { name: 'reference', pgType: 'varchar' },
  { name: 'reported_at', pgType: 'timestamptz' },
  { name: 'scam_type', pgType: 'varchar' },
  { name: 'channel', pgType: 'varchar' },
  { name: 'loss_minor', pgType: 'bigint' },
  { name: 'currency', pgType: 'varchar' },
  { name: 'status', pgType: 'varchar' },
  { name: 'province', pgType: 'varchar' },
  { name: 'created_at', pgType: 'timestamptz' },
];
const indicatorColumns: readonly Column[] = [
  { name: 'kind', pgType: 'varchar' },
  { name: 'canonical', pgType: 'varchar' },
  { name: 'digest', pgType: 'varchar' },
  { name: 'key_id', pgType: 'varchar' },
  { name: 'reference', pgType: 'varchar' },
];
const victimColumns: readonly Column[] = [
  { name: 'report_id', pgType: 'integer' },
  { name: 'full_name', pgType: 'varchar' },
  { name: 'phone', pgType: 'varchar' },
  { name: 'email', pgType: 'varchar' },
  { name: 'id_number', pgType: 'varchar' },
  { name: 'age', pgType: 'integer' },
];
const linkColumns: readonly Column[] = [
  { name: 'report_id', pgType: 'integer' },
  { name: 'indicator_id', pgType: 'integer' },
  { name: 'role', pgType: 'varchar' },
];

export interface WriterCounts {
  reports: number;
  victims: number;
  links: number;
  /** Distinct indicators this writer inserted. */
  indicatorsNew: number;
  /** Distinct indicators already in the database that this writer linked to. */
  indicatorsReused: number;
}

export class ReportWriter {
  private readonly dialect: Dialect;
  /** digest -> indicator id, for every indicator this writer has seen (inserted or found). */
  private readonly ids = new Map<string, number>();
  private readonly created = new Set<string>();
  private readonly reused = new Set<string>();
  private readonly counts = { reports: 0, victims: 0, links: 0 };

  constructor(
    private readonly manager: EntityManager,
    type: 'sqlite' | 'postgres',
    private readonly options: { dryRun?: boolean; now?: Date } = {},
  ) {
    this.dialect = new Dialect(type);
  }

  get totals(): WriterCounts {
    return { ...this.counts, indicatorsNew: this.created.size, indicatorsReused: this.reused.size };
  }

  /** Whether a digest was first inserted by this writer (the seed counts cross-border indicators with it). */
  isNew(digest: string): boolean {
    return this.created.has(digest);
  }

  async write(records: readonly ReportRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.resolveIndicators(records.flatMap((r) => r.indicators));
    this.counts.reports += records.length;
    this.counts.victims += records.filter((r) => r.victim).length;
    this.counts.links += records.reduce((n, r) => n + distinctLinks(r.indicators).length, 0);
    if (this.options.dryRun) return;
    const now = this.options.now ?? new Date();
    const reportIds = new Map<string, number>();
    const inserted = await this.insert(
      'scam_report',
      reportColumns,
      records.map((r) => [
        r.reference,
        r.reportedAt,
        r.scamType,
        r.channel,
        r.lossMinor,
        r.currency,
        r.status,
        r.province,
        r.createdAt ?? now,
      ]),
      'id, reference',
    );
    for (const row of inserted) reportIds.set(readString(row.reference), readNumber(row.id));
    const idOf = (r: ReportRecord): number => {
      const id = reportIds.get(r.reference);
      invariant(id !== undefined, `RETURNING gave no id for report ${r.reference}`);
      return id;
    };
    await this.insert(
      'victim',
      victimColumns,
      records.flatMap((r) => {
        const v = r.victim;
        return v ? [[idOf(r), v.fullName, v.phone, v.email, v.idNumber, v.age]] : [];
      }),
    );
    await this.insert(
      'report_indicator',
      linkColumns,
      records.flatMap((r) => distinctLinks(r.indicators).map((l) => [idOf(r), this.ids.get(l.digest)!, l.role])),
    );
  }

  /** Finds the ids of indicators already stored and inserts the others. */
  private async resolveIndicators(links: readonly IndicatorLink[]): Promise<void> {
    const unknown = new Map<string, IndicatorLink>();
    for (const l of links) {
      if (this.ids.has(l.digest)) {
        if (!this.created.has(l.digest)) this.reused.add(l.digest);
      } else unknown.set(l.digest, l);
    }
    if (unknown.size === 0) return;
    for (const chunk of chunks([...unknown.keys()], lookupChunk)) {
      // an alias too: during a key rotation a value keyed under the new generation may be stored under the old
      const rows = await this.run(sql`SELECT id, digest FROM indicator WHERE digest ${anyOf(chunk, 'text')}
        UNION ALL SELECT indicator_id AS id, digest FROM indicator_alias WHERE digest ${anyOf(chunk, 'text')}`);
      for (const row of rows) {
        const digest = readString(row.digest);
        this.ids.set(digest, readNumber(row.id));
        this.reused.add(digest);
        unknown.delete(digest);
      }
    }
    const fresh = [...unknown.values()];
    for (const l of fresh) this.created.add(l.digest);
    if (this.options.dryRun) {
      // nothing is written; a placeholder id keeps later batches from counting the indicator twice
      for (const l of fresh) this.ids.set(l.digest, -1);
      return;
    }
    const rows = await this.insert(
      'indicator',
      indicatorColumns,
      // a random reference per indicator, never the row id (db/indicatorReference.ts)
      // the generation from the digest itself: the keying service's current one, whatever a keyer assumed
      // before its first answer (a seed after a key rotation's switch keys with the new one)
      fresh.map((l) => [
        l.kind,
        l.canonical,
        l.digest,
        l.digest.slice(0, l.digest.indexOf(':')),
        newIndicatorReference(),
      ]),
      'id, digest',
    );
    for (const row of rows) this.ids.set(readString(row.digest), readNumber(row.id));
  }

  /**
   * Bulk INSERT of `rows` (values in `columns` order), in chunks. SQLite gets multi-row VALUES lists;
   * PostgreSQL gets one array parameter per column through unnest(), so a chunk is a handful of parameters
   * however many rows it has, and the server parses one short statement instead of thousands of tuples.
   */
  private async insert(
    table: string,
    columns: readonly Column[],
    rows: readonly (readonly unknown[])[],
    returning?: string,
  ): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    const head = `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})`;
    const tail = returning ? ` RETURNING ${returning}` : '';
    if (this.dialect.type === 'postgres') {
      const arrays = columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(', ');
      for (const chunk of chunks(rows, postgresRows)) {
        const params = columns.map((_, i) => chunk.map((row) => row[i]));
        out.push(...(await this.query(`${head} SELECT * FROM unnest(${arrays})${tail}`, params)));
      }
      return out;
    }
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (const chunk of chunks(rows, Math.floor(sqliteParameters / columns.length))) {
      // the same text for every full chunk: better-sqlite3 statements are prepared once and reused
      const text = `${head} VALUES ${Array.from(chunk, () => tuple).join(', ')}${tail}`;
      out.push(
        ...(await this.query(
          text,
          chunk.flatMap((row) => row.map(sqliteValue)),
        )),
      );
    }
    return out;
  }

  private async run(query: Sql): Promise<Record<string, unknown>[]> {
    const { text, params } = this.dialect.render(query);
    return this.query(text, params);
  }

  private async query(text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    const result: unknown = await this.manager.query(text, params);
    return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
  }
}

/** One link per (indicator, role): the same value twice in one report in one role is one fact. */
function distinctLinks(links: readonly IndicatorLink[]): IndicatorLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = `${l.digest}\u0000${l.role}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** better-sqlite3 cannot bind a Date: TypeORM's own UTC text form, which the rest of the node reads. */
function sqliteValue(value: unknown): unknown {
  return value instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(value) : value;
}
