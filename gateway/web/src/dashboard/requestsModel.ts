/**
 * What the requests panels show, derived from their answers: the signed-in member's inbox (open requests
 * addressed to it, earliest due first, overdue marked), its outbox (its requests at every member, newest
 * first, with coverage) and each member's service level for the period. Written to
 * <script id="requests-data"> for tests, as the main model is to #chart-data.
 */
import type { TokenClaims } from './caller.js';
import type { Period } from './period.js';
import type { Coverage, ServiceLevelItem } from './queries.js';
import type { InboxData, MemberNs, RequestItem } from './requestQueries.js';

/** ready: shown; empty panels are ready too. The others say why nothing is shown. */
export type PanelState = 'ready' | 'error' | 'no-token' | 'not-staff';

export interface RequestView {
  reference: string;
  owner: string;
  requester: string;
  action: string;
  urgency: string;
  status: string;
  submittedAt: string;
  dueAt: string;
  /** Still open past its due time at the owner's node (status EXPIRED). */
  overdue: boolean;
}

export interface Panel<T> {
  state: PanelState;
  /** Why the panel is not `ready`, in words. */
  message: string | null;
  rows: T[];
}

export type ServiceLevelState = 'shared' | 'withheld' | 'unavailable';

export interface ServiceLevelView {
  code: string;
  name: string;
  state: ServiceLevelState;
  requests: number | null;
  acknowledged: number | null;
  actioned: number | null;
  expired: number | null;
  medianSecondsToAcknowledge: number | null;
  medianSecondsToAction: number | null;
}

export interface RequestsModel {
  caller: TokenClaims | null;
  inbox: Panel<RequestView> & { member: string | null };
  outbox: Panel<RequestView> & { missing: string[] };
  serviceLevels: Panel<ServiceLevelView> & { period: Period };
}

export const requestView = (r: RequestItem): RequestView => ({
  reference: r.reference,
  owner: r.owner,
  requester: r.requester,
  action: r.action,
  urgency: r.urgency,
  status: r.status,
  submittedAt: r.submittedAt,
  dueAt: r.dueAt,
  overdue: r.status === 'EXPIRED',
});

/** Open requests, overdue first (they are past due), then earliest due first. */
export function inboxRows(part: NonNullable<InboxData[string]>): RequestView[] {
  return [...part.expired, ...part.submitted, ...part.acknowledged]
    .map(requestView)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));
}

/** Members whose part of the outbox is missing (no answer, or their policy declined the caller). */
export function outboxMissing(coverage: Coverage | null): string[] {
  return coverage ? [...coverage.unavailable, ...coverage.refused] : [];
}

/** One row per registry member: its figures, or why there are none. */
export function serviceLevelRows(
  members: readonly MemberNs[],
  byMember: readonly ServiceLevelItem[],
  coverage: Coverage,
): ServiceLevelView[] {
  const figures = new Map(byMember.map((s) => [s.member.code, s]));
  return members.map((m) => {
    const s = figures.get(m.code);
    const state: ServiceLevelState = s ? 'shared' : coverage.unavailable.includes(m.code) ? 'unavailable' : 'withheld';
    return {
      code: m.code,
      name: m.name,
      state,
      requests: s?.requests ?? null,
      acknowledged: s?.acknowledged ?? null,
      actioned: s?.actioned ?? null,
      expired: s?.expired ?? null,
      medianSecondsToAcknowledge: s?.medianSecondsToAcknowledge ?? null,
      medianSecondsToAction: s?.medianSecondsToAction ?? null,
    };
  });
}
