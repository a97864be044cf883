/**
 * What one import row asks for (issue 11 item 3). `action` is an optional CSV column / NDJSON key:
 * - NEW (the default): a report the node does not hold yet; today's behaviour.
 * - UPDATE: corrections to a report the node holds (or one a NEW row earlier in the same file adds): only
 *   the fields given change; indicators given become the report's whole indicator set.
 * - WITHDRAW: the report stays stored with its history, but no read, lookup, statistic or aggregate
 *   counts it any more.
 * - REINSTATE: undoes a withdrawal; the report counts again as it was when withdrawn.
 */
import { type IndicatorLink, type LinkContent, type ReportRecord } from './ReportRecord.js';

export const importActions = ['NEW', 'UPDATE', 'WITHDRAW', 'REINSTATE'] as const;
export type ImportAction = (typeof importActions)[number];
export type ChangeAction = Exclude<ImportAction, 'NEW'>;

/** The report fields an UPDATE may change (never the reference, never the victim). */
export type ReportFields = Pick<
  ReportRecord,
  'reportedAt' | 'scamType' | 'channel' | 'lossMinor' | 'currency' | 'status' | 'province'
>;

export type ImportRow<L extends LinkContent = LinkContent> =
  | {
      readonly action: 'NEW';
      readonly record: Omit<ReportRecord, 'indicators'> & { readonly indicators: readonly L[] };
    }
  | {
      readonly action: 'UPDATE';
      readonly reference: string;
      readonly patch: Partial<ReportFields>;
      /** The new indicator set; undefined when the row names no indicator (the set stays as it is). */
      readonly indicators?: readonly L[];
    }
  | { readonly action: 'WITHDRAW' | 'REINSTATE'; readonly reference: string };

/** A row whose indicators carry their keyed digests. */
export type KeyedRow = ImportRow<IndicatorLink>;

export function referenceOf(row: ImportRow<LinkContent>): string {
  return row.action === 'NEW' ? row.record.reference : row.reference;
}
