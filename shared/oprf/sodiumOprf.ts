/**
 * The fast RFC 9497 ristretto255-SHA512 OPRF on libsodium's WASM build: hash_to_ristretto255 is
 * expand_message_xmd (noble, as the RFC defines it) followed by crypto_core_ristretto255_from_hash (the
 * RFC 9496 one-way map on 64 bytes); scalar multiplication and inversion are libsodium's. About 10x the
 * speed of pure-JS noble (see bench/oprfCost.ts); checked against the RFC vectors and against noble.
 */
import { randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';
import { type Blinded, type Oprf, OprfError } from './Oprf.js';
import { ELEMENT_BYTES, finalizeHash, SCALAR_BYTES, uniformBytes } from './suite.js';

// one-time WASM initialisation (~15 ms); after it every call below is synchronous
await sodium.ready;

function hashToGroup(input: Uint8Array): Uint8Array {
  return sodium.crypto_core_ristretto255_from_hash(uniformBytes(input));
}

/** k * P; libsodium refuses a non-canonical or invalid P and an identity result. */
function multiply(scalar: Uint8Array, element: Uint8Array, what: string): Uint8Array {
  if (element.length !== ELEMENT_BYTES || !sodium.crypto_core_ristretto255_is_valid_point(element)) {
    throw new OprfError(`${what} is not a valid ristretto255 element`);
  }
  try {
    return sodium.crypto_scalarmult_ristretto255(scalar, element);
  } catch {
    throw new OprfError(`${what} gives the identity element`);
  }
}

function checkScalar(scalar: Uint8Array, what: string): void {
  // canonical (< group order) and non-zero: reducing a copy must give the same bytes back
  if (scalar.length !== SCALAR_BYTES) throw new OprfError(`${what} must be ${SCALAR_BYTES} bytes`);
  const wide = new Uint8Array(64);
  wide.set(scalar);
  const reduced = sodium.crypto_core_ristretto255_scalar_reduce(wide);
  if (!sodium.memcmp(reduced, scalar) || scalar.every((b) => b === 0)) {
    throw new OprfError(`${what} is not a canonical non-zero scalar`);
  }
}

/**
 * A uniform non-zero scalar: 64 random bytes reduced mod the group order (RFC 9497 RandomScalar). Not
 * libsodium's scalar_random: its WASM build reaches the JS RNG for every call, which made it 5x the cost
 * of a scalar multiplication here.
 */
function randomScalar(): Uint8Array {
  for (;;) {
    const scalar = sodium.crypto_core_ristretto255_scalar_reduce(randomBytes(64));
    if (scalar.some((b) => b !== 0)) return scalar;
  }
}

export const sodiumOprf: Oprf = {
  blind(input: Uint8Array, blind?: Uint8Array): Blinded {
    const r = blind ?? randomScalar();
    if (blind) checkScalar(blind, 'blind');
    return { blind: r, blinded: multiply(r, hashToGroup(input), 'the input') };
  },
  blindEvaluate(secretKey: Uint8Array, blinded: Uint8Array): Uint8Array {
    return multiply(secretKey, blinded, 'the blinded element');
  },
  finalize(input: Uint8Array, blind: Uint8Array, evaluated: Uint8Array): Uint8Array {
    const inverse = sodium.crypto_core_ristretto255_scalar_invert(blind);
    return finalizeHash(input, multiply(inverse, evaluated, 'the evaluated element'));
  },
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array {
    return finalizeHash(input, multiply(secretKey, hashToGroup(input), 'the input'));
  },
  generateKey: randomScalar,
};

/** Throws OprfError unless `key` is a usable OPRF secret key (a canonical non-zero scalar). */
export function checkOprfKey(key: Uint8Array): void {
  checkScalar(key, 'the OPRF key');
}
