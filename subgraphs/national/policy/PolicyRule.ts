import { members, type Member } from '../../../schema/registry.js';
import { type Role, type SharingLevel, workingGroup } from './levels.js';

/** The requester field of a rule: a registry alpha-2 code, `SELF` (the owner), `WG` or `*`. */
export type RuleRequester = string;

export interface PolicyRule {
  readonly requester: RuleRequester;
  readonly role: Role | '*';
  readonly level: SharingLevel;
  readonly name: string;
  /** Where the rule was written (1-based). */
  readonly line: number;
}

/**
 * Whether a rule applies to a requester. `member` is a registry alpha-2 code or `WG`, already checked.
 * `*` matches every requester, the Working Group included; `SELF` and the owner's own code are the same.
 */
export function ruleMatches(rule: PolicyRule, owner: Member, member: string, role: Role): boolean {
  const requesterOk =
    rule.requester === '*' || rule.requester === member || (rule.requester === 'SELF' && member === owner.code);
  return requesterOk && (rule.role === '*' || rule.role === role);
}

/** Everyone a policy can be asked about: every registry member, then the Working Group. */
export function requesterCodes(): readonly string[] {
  return [...members.map((m) => m.code), workingGroup];
}
