/**
 * The requester's view of its requests for assistance across the region (issue 11), built like sightings:
 * `Query.myRequests` names the caller's outbox, every member answers its part through `RequestOutbox.<ns>`
 * (only ever the caller's own member's requests: each node decides that from the caller itself), and the
 * hub merges the parts and says who answered. Requests stay stored at the owners' nodes; nothing here.
 */
import { parseIndicatorId } from '../../../shared/indicators/index.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { coverageOf, partsOf } from './aggregate.js';

/** With @requires, each member's part sits under its namespace; null when the member did not answer. */
export interface OutboxParent {
  id: string;
  [ns: string]: unknown;
}

/** An AssistanceRequest as a member sent it (the @requires selection in renderSubgraphs.ts). */
export interface RequestRep {
  reference: string;
  submittedAt: string;
  status: string;
  indicator: { id: string };
  [field: string]: unknown;
}

interface RequestsAtMemberRep {
  member: string;
  level: string;
  requests: RequestRep[] | null;
}

/** The outbox is the caller's: its content depends on who asks, so one id serves every caller. */
const outboxId = 'mine';

export const myRequestsResolvers: Required<Pick<Resolvers, 'RequestOutbox' | 'AssistanceRequest'>> & {
  myRequests: () => OutboxParent;
} = {
  myRequests: () => ({ id: outboxId }),
  RequestOutbox: {
    __resolveReference: (ref) => ref,
    requests: (parent, { status }) =>
      partsOf<RequestsAtMemberRep>(parent)
        .flatMap(({ part }) => part.requests ?? [])
        .filter((r) => !status || r.status === status)
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.reference.localeCompare(b.reference)),
    coverage: (parent) => coverageOf(parent, (part) => part.level === 'NONE'),
  },
  AssistanceRequest: {
    indicator: (r, _, ctx) => ({ id: r.indicator.id, kind: parseIndicatorId(r.indicator.id, ctx.keyIds).kind }),
  },
};
