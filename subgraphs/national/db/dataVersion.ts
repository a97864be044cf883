import type { NationalDatabase } from './openDatabase.js';

/**
 * A value that changes with every write to the reports a period aggregate reads, in ONE cheap statement
 * (three MAXes over primary keys): the change feed's head moves with every import, seed, update, withdrawal
 * and verdict touching an indicator (feed/recordIndicatorChanges.ts), but a report that names no indicator
 * writes no change, so the newest report id (an insert) and the newest revision id (every UPDATE, WITHDRAW
 * and REINSTATE keeps one, import/ReportWriter.ts) are part of it too. All three columns are generated with
 * AUTOINCREMENT, so a deleted id is never reused and the value never comes back to an earlier one with
 * different data behind it. Keys the node's PeriodMemo (graphql/PeriodMemo.ts).
 */
export async function dataVersion(db: NationalDatabase): Promise<string> {
  const rows = (await db.dataSource.query(
    `SELECT (SELECT MAX(seq) FROM indicator_change) AS seq, (SELECT MAX(id) FROM scam_report) AS report,
       (SELECT MAX(id) FROM scam_report_revision) AS revision`,
  )) as { seq: unknown; report: unknown; revision: unknown }[];
  const row = rows[0];
  return `${String(row?.seq ?? 0)}/${String(row?.report ?? 0)}/${String(row?.revision ?? 0)}`;
}
