/** Who is asking, as proven by the working group's token (at the gateway) or the gateway's assertion (at a node). */
import { isMemberCode } from '../../schema/registry.js';

export const roles = ['analyst', 'investigator', 'operator', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** `WG`: the ASEAN Working Group secretariat's own staff, who belong to no single member. */
export const WORKING_GROUP = 'WG';

/**
 * Longest subject the federation accepts: the audit log's `subject` column (varchar 200). Checked at the
 * gateway with the same rule the nodes apply, so a subject no node can store is one 401 at the edge, not
 * eleven failed nodes.
 */
export const MAX_SUBJECT_LENGTH = 200;
/** Longest token id (jti) accepted: a UUID is 36; room for other issuers' formats. */
export const MAX_TOKEN_ID_LENGTH = 128;

export interface Caller {
  subject: string;
  /** Alpha-2 code of a registry member, or WG. */
  member: string;
  role: Role;
  /** `jti` of the analyst's token: what a revocation names, and what the gateway's assertion carries. */
  tokenId: string;
}

/** What PostgreSQL text cannot hold as given (NUL; a lone surrogate is silently replaced). */
const unstorable = /\0|\p{Cs}/u;

/**
 * The one rule for a caller's claims, applied to the analyst's token at the gateway and to the gateway's
 * assertion at every node. Returns the Caller, or says which claim is wrong.
 */
export function callerFromClaims(claims: {
  sub?: unknown;
  member?: unknown;
  role?: unknown;
  tokenId?: unknown;
}): Caller | string {
  const { sub, tokenId } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUBJECT_LENGTH || unstorable.test(sub)) {
    return `"sub" must be 1 to ${MAX_SUBJECT_LENGTH} characters (no NUL)`;
  }
  const member = typeof claims.member === 'string' ? claims.member.toUpperCase() : '';
  if (member !== WORKING_GROUP && !isMemberCode(member)) {
    return `"member" must be a member's alpha-2 code or ${WORKING_GROUP}`;
  }
  const role = claims.role as Role;
  if (!roles.includes(role)) return `"role" must be one of ${roles.join(', ')}`;
  if (
    typeof tokenId !== 'string' ||
    tokenId.length === 0 ||
    tokenId.length > MAX_TOKEN_ID_LENGTH ||
    unstorable.test(tokenId)
  ) {
    return `"jti" (the token id) must be 1 to ${MAX_TOKEN_ID_LENGTH} characters`;
  }
  return { subject: sub, member, role, tokenId };
}
