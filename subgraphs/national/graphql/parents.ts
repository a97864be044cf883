/**
 * What each national resolver receives as its parent: the codegen `mappers` (codegen.ts) bind these to the
 * SDL types, so resolvers are typed against the schema and the rows they really get.
 */
import type { MoneyRow, NationalStatsRow, ReportRow, SightingRow, StatsBucket } from '../db/rows.js';
import type { IndicatorKind, IndicatorRole, SharingLevel } from './__generated__/resolvers.js';

export interface NodeParent {
  member: string;
}

export interface IndicatorParent {
  id: string;
  digest: string;
}

export interface SightingParent {
  digest: string;
  level: SharingLevel;
  /** undefined when the member has no report naming the indicator. */
  row: SightingRow | undefined;
}

export type ReportParent = ReportRow;

/** A report's link to an indicator, its stored codes already checked (reportResolvers.ts). */
export interface ReportIndicatorParent {
  role: IndicatorRole;
  kind: IndicatorKind;
  id: string;
}

export interface RegionParent {
  id: string;
  from: string;
  to: string;
}

/**
 * Statistics with the period they cover (`from|to` after the owner's window rule, so topIndicators loads
 * for the same period) and the level applied; `row` is null below SUMMARY, where the SQL is not even run,
 * and when the owner's k withholds the figures (`withheldBy` then names the limit).
 */
export interface StatsParent {
  period: string;
  /** The period as asked, `from|to`: when it differs from `period`, the window rule widened it. */
  asked: string;
  level: SharingLevel;
  row: NationalStatsRow | null;
  withheldBy: string | null;
}
export type BucketParent = StatsBucket;
export type MoneyParent = MoneyRow;

/** A fingerprint the hub's correlation found in two or more members, for the period (YYYY-MM-DD). */
export interface CorrelatedParent {
  fingerprint: string;
  from: string;
  to: string;
}
