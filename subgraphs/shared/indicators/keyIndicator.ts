/**
 * Normalise, digest and name an indicator in one step: what a node does with every indicator it stores and
 * what a lookup does with the value it is asked about.
 */
import { type IndicatorKey } from '../indicatorKey.js';
import { digestIndicator } from './digest.js';
import { indicatorId } from './indicatorId.js';
import { type CanonicalIndicator, type NormalizeOptions, normalizeIndicator } from './normalizeIndicator.js';

export interface KeyedIndicator extends CanonicalIndicator {
  digest: string;
  id: string;
}

export function keyIndicator(
  kind: string,
  value: string,
  key: IndicatorKey,
  options?: NormalizeOptions,
): KeyedIndicator {
  const { kind: code, canonical } = normalizeIndicator(kind, value, options);
  const digest = digestIndicator(code, canonical, key);
  return { kind: code, canonical, digest, id: indicatorId(code, digest) };
}
