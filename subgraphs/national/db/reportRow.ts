import { type ReportRow } from './rows.js';
import { raw } from './sql.js';
import { columnsOf, rowReader, scamReport, selectList } from './tables/index.js';

/**
 * The report columns the API may read. Named here one by one (never `r.*`) so a column added to the table
 * later, however sensitive, reaches the API only by being added to this list; names and types come from
 * the table's description (tables.ts).
 */
const readKeys = [
  'id',
  'reference',
  'reportedAt',
  'scamType',
  'channel',
  'lossMinor',
  'currency',
  'status',
  'province',
] as const;

/** The SELECT list every report query uses, from `scam_report` aliased `r`. */
export const reportColumns = raw(selectList(columnsOf(scamReport, readKeys), 'r'));

/**
 * The condition every read of `scam_report r` carries: a withdrawn report (import action WITHDRAW) stays
 * stored with its history but no search, lookup, statistic or aggregate counts it any more.
 */
export const countedReport = raw('r.withdrawn_at IS NULL');

const readReport = rowReader(scamReport, readKeys);

export function reportFromRow(row: Record<string, unknown>): ReportRow {
  return readReport(row);
}
