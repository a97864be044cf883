/**
 * Bitcoin mainnet addresses: legacy base58check (P2PKH `1…`, P2SH `3…`) and SegWit (bech32 v0 `bc1q…`,
 * bech32m v1+ `bc1p…`). Checksums, version bytes and witness-program lengths are verified, so a typo is
 * rejected here instead of becoming an indicator no other report will ever match.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import { invalid } from './invalidIndicator.js';

const base58check = createBase58check(sha256);
const p2pkhVersion = 0x00;
const p2shVersion = 0x05;

/** `bc1` is mainnet SegWit; testnet/regtest prefixes are recognised only to be refused with a clear reason. */
const segwitPrefix = /^(?:bc|tb|bcrt)1/i;

export function looksLikeBitcoin(address: string): boolean {
  return segwitPrefix.test(address) || /^[13]/.test(address);
}

/** Canonical: base58 as given (it is case-sensitive); bech32 lowercase (BIP 173 defines it case-insensitive). */
export function normalizeBitcoin(address: string): string {
  if (segwitPrefix.test(address)) return normalizeSegwit(address);
  let payload: Uint8Array;
  try {
    payload = base58check.decode(address);
  } catch {
    return invalid('not a valid Bitcoin address (bad base58 characters or checksum)');
  }
  if (payload.length !== 21) invalid(`a Bitcoin base58 address holds 21 bytes, not ${payload.length}`);
  if (payload[0] !== p2pkhVersion && payload[0] !== p2shVersion) {
    invalid(`version byte 0x${payload[0]?.toString(16).padStart(2, '0')} is not mainnet P2PKH (0x00) or P2SH (0x05)`);
  }
  return address;
}

/** BIP 173 / BIP 350: version 0 uses bech32 with a 20- or 32-byte program; versions 1-16 use bech32m. */
function normalizeSegwit(address: string): string {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) {
    invalid('a bech32 address must not mix upper and lower case');
  }
  const lower = address.toLowerCase();
  const asBech32 = bech32.decodeUnsafe(lower);
  const asBech32m = bech32m.decodeUnsafe(lower);
  const decoded = asBech32 || asBech32m;
  if (!decoded) return invalid('not a valid bech32/bech32m address (bad characters or checksum)');
  if (decoded.prefix !== 'bc') invalid(`prefix "${decoded.prefix}" is not Bitcoin mainnet ("bc")`);
  const [version, ...programWords] = decoded.words;
  if (version === undefined || version > 16) return invalid('bad witness version');
  if (version === 0 && !asBech32) invalid('a version 0 witness address must use bech32, not bech32m');
  if (version > 0 && !asBech32m) invalid(`a version ${version} witness address must use bech32m (BIP 350)`);
  const program = bech32.fromWordsUnsafe(programWords);
  if (!program) return invalid('bad witness program padding');
  if (program.length < 2 || program.length > 40) invalid(`witness program of ${program.length} bytes (2-40 allowed)`);
  if (version === 0 && program.length !== 20 && program.length !== 32) {
    invalid(`a version 0 witness program has 20 or 32 bytes, not ${program.length}`);
  }
  return lower;
}
