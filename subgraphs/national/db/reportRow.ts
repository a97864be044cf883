import { readDate, readNumber, readNumberOrNull, readString, readStringOrNull } from './dialect.js';
import { type ReportRow } from './rows.js';
import { raw } from './sql.js';

/**
 * The report columns every report query selects, from `scam_report` aliased `r`. The list is explicit (no
 * `r.*`) so a column added later, however sensitive, reaches the API only by being added here.
 */
export const reportColumns = raw(
  'r.id, r.reference, r.reported_at, r.scam_type, r.channel, r.loss_minor, r.currency, r.status, r.province',
);

/**
 * The condition every read of `scam_report r` carries: a withdrawn report (import action WITHDRAW) stays
 * stored with its history but no search, lookup, statistic or aggregate counts it any more.
 */
export const countedReport = raw('r.withdrawn_at IS NULL');

export function reportFromRow(row: Record<string, unknown>): ReportRow {
  return {
    id: readNumber(row.id),
    reference: readString(row.reference),
    reportedAt: readDate(row.reported_at),
    scamType: readString(row.scam_type),
    channel: readString(row.channel),
    lossMinor: readNumberOrNull(row.loss_minor),
    currency: readString(row.currency),
    status: readString(row.status),
    province: readStringOrNull(row.province),
  };
}
