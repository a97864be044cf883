/**
 * Solana addresses: an ed25519 public key (or program-derived address), 32 bytes in base58 with no
 * checksum, 32-44 characters. Only the length can be verified. Canonical as written: base58 is
 * case-sensitive.
 */
import { base58 } from '@scure/base';
import { invalid } from './invalidIndicator.js';

export function looksLikeSolana(address: string): boolean {
  return /^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(address);
}

export function normalizeSolana(address: string): string {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(address);
  } catch {
    return invalid('not a valid Solana address (bad base58 characters)');
  }
  if (bytes.length !== 32) invalid(`a Solana address holds 32 bytes, not ${bytes.length}`);
  return address;
}
