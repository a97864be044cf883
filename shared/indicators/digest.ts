/**
 * The keyed digest of a canonical indicator: the RFC 9497 OPRF (ristretto255-SHA512) of `${kind}\0${canonical}`
 * under the working group's key, which only the keying service holds. Nodes get it blind (the service never
 * sees the value, the node never sees the key); the same indicator gets the same digest everywhere. The kind
 * is part of the input (NUL-separated; no canonical value contains NUL) so equal strings of two kinds never
 * share a digest; the key id prefixes the hex. The OPRF output (64 bytes) is cut to its first 32: 256 bits
 * of a PRF output are as unpredictable as all of them, and ids keep their length.
 */
import { type IndicatorKind } from '../../schema/typology.js';
import { type IndicatorKey } from '../indicatorKey.js';
import { sodiumOprf } from '../oprf/index.js';

const DIGEST_BYTES = 32;

/** The OPRF input for an indicator. */
export function indicatorInput(kind: IndicatorKind, canonical: string): Uint8Array {
  return new TextEncoder().encode(`${kind}\u0000${canonical}`);
}

/** `${keyId}:${hex}` from an OPRF output. */
export function digestFromOutput(keyId: string, output: Uint8Array): string {
  return `${keyId}:${Buffer.from(output.subarray(0, DIGEST_BYTES)).toString('hex')}`;
}

/** Direct evaluation by whoever holds the key: the keying service, and tests that stand in for it. */
export function digestIndicator(kind: IndicatorKind, canonical: string, key: IndicatorKey): string {
  return digestFromOutput(key.id, sodiumOprf.evaluate(key.secret, indicatorInput(kind, canonical)));
}
