/**
 * Every read the national GraphQL layer makes, each as ONE SQL statement whatever the batch size (a
 * 10,000-indicator screen is one statement, not 10,000 or 10 chunks), so a per-request DataLoader over these
 * methods gives the federation's "one `_entities` call, one query" path. Plain SQL through the dialect
 * (see dialect.ts) runs unchanged on SQLite and PostgreSQL.
 *
 * Conventions: a key with nothing found is absent from the returned map (the caller writes `?? []` or
 * `?? null`); an empty batch returns an empty map without a statement. The store never reads the victim
 * table: victims' personal data never leaves the node, and no method here could leak it by accident. Every
 * method reads reports through `countedReport` (reportRow.ts): a withdrawn report is in no answer.
 */
import { type Member } from '../../../schema/registry.js';
import { invariant } from '../../../shared/errors.js';
import { Dialect, readDate, readNumber, readString } from './dialect.js';
import { foldStats } from './foldStats.js';
import { MoneyTotals } from './MoneyTotals.js';
import { type NationalDatabase } from './openDatabase.js';
import { decodeReportCursor, encodeReportCursor } from './reportCursor.js';
import { countedReport, reportColumns, reportFromRow } from './reportRow.js';
import {
  type LinkRow,
  type NationalStatsRow,
  type ReportFilter,
  type ReportPage,
  type ReportRow,
  type SightingRow,
  type TopIndicatorRow,
} from './rows.js';
import { anyOf, joinSql, raw, type Sql, sql } from './sql.js';

type Row = Record<string, unknown>;

export class NationalStore {
  private readonly dialect: Dialect;

  constructor(
    private readonly db: NationalDatabase,
    readonly member: Member,
  ) {
    this.dialect = new Dialect(db.type);
  }

  /**
   * What this node knows about each digest. One statement grouped by indicator and by (scam type, channel,
   * currency); folding those few groups per digest here is cheaper than string-aggregating in two dialects.
   * `hit` de-duplicates (indicator, report) first: an indicator linked to a report in two roles counts once.
   */
  async sightings(digests: readonly string[]): Promise<Map<string, SightingRow>> {
    const out = new Map<string, SightingRow>();
    if (digests.length === 0) return out;
    const rows = await this.all(sql`
      WITH hit AS (
        SELECT DISTINCT i.id AS indicator_id, i.digest, i.kind, i.reference, ri.report_id
        FROM indicator i JOIN report_indicator ri ON ri.indicator_id = i.id
        WHERE i.digest ${anyOf(digests, 'text')}
      )
      SELECT h.digest, h.kind, h.indicator_id, h.reference, r.scam_type, r.channel, r.currency,
        COUNT(*) AS report_count, SUM(r.loss_minor) AS loss_minor,
        MIN(r.reported_at) AS first_seen, MAX(r.reported_at) AS last_seen
      FROM hit h JOIN scam_report r ON r.id = h.report_id
      WHERE ${countedReport}
      GROUP BY h.digest, h.kind, h.indicator_id, h.reference, r.scam_type, r.channel, r.currency`);
    const folding = new Map<
      string,
      { row: SightingRow; losses: MoneyTotals; types: Set<string>; chans: Set<string> }
    >();
    for (const g of rows) {
      const digest = readString(g.digest);
      const firstSeen = readDate(g.first_seen);
      const lastSeen = readDate(g.last_seen);
      let f = folding.get(digest);
      if (!f) {
        const row: SightingRow = {
          digest,
          kind: readString(g.kind),
          indicatorId: readNumber(g.indicator_id),
          reference: readString(g.reference),
          reportCount: 0,
          firstSeen,
          lastSeen,
          losses: [],
          scamTypes: [],
          channels: [],
        };
        f = { row, losses: new MoneyTotals(), types: new Set(), chans: new Set() };
        folding.set(digest, f);
      }
      f.row.reportCount += readNumber(g.report_count);
      if (firstSeen < f.row.firstSeen) f.row.firstSeen = firstSeen;
      if (lastSeen > f.row.lastSeen) f.row.lastSeen = lastSeen;
      f.losses.add(readString(g.currency), g.loss_minor);
      f.types.add(readString(g.scam_type));
      f.chans.add(readString(g.channel));
    }
    for (const [digest, f] of folding) {
      out.set(digest, {
        ...f.row,
        losses: f.losses.list(),
        scamTypes: [...f.types].sort(),
        channels: [...f.chans].sort(),
      });
    }
    return out;
  }

  /** The digest of each stored reference (db/indicatorReference.ts), for looking a sighting up by it. */
  async digestsByReference(references: readonly string[]): Promise<Map<string, string>> {
    if (references.length === 0) return new Map();
    const rows = await this.all(
      sql`SELECT reference, digest FROM indicator WHERE reference ${anyOf(references, 'text')}`,
    );
    return new Map(rows.map((row) => [readString(row.reference), readString(row.digest)]));
  }

  /** The newest `limit` reports of each digest (reported_at DESC, id DESC), one window-function statement. */
  async recentReports(digests: readonly string[], limit: number): Promise<Map<string, ReportRow[]>> {
    invariant(Number.isSafeInteger(limit) && limit >= 0, 'recentReports: limit must be a whole number >= 0');
    const out = new Map<string, ReportRow[]>();
    if (digests.length === 0 || limit === 0) return out;
    const rows = await this.all(sql`
      WITH hit AS (
        SELECT DISTINCT i.digest, ri.report_id
        FROM indicator i JOIN report_indicator ri ON ri.indicator_id = i.id
        WHERE i.digest ${anyOf(digests, 'text')}
      ),
      ranked AS (
        SELECT h.digest, ${reportColumns},
          ROW_NUMBER() OVER (PARTITION BY h.digest ORDER BY r.reported_at DESC, r.id DESC) AS rn
        FROM hit h JOIN scam_report r ON r.id = h.report_id
        WHERE ${countedReport}
      )
      SELECT * FROM ranked WHERE rn <= ${limit} ORDER BY digest, rn`);
    for (const row of rows) push(out, readString(row.digest), reportFromRow(row));
    return out;
  }

  async reportsByReference(references: readonly string[]): Promise<Map<string, ReportRow>> {
    if (references.length === 0) return new Map();
    const rows = await this.all(
      sql`SELECT ${reportColumns} FROM scam_report r
          WHERE r.reference ${anyOf(references, 'text')} AND ${countedReport}`,
    );
    return new Map(rows.map((row) => [readString(row.reference), reportFromRow(row)]));
  }

  async reportsById(ids: readonly number[]): Promise<Map<number, ReportRow>> {
    // an id that is not a whole number names no report; leaving it out keeps it from reaching SQL
    const valid = ids.filter((id) => Number.isSafeInteger(id));
    if (valid.length === 0) return new Map();
    const rows = await this.all(
      sql`SELECT ${reportColumns} FROM scam_report r WHERE r.id ${anyOf(valid, 'integer')} AND ${countedReport}`,
    );
    return new Map(rows.map((row) => [readNumber(row.id), reportFromRow(row)]));
  }

  /** Each report's indicators (as kind + digest, never the canonical value), ordered by role then kind. */
  async linksByReportIds(ids: readonly number[]): Promise<Map<number, LinkRow[]>> {
    const valid = ids.filter((id) => Number.isSafeInteger(id));
    const out = new Map<number, LinkRow[]>();
    if (valid.length === 0) return out;
    const rows = await this.all(sql`
      SELECT ri.report_id, i.kind, i.digest, ri.role
      FROM report_indicator ri JOIN indicator i ON i.id = ri.indicator_id
      JOIN scam_report r ON r.id = ri.report_id
      WHERE ri.report_id ${anyOf(valid, 'integer')} AND ${countedReport}
      ORDER BY ri.report_id, ri.role, i.kind, i.digest`);
    for (const row of rows) {
      const reportId = readNumber(row.report_id);
      push(out, reportId, {
        reportId,
        kind: readString(row.kind),
        digest: readString(row.digest),
        role: readString(row.role),
      });
    }
    return out;
  }

  /**
   * A page of reports, newest first, keyset-paginated on (reported_at, id) so deep pages cost what the
   * first does. ONE statement: the filter's count is LEFT JOINed to the page, so an empty page still
   * carries the total. Reads `first + 1` rows to know whether another page follows.
   */
  async searchReports(filter: ReportFilter, first: number, after?: string | null): Promise<ReportPage> {
    invariant(Number.isSafeInteger(first) && first >= 0, 'searchReports: first must be a whole number >= 0');
    const position = after === undefined || after === null ? null : decodeReportCursor(after);
    const where = this.reportFilter(filter);
    const keyset = position ? sql` AND (r.reported_at, r.id) < (${position.reportedAt}, ${position.id})` : raw('');
    const rows = await this.all(sql`
      SELECT t.total_count, p.*
      FROM (SELECT COUNT(*) AS total_count FROM scam_report r WHERE ${where}) t
      LEFT JOIN (
        SELECT ${reportColumns} FROM scam_report r
        WHERE ${where}${keyset}
        ORDER BY r.reported_at DESC, r.id DESC
        LIMIT ${first + 1}
      ) p ON 1 = 1
      ORDER BY p.reported_at DESC, p.id DESC`);
    const totalCount = readNumber(rows[0]?.total_count ?? 0);
    const found = rows.filter((row) => row.id !== null && row.id !== undefined).map(reportFromRow);
    const page = found.slice(0, first);
    const last = page.at(-1);
    return {
      rows: page,
      hasNextPage: found.length > first,
      endCursor: last ? encodeReportCursor(last) : null,
      totalCount,
    };
  }

  /**
   * Totals and breakdowns for [from, to), counted and summed in SQL in one GROUP BY over
   * (scam type, channel, UTC month, currency); foldStats adds the groups up.
   */
  async stats(from?: Date, to?: Date): Promise<NationalStatsRow> {
    const month = raw(this.dialect.month('r.reported_at'));
    const rows = await this.all(sql`
      SELECT r.scam_type, r.channel, ${month} AS month, r.currency,
        COUNT(*) AS report_count, SUM(r.loss_minor) AS loss_minor
      FROM scam_report r
      WHERE ${this.reportFilter({ from, to })}
      GROUP BY r.scam_type, r.channel, ${month}, r.currency`);
    return foldStats(rows);
  }

  /**
   * The member's most reported indicators in a period, as digests: what the hub intersects across members
   * to find the cross-border hot list without any member revealing its full indicator set. One statement.
   */
  async topIndicators(from: Date | undefined, to: Date | undefined, limit: number): Promise<TopIndicatorRow[]> {
    invariant(Number.isSafeInteger(limit) && limit >= 0, 'limit must be a whole number');
    if (limit === 0) return [];
    const rows = await this.all(sql`
      SELECT i.digest, i.kind, COUNT(DISTINCT ri.report_id) AS report_count
      FROM report_indicator ri
      JOIN scam_report r ON r.id = ri.report_id
      JOIN indicator i ON i.id = ri.indicator_id
      WHERE ${this.reportFilter({ from, to })}
      GROUP BY i.digest, i.kind
      ORDER BY report_count DESC, i.digest
      LIMIT ${limit}`);
    return rows.map((row) => ({
      digest: readString(row.digest),
      kind: readString(row.kind),
      reportCount: readNumber(row.report_count),
    }));
  }

  /**
   * Every indicator named in the period with its distinct reports, for the correlation's fingerprints: one
   * statement, grouped on the integer indicator id (the (indicator_id, report_id) index serves it in order)
   * and joined to the indicator table once per indicator, not per link, and unsorted.
   */
  async periodIndicators(from: Date | undefined, to: Date | undefined): Promise<TopIndicatorRow[]> {
    const rows = await this.all(sql`
      SELECT i.digest, i.kind, c.report_count
      FROM (
        SELECT ri.indicator_id, COUNT(DISTINCT ri.report_id) AS report_count
        FROM report_indicator ri JOIN scam_report r ON r.id = ri.report_id
        WHERE ${this.reportFilter({ from, to })}
        GROUP BY ri.indicator_id
      ) c JOIN indicator i ON i.id = c.indicator_id`);
    return rows.map((row) => ({
      digest: readString(row.digest),
      kind: readString(row.kind),
      reportCount: readNumber(row.report_count),
    }));
  }

  /** Absent and null criteria match everything (GraphQL hands over nulls for omitted inputs) but withdrawn reports. */
  private reportFilter(filter: ReportFilter): Sql {
    const conditions: Sql[] = [countedReport];
    if (filter.from != null) conditions.push(sql`r.reported_at >= ${filter.from}`);
    if (filter.to != null) conditions.push(sql`r.reported_at < ${filter.to}`);
    if (filter.scamType != null) conditions.push(sql`r.scam_type = ${filter.scamType}`);
    if (filter.channel != null) conditions.push(sql`r.channel = ${filter.channel}`);
    if (filter.minLossMinor != null) {
      invariant(Number.isSafeInteger(filter.minLossMinor), 'minLossMinor must be whole hundredths');
      conditions.push(sql`r.loss_minor >= ${filter.minLossMinor}`);
    }
    if (filter.status != null) conditions.push(sql`r.status = ${filter.status}`);
    if (filter.province != null) conditions.push(sql`r.province = ${filter.province}`);
    if (filter.indicatorKind != null) {
      conditions.push(sql`EXISTS (
        SELECT 1 FROM report_indicator ri JOIN indicator i ON i.id = ri.indicator_id
        WHERE ri.report_id = r.id AND i.kind = ${filter.indicatorKind})`);
    }
    return joinSql(conditions, ' AND ');
  }

  private async all(query: Sql): Promise<Row[]> {
    const { text, params } = this.dialect.render(query);
    return (await this.db.dataSource.query(text, params)) as Row[];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
