import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import {
  fingerprintOf,
  packFingerprints,
  sharedFingerprints,
  unpackFingerprints,
  type FingerprintEntry,
} from '../../shared/correlation/fingerprints.js';

test('fingerprint sets: 1,000 planted among 11 x 20,000 are found exactly, with their holders and counts', () => {
  const planted = Array.from({ length: 1000 }, () => randomBytes(8).toString('hex'));
  const sets: FingerprintEntry[][] = Array.from({ length: 11 }, () =>
    Array.from({ length: 20_000 }, () => ({ fingerprint: randomBytes(8).toString('hex'), reportCount: 1 })),
  );
  const holders = (j: number) => [j % 11, (j + 1 + (j % 3)) % 11, ...(j % 4 === 0 ? [(j + 6) % 11] : [])];
  planted.forEach((fingerprint, j) => {
    for (const s of new Set(holders(j))) sets[s]!.push({ fingerprint, reportCount: j % 2 === 0 ? 4 : null });
  });
  // the same first 52 bits as a planted one, different after: not shared
  sets[0]!.push({ fingerprint: `${planted[1]!.slice(0, 13)}${planted[1]![13] === '0' ? '1' : '0'}00`, reportCount: 1 });
  const found = sharedFingerprints(sets.map(packFingerprints));
  assert.equal(found.size, planted.length);
  planted.forEach((fingerprint, j) => {
    const n = new Set(holders(j)).size;
    assert.deepEqual(found.get(fingerprint), { holders: n, reportCount: j % 2 === 0 ? 4 * n : 0 }, `planted ${j}`);
  });
});

test('packing round-trips; a withheld count travels as 0 and reads back as null', () => {
  const entries = [
    { fingerprint: '0123456789abcdef', reportCount: 7 },
    { fingerprint: 'fedcba9876543210', reportCount: null },
  ];
  assert.deepEqual(unpackFingerprints(packFingerprints(entries)), entries);
  assert.throws(() => unpackFingerprints(Buffer.alloc(13).toString('base64')), /not whole records/);
});

test('a fingerprint is the keyed digest’s first 8 bytes, or a hash of an id without a hex digest', () => {
  assert.equal(fingerprintOf(`EMAIL:k1:${'ab'.repeat(32)}`), 'abababababababab');
  assert.match(fingerprintOf('EMAIL:k1:not-hex'), /^[0-9a-f]{16}$/);
});
