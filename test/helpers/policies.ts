/**
 * Sharing policies for federation tests: the registry default with the owner's disclosure limits changed,
 * written as an owner would write them (`limit min-reports 1`), so the parser is exercised too.
 */
import type { Member } from '../../schema/registry.js';
import { SharingPolicy } from '../../subgraphs/national/policy/index.js';

/**
 * Each member's default policy without the small-cell limit: for tests that check sums over a handful of
 * hand-written reports, not what the limits withhold (test/security/test/national/disclosureLimits.test.ts and the authorization matrix does that).
 */
export function defaultPolicyWith(limits: string): (member: Member) => SharingPolicy {
  return (member) =>
    SharingPolicy.parse(`${SharingPolicy.defaultFor(member).render()}${limits}\n`, 'test policy', member);
}

export const withoutSmallCellLimit = defaultPolicyWith('limit min-reports 1');
