/**
 * What NationalStore returns: plain rows in the node's own vocabulary, with no TypeORM entity in them, so
 * the GraphQL layer can shape (and redact) them without ever holding a lazy relation or a victim.
 * Money is in hundredths of its currency; every Date is an instant (UTC).
 */

export interface MoneyRow {
  currency: string;
  /** Hundredths of `currency`. */
  amountMinor: number;
}

export interface ReportRow {
  id: number;
  reference: string;
  reportedAt: Date;
  scamType: string;
  channel: string;
  lossMinor: number | null;
  currency: string;
  status: string;
  province: string | null;
}

export interface SightingRow {
  digest: string;
  kind: string;
  indicatorId: number;
  /** The random reference a sighting quotes (db/indicatorReference.ts), never the row id. */
  reference: string;
  /** Distinct reports: an indicator linked to one report in two roles counts once. */
  reportCount: number;
  firstSeen: Date;
  lastSeen: Date;
  /** Known losses per currency, sorted by currency; a currency whose losses are all unknown is absent. */
  losses: MoneyRow[];
  /** Distinct, sorted. */
  scamTypes: string[];
  /** Distinct, sorted. */
  channels: string[];
}

export interface LinkRow {
  reportId: number;
  kind: string;
  digest: string;
  role: string;
}

export interface ReportFilter {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  scamType?: string;
  channel?: string;
  /** Reports with a known loss of at least this many hundredths (in the report's own currency). */
  minLossMinor?: number;
  /** Reports with at least one indicator of this kind. */
  indicatorKind?: string;
  status?: string;
  province?: string;
}

export interface ReportPage {
  /** Newest first by (reportedAt, id). */
  rows: ReportRow[];
  hasNextPage: boolean;
  /** The cursor of the last row, to pass as `after`; null when the page is empty. */
  endCursor: string | null;
  /** Reports matching the filter, all pages together. */
  totalCount: number;
}

export interface StatsBucket {
  key: string;
  reportCount: number;
  /** Known losses per currency, sorted by currency. */
  losses: MoneyRow[];
}

export interface NationalStatsRow {
  reportCount: number;
  losses: MoneyRow[];
  /** Most reports first, then by key. */
  byScamType: StatsBucket[];
  /** Most reports first, then by key. */
  byChannel: StatsBucket[];
  /** Key 'YYYY-MM' (UTC), ascending. */
  byMonth: StatsBucket[];
}

export interface TopIndicatorRow {
  digest: string;
  kind: string;
  /** Distinct reports in the period naming the indicator. */
  reportCount: number;
}
