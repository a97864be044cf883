/**
 * The keyed digest of a canonical indicator: HMAC-SHA-256 under the working group's key, so every node
 * and the hub compute the same digest for the same indicator while the value itself never has to travel.
 * The kind is part of the MAC input (NUL-separated; no canonical value contains NUL) so equal strings of
 * two kinds never share a digest, and the key id prefixes the hex so digests of two key generations never
 * compare equal by accident.
 */
import { createHmac } from 'node:crypto';
import { type IndicatorKind } from '../../../schema/typology.js';
import { type IndicatorKey } from '../indicatorKey.js';

export function digestIndicator(kind: IndicatorKind, canonical: string, key: IndicatorKey): string {
  const hex = createHmac('sha256', key.secret).update(`${kind}\u0000${canonical}`, 'utf8').digest('hex');
  return `${key.id}:${hex}`;
}
