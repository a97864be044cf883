/**
 * Constants and byte helpers of the ristretto255-SHA512 OPRF suite shared by both implementations
 * (RFC 9497 sections 3.1, 3.3.1 and 4.1).
 */
import { expand_message_xmd } from '@noble/curves/abstract/hash-to-curve.js';
import { sha512 } from '@noble/hashes/sha2.js';

export const SUITE = 'ristretto255-SHA512';
/** "OPRFV1-" || I2OSP(mode 0x00, 1) || "-" || identifier */
export const contextString = new Uint8Array([...ascii('OPRFV1-'), 0x00, ...ascii(`-${SUITE}`)]);
export const hashToGroupDst = new Uint8Array([...ascii('HashToGroup-'), ...contextString]);
/** Element and scalar sizes (Ne, Ns) and the output size (Nh). */
export const ELEMENT_BYTES = 32;
export const SCALAR_BYTES = 32;
export const OUTPUT_BYTES = 64;

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The 64 uniform bytes hash_to_ristretto255 maps to a group element (RFC 9380 expand_message_xmd). */
export function uniformBytes(input: Uint8Array): Uint8Array {
  return expand_message_xmd(input, hashToGroupDst, 64, sha512);
}

const finalizeLabel = ascii('Finalize');

/** Finalize's hash: I2OSP(len(input), 2) || input || I2OSP(len(element), 2) || element || "Finalize". */
export function finalizeHash(input: Uint8Array, element: Uint8Array): Uint8Array {
  if (input.length > 0xffff) throw new RangeError('OPRF input longer than 65535 bytes');
  const buf = new Uint8Array(2 + input.length + 2 + element.length + finalizeLabel.length);
  let at = 0;
  buf[at++] = input.length >> 8;
  buf[at++] = input.length & 0xff;
  buf.set(input, at);
  at += input.length;
  buf[at++] = element.length >> 8;
  buf[at++] = element.length & 0xff;
  buf.set(element, at);
  buf.set(finalizeLabel, at + element.length);
  return sha512(buf);
}
