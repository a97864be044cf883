/** The node's sharing policy: levels and roles, the owner's policy file, and the field rules it drives. */
export { atLeast, isRole, isSharingLevel, roles, sharingLevels, workingGroup } from './levels.js';
export type { Role, SharingLevel } from './levels.js';
export { PolicyError, type PolicyProblem } from './PolicyError.js';
export { type PolicyRule } from './PolicyRule.js';
export { noRule } from './parsePolicy.js';
export { SharingPolicy, type PolicyDecision, type Requester } from './SharingPolicy.js';
export { loadSharingPolicy } from './loadSharingPolicy.js';
export { sightingFieldLevels, sightingRedactions, type Redaction, type SightingField } from './sightingFields.js';
export { defaultLimits, type DisclosureLimits } from './DisclosureLimits.js';
export { coarsenPeriod, limitCount, limitStats, limitsApply, otherBucket, type Period } from './aggregateRules.js';
