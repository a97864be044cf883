/**
 * The GraphQL side of requests for assistance: `Mutation.<ns>` (renamed from the placeholder `national`
 * by buildResolvers), the owner's inbox on NationalNode, each member's part of the requester's outbox
 * (`RequestOutbox.<ns>`, gathered by the hub), and AssistanceRequest as the reader may see it.
 */
import type { Member } from '../../../schema/registry.js';
import { indicatorKinds } from '../../../schema/typology.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { indicatorId } from '../../../shared/indicators/index.js';
import { atLeast } from '../policy/index.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import type { NationalNodeResolvers, Resolvers } from '../graphql/__generated__/resolvers.js';
import type { Actor } from './AssistanceRequests.js';
import type { RequestRow } from './requestParents.js';

const actor = (ctx: NationalContext): Actor => ({ caller: ctx.caller, level: ctx.level });

/**
 * Who holds an account or number is the most sensitive answer a member gives: another member sees it only
 * at the owner's PARTNER level (bilateral MoU), and the owner's own staff always.
 */
function responseWithheld(row: RequestRow, ctx: NationalContext): boolean {
  return row.action === 'IDENTIFY_HOLDER' && !ctx.requests.isOwnStaff(ctx.caller) && !atLeast(ctx.level, 'PARTNER');
}

export type RequestResolvers = Required<
  Pick<Resolvers, 'Mutation' | 'NationalMutations' | 'AssistanceRequest' | 'RequestOutbox' | 'RequestsAtMember'>
>;

/** The NationalNode fields of the owner's inbox, merged into NationalNode by buildResolvers. */
export const requestNodeFields: Pick<NationalNodeResolvers, 'assistanceRequests' | 'assistanceRequest'> = {
  assistanceRequests: (_, { status, first }, ctx) => ctx.requests.inbox(actor(ctx), status ?? null, first ?? 50),
  assistanceRequest: (_, { reference }, ctx) => ctx.requests.get(actor(ctx), reference),
};

export function requestResolvers(member: Member): RequestResolvers {
  return {
    Mutation: {
      national: () => ({}),
    },
    NationalMutations: {
      requestAssistance: (_, { input }, ctx) => ctx.requests.submit(actor(ctx), input),
      acknowledgeRequest: (_, { reference }, ctx) => ctx.requests.acknowledge(actor(ctx), reference),
      actionRequest: (_, { reference, response }, ctx) => ctx.requests.action(actor(ctx), reference, response),
      declineRequest: (_, { reference, reason }, ctx) => ctx.requests.decline(actor(ctx), reference, reason),
      recordFeedback: (_, { input }, ctx) => ctx.feedback.record(actor(ctx), input),
    },
    AssistanceRequest: {
      owner: () => member.code,
      requester: (row) => row.requesterMember,
      indicator: (row, _, ctx) => {
        ctx.audit.digests.add(row.indicatorDigest);
        const kind = enumValue(indicatorKinds, row.indicatorKind, 'AssistanceRequest.indicator');
        return { id: indicatorId(kind, row.indicatorDigest), digest: row.indicatorDigest };
      },
      status: (row, _, ctx) => ctx.requests.statusOf(row),
      response: (row, _, ctx) => (responseWithheld(row, ctx) ? null : row.response),
      redactions: (row, _, ctx) => {
        if (!responseWithheld(row, ctx)) return [];
        ctx.audit.withheld.add('request.response');
        return [{ field: 'response', rule: ctx.decision.rule, levelNeeded: 'PARTNER' }];
      },
    },
    RequestOutbox: {
      __resolveReference: (ref) => ({ id: ref.id }),
      national: async (_, __, ctx) => ({
        level: ctx.level,
        rows: ctx.level === 'NONE' ? null : await ctx.requests.outbox(actor(ctx)),
      }),
    },
    RequestsAtMember: {
      member: () => member.code,
      level: (part) => part.level,
      requests: (part) => part.rows,
    },
  };
}
