/**
 * `Region.serviceLevels` (issue 11, item 5): each member's service level for the requests for assistance
 * submitted to it in the period, as its node computed and its policy shared (NationalStats.serviceLevel),
 * with coverage. The hub adds nothing up: medians of different members do not combine into a regional
 * median, and each member's figures stay its own.
 */
import type { Member } from '../../../schema/registry.js';
import type { RegionParent } from './parents.js';
import { coverageOf, partsOf, type CoverageResult } from './aggregate.js';

export interface ServiceLevelRep {
  member: string;
  level: string;
  /** null below SUMMARY, or when the owner's k withholds its figures. */
  serviceLevel: {
    requests: number;
    acknowledged: number;
    actioned: number;
    expired: number;
    medianSecondsToAcknowledge: number | null;
    medianSecondsToAction: number | null;
  } | null;
}

const shared = (part: ServiceLevelRep) => part.level !== 'NONE' && part.level !== 'HIT' && part.serviceLevel != null;

export function regionServiceLevels(parent: RegionParent): {
  byMember: ({ member: Member } & NonNullable<ServiceLevelRep['serviceLevel']>)[];
  coverage: CoverageResult;
} {
  return {
    byMember: partsOf<ServiceLevelRep>(parent).flatMap(({ member, part }) =>
      shared(part) ? [{ member, ...part.serviceLevel! }] : [],
    ),
    // a member whose figures did not reach the caller declined this view, like statistics under its k
    coverage: coverageOf(parent, (part) => !shared(part as ServiceLevelRep)),
  };
}
