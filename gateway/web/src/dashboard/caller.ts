/**
 * Who the saved token says the reader is (member and role), read from the token's payload WITHOUT
 * verifying it: only to choose which member's inbox to ask for and what to say when there is none. What
 * the reader may see is decided by the gateway and each member's node, which do verify it.
 */
import { readToken } from '../shared/token.js';

export interface TokenClaims {
  member: string;
  role: string;
}

/** The member and role claims of the saved token; null without a token or when it is not a JWT. */
export function tokenClaims(token = readToken()): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { member?: unknown; role?: unknown };
    if (typeof claims.member !== 'string' || typeof claims.role !== 'string') return null;
    return { member: claims.member.toUpperCase(), role: claims.role };
  } catch {
    return null;
  }
}

/** Roles that read their own member's inbox (the node's rule: AssistanceRequests.isOwnStaff). */
export const inboxRoles: readonly string[] = ['operator', 'investigator', 'auditor'];
