import type { NationalContext } from './NationalContext.js';

/** The audit entry names the reports an answer carried: every resolver that returns reports passes them here. */
export function readReports<T extends { reference: string }>(ctx: NationalContext, rows: T[]): T[] {
  for (const row of rows) ctx.audit.reports.add(row.reference);
  return rows;
}
