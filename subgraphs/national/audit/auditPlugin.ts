import type { ApolloServerPlugin } from '@apollo/server';
import type { Member } from '../../../schema/registry.js';
import type { Logger } from '../../../shared/logger.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import { atLeast } from '../policy/index.js';
import { operationHash } from './AuditLog.js';

/**
 * Appends one audit entry for every answer this node gives to another member's caller, and for every read
 * by its own staff at DETAIL or above (an insider's lookup is what tips a syndicate off, and a token stolen
 * from a member's analyst reads that member's own data first). The entry says what was read: the operation
 * hashed WITH its variables (two reads of different reports are two different entries), the indicators and
 * reports the answer carried, and what the policy withheld whether or not the caller asked for
 * `redactions`. Requests refused before execution (401) never get here. Written before the response
 * leaves: an answer that cannot be audited is not given.
 */
export function auditPlugin(member: Member, logger: Logger): ApolloServerPlugin<NationalContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, request, operation }) {
          if (!operation) return;
          if (ctx.caller.member === member.code && !atLeast(ctx.level, 'DETAIL')) return;
          try {
            await ctx.auditLog.append({
              at: new Date(),
              subject: ctx.caller.subject,
              requesterMember: ctx.caller.member,
              role: ctx.caller.role,
              operationHash: operationHash(request.query ?? '', request.variables ?? {}, request.operationName ?? null),
              digests: [...ctx.audit.digests].sort(),
              level: ctx.level,
              redactions: [...ctx.audit.withheld].sort(),
              reports: [...ctx.audit.reports].sort(),
            });
          } catch (err) {
            logger.error({ err }, 'audit append failed');
            throw err;
          }
        },
      };
    },
  };
}
