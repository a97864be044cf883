/**
 * Writes reports inside the caller's transaction: new reports in bulk (a few statements per thousands of
 * rows, see bulkInsert.ts), and updates and withdrawals through applyUpdates, the ONE function that changes
 * a stored report. Indicator ids are remembered by digest, so a mule account reported 500 times is looked up
 * and inserted once. Ids come back through RETURNING (SQLite >= 3.35, PostgreSQL) and are matched by the
 * unique reference / digest, never by row order, which neither database promises for RETURNING.
 */
import { type EntityManager } from 'typeorm';
import { Dialect, readNumber, readString } from '../db/dialect.js';
import { invariant } from '../../../shared/errors.js';
import { anyOf, sql, type Sql } from '../db/sql.js';
import { newIndicatorReference } from '../db/indicatorReference.js';
import {
  indicator,
  type InsertOf,
  reportIndicator,
  scamReport,
  scamReportRevision,
  type TableSpec,
  victim,
} from '../db/tables/index.js';
import { bulkInsert, chunks, query } from './bulkInsert.js';
import { type AppliedChanges, linkSetKey, type ReportChange, type ReportVersion } from './ReportChange.js';
import { type IndicatorLink, type ReportRecord } from './ReportRecord.js';
import { recordIndicatorChanges } from '../feed/recordIndicatorChanges.js';

/** Digests per lookup statement (one JSON / array parameter either way). */
const lookupChunk = 5000;

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

  /** Inserts new reports; returns their ids by reference (empty on a dry run). */
  async write(records: readonly ReportRecord[]): Promise<Map<string, number>> {
    const reportIds = new Map<string, number>();
    if (records.length === 0) return reportIds;
    await this.resolveIndicators(records.flatMap((r) => r.indicators));
    this.counts.reports += records.length;
    this.counts.victims += records.filter((r) => r.victim).length;
    this.counts.links += records.reduce((n, r) => n + distinctLinks(r.indicators).length, 0);
    if (this.options.dryRun) return reportIds;
    const now = this.options.now ?? new Date();
    const inserted = await this.insert(
      scamReport,
      records.map((r) => ({
        reference: r.reference,
        reportedAt: r.reportedAt,
        scamType: r.scamType,
        channel: r.channel,
        lossMinor: r.lossMinor,
        currency: r.currency,
        status: r.status,
        province: r.province,
        createdAt: r.createdAt ?? now,
        withdrawnAt: null,
      })),
      'id, reference',
    );
    for (const row of inserted) reportIds.set(readString(row.reference), readNumber(row.id));
    const idOf = (r: ReportRecord): number => {
      const id = reportIds.get(r.reference);
      invariant(id !== undefined, `RETURNING gave no id for report ${r.reference}`);
      return id;
    };
    await this.insert(
      victim,
      records.flatMap((r) => (r.victim ? [{ reportId: idOf(r), ...r.victim }] : [])),
    );
    await this.insert(
      reportIndicator,
      records.flatMap((r) =>
        distinctLinks(r.indicators).map((l) => ({
          reportId: idOf(r),
          indicatorId: this.ids.get(l.digest)!,
          role: l.role,
        })),
      ),
    );
    // in the same transaction: the change feed shows these indicators exactly when their reports exist
    await recordIndicatorChanges(
      this.manager,
      records.flatMap((r) => r.indicators.map((l) => this.ids.get(l.digest)!)),
      now,
    );
    return reportIds;
  }

  /**
   * THE write path for changes to stored reports (import actions UPDATE, WITHDRAW, REINSTATE): each change
   * first stores the version it replaces in `scam_report_revision` (when, which import file digest and
   * line), then each report gets its final version and, if its indicator set changed, its new links.
   * Changes are in file order; several for one report end in its last. Returns the reports and indicators
   * touched (before or after), for whatever must learn of the change (the change feed). Nothing is written
   * on a dry run, and nothing is returned.
   */
  async applyUpdates(
    changes: readonly ReportChange[],
    source: { readonly importDigest: string },
  ): Promise<AppliedChanges> {
    if (changes.length === 0) return { reportIds: [], indicatorIds: [] };
    await this.resolveIndicators(changes.flatMap((c) => [...c.before.indicators, ...c.after.indicators]));
    if (this.options.dryRun) return { reportIds: [], indicatorIds: [] };
    const now = this.options.now ?? new Date();
    const linkIds = (v: ReportVersion) =>
      distinctLinks(v.indicators)
        .map((l): [number, string] => [this.ids.get(l.digest)!, l.role])
        .sort(([a, r], [b, s]) => a - b || (r < s ? -1 : r > s ? 1 : 0));
    await this.insert(
      scamReportRevision,
      changes.map((c) => {
        invariant(c.reportId > 0, `change of ${c.reference} has no report id`);
        const b = c.before;
        return {
          reportId: c.reportId,
          action: c.action,
          reportedAt: b.reportedAt,
          scamType: b.scamType,
          channel: b.channel,
          lossMinor: b.lossMinor,
          currency: b.currency,
          status: b.status,
          province: b.province,
          withdrawnAt: b.withdrawnAt,
          indicators: JSON.stringify(linkIds(b)),
          revisedAt: now,
          importDigest: source.importDigest,
          importLine: c.line,
        };
      }),
    );
    const first = new Map<number, ReportVersion>();
    const last = new Map<number, ReportVersion>();
    const indicatorIds = new Set<number>();
    for (const c of changes) {
      if (!first.has(c.reportId)) first.set(c.reportId, c.before);
      last.set(c.reportId, c.after);
      for (const [id] of [...linkIds(c.before), ...linkIds(c.after)]) indicatorIds.add(id);
    }
    const relinked: InsertOf<typeof reportIndicator>[] = [];
    for (const [id, a] of last) {
      await this.run(sql`UPDATE scam_report SET reported_at = ${a.reportedAt}, scam_type = ${a.scamType},
        channel = ${a.channel}, loss_minor = ${a.lossMinor}, currency = ${a.currency}, status = ${a.status},
        province = ${a.province}, withdrawn_at = ${a.withdrawnAt} WHERE id = ${id}`);
      if (linkSetKey(first.get(id)!.indicators) !== linkSetKey(a.indicators)) {
        await this.run(sql`DELETE FROM report_indicator WHERE report_id = ${id}`);
        relinked.push(...linkIds(a).map(([indicatorId, role]) => ({ reportId: id, indicatorId, role })));
      }
    }
    await this.insert(reportIndicator, relinked);
    // in the same transaction: the change feed shows a correction or a withdrawal exactly when it is stored
    for (const reason of ['UPDATE', 'WITHDRAWAL'] as const) {
      const ids = changes
        .filter((c) => (c.action === 'WITHDRAW') === (reason === 'WITHDRAWAL'))
        .flatMap((c) => [...linkIds(c.before), ...linkIds(c.after)].map(([id]) => id));
      await recordIndicatorChanges(this.manager, ids, now, reason);
    }
    const ascending = (a: number, b: number) => a - b;
    return { reportIds: [...last.keys()].sort(ascending), indicatorIds: [...indicatorIds].sort(ascending) };
  }

  /**
   * The ids of these indicators by digest, inserting those the node does not hold yet (with no report:
   * test fixtures hold an indicator nobody reported this way). Placeholder -1 on a dry run.
   */
  async indicatorIds(links: readonly IndicatorLink[]): Promise<Map<string, number>> {
    await this.resolveIndicators(links);
    return new Map(links.map((l) => [l.digest, this.ids.get(l.digest)!]));
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
      indicator,
      // a random reference per indicator, never the row id (db/indicatorReference.ts)
      // the generation from the digest itself: the keying service's current one, whatever a keyer assumed
      // before its first answer (a seed after a key rotation's switch keys with the new one)
      fresh.map((l) => ({
        kind: l.kind,
        canonical: l.canonical,
        digest: l.digest,
        keyId: l.digest.slice(0, l.digest.indexOf(':')),
        reference: newIndicatorReference(),
      })),
      'id, digest',
    );
    for (const row of rows) this.ids.set(readString(row.digest), readNumber(row.id));
  }

  private insert<T extends TableSpec>(table: T, rows: readonly InsertOf<T>[], returning?: string) {
    return bulkInsert(this.manager, this.dialect, table, rows, returning);
  }

  private async run(q: Sql): Promise<Record<string, unknown>[]> {
    const { text, params } = this.dialect.render(q);
    return query(this.manager, text, params);
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
