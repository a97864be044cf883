/**
 * A member's service level over the requests for assistance submitted to it in a period (issue 11, item 5):
 * how many, how many acknowledged, actioned and expired, and the median time to acknowledge and to action.
 * Figures about the owner's own responsiveness, never a request's content. The medians are computed here,
 * over durations read from the rows, rather than in SQL: SQLite has no percentile function and the two
 * dialects subtract timestamps differently, so one code path gives the same answer on both; a node's
 * requests in a period are a human-sized number (each one is an investigator's case).
 */
import type { RequestStatus } from '../graphql/__generated__/resolvers.js';

/** What the figures need of a request, with its status as read now (EXPIRED included). */
export interface ServiceLevelSample {
  status: RequestStatus;
  submittedAt: Date;
  acknowledgedAt: Date | null;
  /** When it was actioned or declined. */
  closedAt: Date | null;
}

export interface ServiceLevelFigures {
  requests: number;
  acknowledged: number;
  actioned: number;
  expired: number;
  medianSecondsToAcknowledge: number | null;
  medianSecondsToAction: number | null;
}

/** The median of `values` (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;

export function serviceLevelFigures(samples: readonly ServiceLevelSample[]): ServiceLevelFigures {
  const toAcknowledge = samples.flatMap((s) => (s.acknowledgedAt ? [seconds(s.submittedAt, s.acknowledgedAt)] : []));
  const toAction = samples.flatMap((s) =>
    s.status === 'ACTIONED' && s.closedAt ? [seconds(s.submittedAt, s.closedAt)] : [],
  );
  return {
    requests: samples.length,
    acknowledged: toAcknowledge.length,
    actioned: toAction.length,
    expired: samples.filter((s) => s.status === 'EXPIRED').length,
    medianSecondsToAcknowledge: median(toAcknowledge),
    medianSecondsToAction: median(toAction),
  };
}

/**
 * The figures a caller below DETAIL may see under the owner's k (DisclosureLimits.minReports, the same k
 * as its statistics): nothing when fewer than k requests were submitted (a count of 1 or 2 says that a
 * member is being asked about something now), and no median over fewer than k durations (a median of one
 * is that one request's timing). Counts of k or more are shown.
 */
export function limitServiceLevel(figures: ServiceLevelFigures, k: number): ServiceLevelFigures | null {
  if (figures.requests < k) return null;
  return {
    ...figures,
    medianSecondsToAcknowledge: figures.acknowledged < k ? null : figures.medianSecondsToAcknowledge,
    medianSecondsToAction: figures.actioned < k ? null : figures.medianSecondsToAction,
  };
}
