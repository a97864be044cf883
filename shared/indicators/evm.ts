/**
 * EVM addresses (Ethereum and every EVM chain): `0x` + 20 bytes of hex. A mixed-case address carries an
 * EIP-55 checksum (https://eips.ethereum.org/EIPS/eip-55), which must verify; all-lower and all-upper
 * carry none. Canonical: lowercase, since the checksum is only a spelling of the same address.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { invalid } from './invalidIndicator.js';

export function looksLikeEvm(address: string): boolean {
  return /^0x/i.test(address);
}

export function normalizeEvm(address: string): string {
  const hex = address.replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) invalid('an EVM address is "0x" followed by 40 hex digits');
  const lower = hex.toLowerCase();
  if (hex !== lower && hex !== hex.toUpperCase() && hex !== eip55(lower)) invalid('bad EIP-55 checksum');
  return `0x${lower}`;
}

/** EIP-55: a letter is upper case when the matching nibble of keccak256(lowercase hex) is 8 or more. */
function eip55(lowerHex: string): string {
  const hash = keccak_256(new TextEncoder().encode(lowerHex));
  let out = '';
  for (let i = 0; i < lowerHex.length; i++) {
    const byte = hash[i >> 1] ?? 0;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const ch = lowerHex.charAt(i);
    out += nibble >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}
