/**
 * RFC 9497 OPRF, mode 0x00 (OPRF), suite ristretto255-SHA512: the operations the keying service (holds the
 * key) and its clients (hold the values) perform. Two implementations agree byte for byte and both pass the
 * RFC's test vectors: `sodiumOprf` (libsodium's WASM ristretto255, ~10x faster, used everywhere) and
 * `nobleOprf` (@noble/curves' audited `ristretto255_oprf`, the reference the tests check the fast path against).
 * https://www.rfc-editor.org/rfc/rfc9497#section-3.3.1
 */
export interface Blinded {
  /** The client's secret blind scalar r (32 bytes, little-endian); never leaves the client. */
  readonly blind: Uint8Array;
  /** r * HashToGroup(input), serialised (32 bytes): what the keying service sees. */
  readonly blinded: Uint8Array;
}

export interface Oprf {
  /** Client: blinds `input` with a fresh random scalar (or `blind`, for the RFC's test vectors). */
  blind(input: Uint8Array, blind?: Uint8Array): Blinded;
  /** Server: k * blinded. Throws OprfError on bytes that are not a valid non-identity element. */
  blindEvaluate(secretKey: Uint8Array, blinded: Uint8Array): Uint8Array;
  /** Client: Hash(len(input) || input || len(N) || N || "Finalize"), N = r^-1 * evaluated; 64 bytes. */
  finalize(input: Uint8Array, blind: Uint8Array, evaluated: Uint8Array): Uint8Array;
  /** Key holder: the same output without the round trip (the service's own evaluation, tests). */
  evaluate(secretKey: Uint8Array, input: Uint8Array): Uint8Array;
  /** A fresh random non-zero scalar: a new OPRF key. */
  generateKey(): Uint8Array;
}

/** Bytes a party received that are not what the protocol allows (invalid element, identity, bad scalar). */
export class OprfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OprfError';
  }
}
