/**
 * RFC 9562 §5.5 name-based UUIDs (SHA-1), which STIX 2.1 §2.9 recommends for deterministic ids: the same
 * indicator gets the same STIX id in every export, so a bundle imported elsewhere and exported again keeps
 * its ids. Written by hand (a hash and two bit fields) rather than adding a dependency for it.
 */
import { createHash } from 'node:crypto';

export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`uuidV5: namespace ${namespace} is not a UUID`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
