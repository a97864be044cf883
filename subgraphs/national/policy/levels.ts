/**
 * The vocabulary of sharing: the levels a member's policy grants (ordered, each including the ones below)
 * and the roles the working group's tokens carry. Kept apart from the policy so field rules, the audit log
 * and the GraphQL layer can use it without the parser.
 */

export type SharingLevel = 'NONE' | 'HIT' | 'SUMMARY' | 'DETAIL' | 'PARTNER';

/** Lowest to highest: a level grants everything a lower one does. */
export const sharingLevels: readonly SharingLevel[] = Object.freeze(['NONE', 'HIT', 'SUMMARY', 'DETAIL', 'PARTNER']);

export type Role = 'analyst' | 'investigator' | 'operator' | 'auditor';

export const roles: readonly Role[] = Object.freeze(['analyst', 'investigator', 'operator', 'auditor']);

/** The requester code of the ASEAN Working Group secretariat's own staff (not a member, never in the registry). */
export const workingGroup = 'WG';

export function isSharingLevel(value: string): value is SharingLevel {
  return (sharingLevels as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Whether `level` grants what `needed` does. */
export function atLeast(level: SharingLevel, needed: SharingLevel): boolean {
  return sharingLevels.indexOf(level) >= sharingLevels.indexOf(needed);
}
