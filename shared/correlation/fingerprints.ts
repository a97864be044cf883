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

/**
 * The fingerprint of a keyed indicator id (`KIND:keyId:digest`): the digest's first 8 bytes when it is
 * hex (a keyed digest is already uniform, and slicing costs nothing for 100,000 ids), otherwise 8 bytes
 * of SHA-256 of the id.
 */
export function fingerprintOf(indicatorId: string): string {
  const tail = indicatorId.slice(indicatorId.lastIndexOf(':') + 1);
  if (/^[0-9a-f]{16,}$/.test(tail)) return tail.slice(0, 16);
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

/**
 * The fingerprints present in two or more of the given sets, with how many sets hold each and their
 * disclosed counts summed. Two passes over the raw records, because 1.6 million hex strings in a Map take
 * seconds: the first finds the 52-bit numbers (taken from each fingerprint) that repeat, the second builds
 * exact fingerprints only for the records with such a number. (Each set holds a fingerprint once.)
 */
export function sharedFingerprints(blobs: readonly string[]): Map<string, { holders: number; reportCount: number }> {
  const bufs = blobs.map((b) => {
    const buf = Buffer.from(b, 'base64');
    if (buf.length % recordBytes !== 0) throw new Error(`fingerprint blob of ${buf.length} bytes is not whole records`);
    return buf;
  });
  const approx = (buf: Buffer, at: number) => buf.readUInt32BE(at) * 1_048_576 + (buf.readUInt32BE(at + 4) >>> 12);
  // sorting one typed array finds the repeated numbers in well under a second at 1.6 million records,
  // where a Map of them takes several (measured on the 2-core machine)
  const keys = new Float64Array(bufs.reduce((n, b) => n + b.length / recordBytes, 0));
  let i = 0;
  for (const buf of bufs) for (let at = 0; at < buf.length; at += recordBytes) keys[i++] = approx(buf, at);
  keys.sort();
  const repeated = new Set<number>();
  for (let j = 1; j < keys.length; j++) if (keys[j] === keys[j - 1]) repeated.add(keys[j]!);
  const out = new Map<string, { holders: number; reportCount: number }>();
  for (const buf of bufs) {
    for (let at = 0; at < buf.length; at += recordBytes) {
      if (!repeated.has(approx(buf, at))) continue;
      const fingerprint = buf.toString('hex', at, at + 8);
      const entry = out.get(fingerprint) ?? { holders: 0, reportCount: 0 };
      entry.holders += 1;
      entry.reportCount += buf.readUInt32BE(at + 8);
      out.set(fingerprint, entry);
    }
  }
  for (const [fingerprint, entry] of out) if (entry.holders < 2) out.delete(fingerprint);
  return out;
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
