/**
 * What the request resolvers receive as parents (bound to the SDL types by codegen.ts `mappers`): the stored
 * row, never a GraphQL object, so status (EXPIRED) and the owner's redactions are decided at read time.
 */
import type {
  AssistanceAction,
  RequestStatus,
  RequestUrgency,
  SharingLevel,
} from '../graphql/__generated__/resolvers.js';

/** What is stored; EXPIRED is never stored, it is read from the clock (see AssistanceRequests.statusOf). */
export type StoredStatus = Exclude<RequestStatus, 'EXPIRED'>;

export interface RequestRow {
  reference: string;
  requesterMember: string;
  clientKey: string;
  action: AssistanceAction;
  indicatorKind: string;
  indicatorDigest: string;
  subjectReference: string;
  legalBasis: string;
  urgency: RequestUrgency;
  note: string | null;
  status: StoredStatus;
  submittedAt: Date;
  dueAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  declineReason: string | null;
  response: string | null;
}

export type RequestParent = RequestRow;

/** `Mutation.<ns>` resolves to an empty namespace object; its fields do the work. */
export type MutationsParent = Record<string, never>;

export interface OutboxParent {
  id: string;
}

export interface RequestsAtMemberParent {
  level: SharingLevel;
  /** null when the owner's policy declines the caller (level NONE). */
  rows: RequestRow[] | null;
}
