/**
 * One version of a report (what an UPDATE, WITHDRAW or REINSTATE may change) and one change from a version
 * to the next: what the import plans (planImport) and ReportWriter.applyUpdates writes, keeping the version
 * it replaced in `scam_report_revision`.
 */
import { type ChangeAction, type ReportFields } from './ImportRow.js';
import { type IndicatorLink, type LinkContent } from './ReportRecord.js';

export interface ReportVersion extends ReportFields {
  /** null while the report counts; the instant it was withdrawn otherwise. */
  readonly withdrawnAt: Date | null;
  readonly indicators: readonly IndicatorLink[];
}

export interface ReportChange {
  readonly reportId: number;
  readonly reference: string;
  /** The import file line that asked for the change (kept in the revision). */
  readonly line: number;
  readonly action: ChangeAction;
  readonly before: ReportVersion;
  readonly after: ReportVersion;
}

/** What applyUpdates changed: the change feed (issue 11) publishes these. */
export interface AppliedChanges {
  /** Reports whose content, indicator set or withdrawal changed, ascending. */
  readonly reportIds: number[];
  /** Every indicator linked to one of them before or after the change, ascending: their sightings moved. */
  readonly indicatorIds: number[];
}

/** An indicator set as (kind, canonical value, role), sorted: the digest is left out so a key rotation is no change. */
export function linkSetKey(links: readonly LinkContent[]): string {
  return JSON.stringify([...new Set(links.map((l) => `${l.kind}\u0000${l.canonical}\u0000${l.role}`))].sort());
}

/** Whether two versions hold the same content (withdrawal included). */
export function sameVersion(a: ReportVersion, b: ReportVersion): boolean {
  return (
    a.reportedAt.getTime() === b.reportedAt.getTime() &&
    a.scamType === b.scamType &&
    a.channel === b.channel &&
    a.lossMinor === b.lossMinor &&
    a.currency === b.currency &&
    a.status === b.status &&
    a.province === b.province &&
    (a.withdrawnAt === null) === (b.withdrawnAt === null) &&
    linkSetKey(a.indicators) === linkSetKey(b.indicators)
  );
}
