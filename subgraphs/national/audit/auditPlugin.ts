import type { ApolloServerPlugin } from '@apollo/server';
import type { Member } from '../../../schema/registry.js';
import type { Logger } from '../../shared/logger.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import { operationHash } from './AuditLog.js';

/**
 * Appends one audit entry for every answer this node gives to another member's caller (its own staff's
 * queries are not cross-border answers). Requests refused before execution (401) never get here.
 * Written before the response leaves: an answer that cannot be audited is not given.
 */
export function auditPlugin(member: Member, logger: Logger): ApolloServerPlugin<NationalContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, request, operation }) {
          if (!operation || ctx.caller.member === member.code) return;
          try {
            await ctx.auditLog.append({
              at: new Date(),
              subject: ctx.caller.subject,
              requesterMember: ctx.caller.member,
              role: ctx.caller.role,
              operationHash: operationHash(request.query ?? ''),
              digests: [...ctx.audit.digests].sort(),
              level: ctx.level,
              redactions: [...ctx.audit.withheld].sort(),
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
