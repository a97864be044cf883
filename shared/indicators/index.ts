/** Indicator normalisation and keyed digests; see README.md for the canonical form of each kind. */
export { digestIndicator } from './digest.js';
export { indicatorId, parseIndicatorId } from './indicatorId.js';
export { type KeyedIndicator, keyCanonicals, keyIndicator } from './keyIndicator.js';
export { type CanonicalIndicator, type NormalizeOptions, normalizeIndicator } from './normalizeIndicator.js';
