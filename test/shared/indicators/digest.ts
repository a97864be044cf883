import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type IndicatorKey } from '../../../shared/indicatorKey.js';
import { digestIndicator, indicatorId, keyIndicator, parseIndicatorId } from '../../../shared/indicators/index.js';
import { LocalKeyer } from '../../../shared/keying/LocalKeyer.js';
import { nobleOprf } from '../../../shared/oprf/nobleOprf.js';
import { assertBadInput } from './expectations.js';

const k1: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 1) };
const k2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 2) };
/** Same id, other secret: a misconfigured service must not produce matching digests. */
const k1Other: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 2) };
const hex64 = /^[0-9a-f]{64}$/;

describe('digestIndicator', () => {
  test('is `${keyId}:` + the first 32 bytes of the RFC 9497 OPRF output, pinned (every version must agree)', () => {
    // the reference implementation (@noble/curves) on the same input and key
    const input = new TextEncoder().encode('PHONE\u0000+66812345678');
    const expected = Buffer.from(nobleOprf.evaluate(k1.secret, input).subarray(0, 32)).toString('hex');
    assert.equal(digestIndicator('PHONE', '+66812345678', k1), `o1:${expected}`);
    assert.equal(
      digestIndicator('PHONE', '+66812345678', k1),
      'o1:52dc09b286ead7af7b651bf7e859b0372d0161f2f006b6d93051e06ab9b10b7e',
    );
  });

  test('is deterministic, includes the key id, and differs by kind, value, key and secret', () => {
    const digest = digestIndicator('PHONE', '+66812345678', k1);
    assert.equal(digestIndicator('PHONE', '+66812345678', k1), digest);
    const [keyId, hex] = digest.split(':');
    assert.equal(keyId, 'o1');
    assert.match(hex ?? '', hex64);
    assert.notEqual(digestIndicator('EMAIL', '+66812345678', k1), digest);
    assert.notEqual(digestIndicator('PHONE', '+66812345679', k1), digest);
    assert.match(digestIndicator('PHONE', '+66812345678', k2), /^o2:/);
    assert.notEqual(digestIndicator('PHONE', '+66812345678', k2).slice(3), digest.slice(3));
    assert.notEqual(digestIndicator('PHONE', '+66812345678', k1Other), digest);
  });
});

describe('keyIndicator and indicator ids', () => {
  // in-process evaluation with the key: these tests are about names, not about the keying service
  test('every spelling gets the same digest and id', async () => {
    const spellings: [string, string | undefined][] = [
      ['081-234-5678', 'TH'],
      ['+66 81 234 5678', undefined],
      ['0066812345678', 'MY'],
    ];
    const keyed = await Promise.all(
      spellings.map(([value, region]) => keyIndicator('PHONE', value, new LocalKeyer(k1), { region })),
    );
    for (const k of keyed) assert.deepEqual(k, keyed[0]);
    const first = keyed[0];
    assert.ok(first);
    assert.equal(first.kind, 'PHONE');
    assert.equal(first.canonical, '+66812345678');
    assert.equal(first.digest, digestIndicator('PHONE', '+66812345678', k1));
    assert.equal(first.id, `PHONE:${first.digest}`);
  });

  test('parseIndicatorId inverts indicatorId for every kind', async () => {
    const samples: [string, string][] = [
      ['PHONE', '+66812345678'],
      ['BANK_ACCOUNT', 'TH:004:1234567890'],
      ['CRYPTO_WALLET', 'TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
      ['URL', 'https://example.com/login'],
      ['DOMAIN', 'example.com'],
      ['EMAIL', 'agent@example.com'],
      ['SOCIAL_ACCOUNT', 'TELEGRAM:scam_support'],
    ];
    for (const [kind, value] of samples) {
      const keyed = await keyIndicator(kind, value, new LocalKeyer(k1Other));
      assert.equal(keyed.id, indicatorId(keyed.kind, keyed.digest));
      assert.deepEqual(parseIndicatorId(keyed.id), { kind, digest: keyed.digest });
    }
  });

  test('parseIndicatorId rejects ids it could not have produced', () => {
    const hex = 'a'.repeat(64);
    const malformed = [
      '',
      'PHONE',
      'PHONE:k1',
      'PHONE:k1:abc',
      `PHONE:k1:${'g'.repeat(64)}`,
      `PHONE:k1:${'A'.repeat(64)}`,
      `PHONE:k1:${hex}0`,
      `PHONE:${hex}`,
      `PHONE:k 1:${hex}`,
      `PHONE:${'k'.repeat(17)}:${hex}`,
      `phone:k1:${hex}`,
      ` PHONE:k1:${hex}`,
    ];
    for (const id of malformed) assertBadInput(() => parseIndicatorId(id), 'id', 'is malformed');
    assertBadInput(() => parseIndicatorId(`FAX:o1:${hex}`), 'id', 'unknown kind FAX; expected one of PHONE');
  });

  test('an id under a key generation the federation does not use is BAD_USER_INPUT, never a silent miss', () => {
    const hex = 'a'.repeat(64);
    for (const keyId of ['k1', 'o2', 'dev1', 'test1']) {
      assertBadInput(() => parseIndicatorId(`PHONE:${keyId}:${hex}`), 'id', `unknown key id ${keyId}`);
    }
    assert.deepEqual(parseIndicatorId(`PHONE:o1:${hex}`), { kind: 'PHONE', digest: `o1:${hex}` });
  });
});
