/**
 * Indicator fingerprints for correlation over every indicator (issue 10, item 4). A member's whole
 * indicator set for a period would be megabytes of keyed ids at 100,000 reports; the hub only needs to
 * find which ids two or more members share. So each node sends, per indicator, 8 bytes of SHA-256 of its
 * keyed id (never a value: the id is already keyed) and its report count, packed; the hub intersects the
 * sets and asks the members to resolve only the fingerprints that matched. At 64 bits, two different ids
 * colliding among the ~2 million of a region is about one chance in ten million; the hub resolves every
 * candidate back to full ids, and a collision would show as two ids under one fingerprint (see the hub).
 */
import { createHash } from 'node:crypto';

/** Bytes per record: 8 of fingerprint, 4 of count (big-endian; 0 = the owner withholds the count). */
const recordBytes = 12;

export interface FingerprintEntry {
  /** 16 lowercase hex digits. */
  fingerprint: string;
  /** null when the owner withholds the count (under its k). */
  reportCount: number | null;
}

/** The fingerprint of a keyed indicator id (`KIND:keyId:digest`). */
export function fingerprintOf(indicatorId: string): string {
  return createHash('sha256').update(indicatorId).digest('hex').slice(0, 16);
}

/** Base64 of the 12-byte records. */
export function packFingerprints(entries: readonly FingerprintEntry[]): string {
  const buf = Buffer.alloc(entries.length * recordBytes);
  entries.forEach((e, i) => {
    buf.write(e.fingerprint, i * recordBytes, 8, 'hex');
    buf.writeUInt32BE(Math.min(e.reportCount ?? 0, 0xffffffff), i * recordBytes + 8);
  });
  return buf.toString('base64');
}

/** Reads what packFingerprints wrote; throws on a blob that is not whole records. */
export function unpackFingerprints(blob: string): FingerprintEntry[] {
  const buf = Buffer.from(blob, 'base64');
  if (buf.length % recordBytes !== 0) throw new Error(`fingerprint blob of ${buf.length} bytes is not whole records`);
  const out: FingerprintEntry[] = [];
  for (let at = 0; at < buf.length; at += recordBytes) {
    const count = buf.readUInt32BE(at + 8);
    out.push({ fingerprint: buf.toString('hex', at, at + 8), reportCount: count === 0 ? null : count });
  }
  return out;
}
