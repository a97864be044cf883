/**
 * The GraphQL documents of the requests panels (inbox, outbox, service levels) and the shapes of their
 * answers. The inbox is a field of the caller's own member's node, so its document is built for that
 * member's namespace (taken from the hub's member list, never from a list in the page).
 */
import type { Coverage } from './queries.js';

export interface MemberNs {
  code: string;
  ns: string;
  name: string;
}

export interface RequestItem {
  reference: string;
  owner: string;
  requester: string;
  action: string;
  urgency: string;
  /** EXPIRED: still open at its due time, as the owner's node reads it. */
  status: string;
  submittedAt: string;
  dueAt: string;
  acknowledgedAt: string | null;
  closedAt: string | null;
}

export interface OutboxData {
  myRequests: { requests: RequestItem[] | null; coverage: Coverage | null };
}

/** The open requests at the caller's member, one list per open status (EXPIRED = overdue). */
export type InboxData = Record<
  string,
  { submitted: RequestItem[]; acknowledged: RequestItem[]; expired: RequestItem[] } | null
>;

const requestFields = 'reference owner requester action urgency status submittedAt dueAt acknowledgedAt closedAt';

export const membersQuery = `query DashboardMemberNamespaces { members { code ns name } }`;

/**
 * At most this many requests per open status in the inbox (the node's own limit is 500): the gateway's
 * query cost limit (MAX_COST, 5000 by default) counts `first` times the fields, and three lists of 50 fit.
 */
export const INBOX_PAGE = 50;

export function inboxQuery(ns: string): string {
  // `ns` comes from the hub's member list: lowercase letters only, checked again before it enters a document
  if (!/^[a-z]{3}$/.test(ns)) throw new Error(`not a member namespace: ${ns}`);
  return `query DashboardInbox($first: Int!) {
  ${ns} {
    submitted: assistanceRequests(status: SUBMITTED, first: $first) { ${requestFields} }
    acknowledged: assistanceRequests(status: ACKNOWLEDGED, first: $first) { ${requestFields} }
    expired: assistanceRequests(status: EXPIRED, first: $first) { ${requestFields} }
  }
}`;
}

export const outboxQuery = `query DashboardOutbox {
  myRequests {
    requests { ${requestFields} }
    coverage { asked answered refused unavailable complete }
  }
}`;
