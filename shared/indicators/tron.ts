/**
 * TRON addresses (where most USDT scam proceeds land): base58check of 21 bytes whose first byte is 0x41,
 * written `T…`. Canonical as given: base58 is case-sensitive.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { createBase58check } from '@scure/base';
import { invalid } from './invalidIndicator.js';

const base58check = createBase58check(sha256);
const tronVersion = 0x41;

export function looksLikeTron(address: string): boolean {
  return /^T/.test(address);
}

export function normalizeTron(address: string): string {
  let payload: Uint8Array;
  try {
    payload = base58check.decode(address);
  } catch {
    return invalid('not a valid TRON address (bad base58 characters or checksum)');
  }
  // 21 bytes of payload + 4 of checksum = the 25 bytes of a TRON address
  if (payload.length !== 21) invalid(`a TRON address holds 25 bytes, not ${payload.length + 4}`);
  if (payload[0] !== tronVersion) invalid('a TRON address starts with version byte 0x41');
  return address;
}
