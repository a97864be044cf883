/**
 * Every national table, described once (issue 14 item 1), and the form they are described in (spec.ts).
 * The migrations create the tables; test/national/tables.test.ts checks the schema they create on SQLite
 * and PostgreSQL against `nationalTables`, table by table and column by column, and fails on a table the
 * migrations create that is not listed here. The stores take their column lists from these descriptions.
 */
import { auditLog } from './audit.js';
import { changeFeedKey, indicatorChange, watch } from './feed.js';
import { indicatorFeedback } from './feedback.js';
import { indicator, indicatorAlias, reportIndicator, scamReport, scamReportRevision, victim } from './reports.js';
import { assistanceRequest } from './requests.js';
import type { TableSpec } from './spec.js';

export * from './spec.js';
export * from './audit.js';
export * from './feed.js';
export * from './feedback.js';
export * from './reports.js';
export * from './requests.js';

/** The tables the import writes and NationalStore reads. */
export const reportTables: readonly TableSpec[] = [scamReport, indicator, reportIndicator, victim, scamReportRevision];

/** Every table the migrations create (TypeORM's own `migrations` bookkeeping table aside). */
export const nationalTables: readonly TableSpec[] = [
  ...reportTables,
  indicatorAlias,
  auditLog,
  assistanceRequest,
  indicatorFeedback,
  indicatorChange,
  changeFeedKey,
  watch,
];
