/**
 * TON addresses, in both forms wallets show: raw `workchain:hex` (`0:83df…`, 32-byte account id) and
 * "user-friendly" base64 or base64url of 36 bytes (flags, workchain, account id, CRC16-XMODEM), e.g.
 * `EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N`. Both name the same account; the bounceable flag
 * only tells a wallet how to send, so the canonical form is the raw one, lowercase: `0:83df…`.
 * Specification: https://docs.ton.org/learn/overviews/addresses
 */
import { base64, base64urlnopad, hex } from '@scure/base';
import { invalid } from './invalidIndicator.js';

const raw = /^(-?[0-9]+):([0-9a-fA-F]{64})$/;
const friendly = /^[A-Za-z0-9_+/-]{48}$/;
const testnetFlag = 0x80;

export function looksLikeTon(address: string): boolean {
  return raw.test(address) || friendly.test(address);
}

export function normalizeTon(address: string): string {
  const rawMatch = raw.exec(address);
  if (rawMatch) return `${workchain(Number(rawMatch[1]))}:${(rawMatch[2] ?? '').toLowerCase()}`;
  if (!friendly.test(address)) invalid('a TON address is "workchain:64 hex digits" or 48 base64 characters');
  let bytes: Uint8Array;
  try {
    // base64url (`-`, `_`) is what wallets show; some tools print standard base64 (`+`, `/`)
    bytes = /[-_]/.test(address) ? base64urlnopad.decode(address) : base64.decode(address);
  } catch {
    return invalid('not valid base64');
  }
  const body = bytes.subarray(0, 34);
  const crc = ((bytes[34] ?? 0) << 8) | (bytes[35] ?? 0);
  if (crc16(body) !== crc) invalid('TON address checksum (CRC16) does not match');
  if (((bytes[0] ?? 0) & testnetFlag) !== 0) invalid('a TON testnet address, not a mainnet one');
  const chain = (bytes[1] ?? 0) > 127 ? (bytes[1] ?? 0) - 256 : (bytes[1] ?? 0);
  return `${workchain(chain)}:${hex.encode(bytes.subarray(2, 34))}`;
}

function workchain(id: number): number {
  // basechain 0 and masterchain -1 are the only workchains in use
  if (id !== 0 && id !== -1) invalid(`TON workchain ${id} does not exist (0 or -1)`);
  return id;
}

/** CRC16-XMODEM (polynomial 0x1021, initial 0), as the TON address format uses. Hand-written: ten lines. */
function crc16(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
