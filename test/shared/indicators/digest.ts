import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type IndicatorKey } from '../../../subgraphs/shared/indicatorKey.js';
import {
  digestIndicator,
  indicatorId,
  keyIndicator,
  parseIndicatorId,
} from '../../../subgraphs/shared/indicators/index.js';
import { assertBadInput } from './expectations.js';

const k1: IndicatorKey = { id: 'k1', secret: Buffer.alloc(32, 1) };
const k2: IndicatorKey = { id: 'k2', secret: Buffer.alloc(32, 2) };
/** Same id, other secret: a misconfigured node must not produce matching digests. */
const k1Other: IndicatorKey = { id: 'k1', secret: Buffer.alloc(32, 2) };
const hex64 = /^[0-9a-f]{64}$/;

describe('digestIndicator', () => {
  test('is `${keyId}:${HMAC-SHA-256 hex}` and pinned (nodes of every version must agree)', () => {
    // computed independently: printf 'PHONE\0+66812345678' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0101…01 (32 bytes)
    assert.equal(
      digestIndicator('PHONE', '+66812345678', k1),
      'k1:8a558ca642f396b192547c9e7a72fb61233bce2544d9a069e0bf883b1718ff6f',
    );
  });

  test('is deterministic, includes the key id, and differs by kind, value, key and secret', () => {
    const digest = digestIndicator('PHONE', '+66812345678', k1);
    assert.equal(digestIndicator('PHONE', '+66812345678', k1), digest);
    const [keyId, hex] = digest.split(':');
    assert.equal(keyId, 'k1');
    assert.match(hex ?? '', hex64);
    assert.notEqual(digestIndicator('EMAIL', '+66812345678', k1), digest);
    assert.notEqual(digestIndicator('PHONE', '+66812345679', k1), digest);
    assert.match(digestIndicator('PHONE', '+66812345678', k2), /^k2:/);
    assert.notEqual(digestIndicator('PHONE', '+66812345678', k2).slice(3), digest.slice(3));
    assert.notEqual(digestIndicator('PHONE', '+66812345678', k1Other), digest);
  });
});

describe('keyIndicator and indicator ids', () => {
  test('every spelling gets the same digest and id', () => {
    const spellings: [string, string | undefined][] = [
      ['081-234-5678', 'TH'],
      ['+66 81 234 5678', undefined],
      ['0066812345678', 'MY'],
    ];
    const keyed = spellings.map(([value, region]) => keyIndicator('PHONE', value, k1, { region }));
    for (const k of keyed) assert.deepEqual(k, keyed[0]);
    const first = keyed[0];
    assert.ok(first);
    assert.equal(first.kind, 'PHONE');
    assert.equal(first.canonical, '+66812345678');
    assert.equal(first.digest, digestIndicator('PHONE', '+66812345678', k1));
    assert.equal(first.id, `PHONE:${first.digest}`);
  });

  test('parseIndicatorId inverts indicatorId for every kind', () => {
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
      const keyed = keyIndicator(kind, value, k2);
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
    assertBadInput(() => parseIndicatorId(`FAX:k1:${hex}`), 'id', 'unknown kind FAX; expected one of PHONE');
  });
});
