import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { members } from '../../../schema/registry.js';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { assertBadInput } from './expectations.js';

describe('normalizeIndicator', () => {
  test('an unknown kind is BAD_USER_INPUT on field kind, listing the kinds', () => {
    const error = assertBadInput(
      () => normalizeIndicator('FAX', '+66812345678'),
      'kind',
      'unknown indicator kind "FAX"',
    );
    assert.match(
      error.message,
      /expected one of PHONE, BANK_ACCOUNT, CRYPTO_WALLET, URL, DOMAIN, EMAIL, SOCIAL_ACCOUNT, E_WALLET, COMPANY$/,
    );
  });

  test('the kind is read in any case', () => {
    assert.deepEqual(normalizeIndicator('phone', '+66 81 234 5678'), { kind: 'PHONE', canonical: '+66812345678' });
  });

  test('the region must be a member of the registry (any case)', () => {
    const error = assertBadInput(() => normalizeIndicator('PHONE', '0812345678', { region: 'US' }), 'region', '"US"');
    assert.ok(error.message.includes(members.map((m) => m.code).join(', ')));
    assertBadInput(
      () => normalizeIndicator('EMAIL', 'a@example.com', { region: 'XX' }),
      'region',
      'not an ASEAN member',
    );
    assert.equal(normalizeIndicator('PHONE', '081 234 5678', { region: 'th' }).canonical, '+66812345678');
    assert.equal(normalizeIndicator('PHONE', '+66812345678', { region: '' }).canonical, '+66812345678');
  });

  test('the error names the kind, the value and the reason, in message and extensions', () => {
    const error = assertBadInput(
      () => normalizeIndicator('PHONE', '081-234-567', { region: 'TH' }),
      'value',
      'PHONE "081-234-567": not a valid phone number for TH (too short)',
    );
    assert.equal(error.extensions.kind, 'PHONE');
    assert.equal(error.extensions.reason, 'not a valid phone number for TH (too short)');
  });

  test('empty and oversized values are refused before parsing', () => {
    for (const kind of ['PHONE', 'URL', 'EMAIL']) {
      assertBadInput(() => normalizeIndicator(kind, '   '), 'value', `${kind} "   ": is empty`);
    }
    const long = `https://example.com/${'a'.repeat(3000)}`;
    const error = assertBadInput(() => normalizeIndicator('URL', long), 'value', 'is longer than 2048 characters');
    assert.ok(error.message.length < 300, 'the value is cut short in the message');
  });
});
