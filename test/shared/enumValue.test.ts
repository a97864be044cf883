/**
 * Stored codes become SDL enum values through one checked helper (issue 14): a code the lists do not hold is
 * an internal error naming the field and the code (masked at the edge, logged inside), never a cast.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GraphQLError } from 'graphql';
import { channels, indicatorKinds, scamTypes } from '../../schema/typology.js';
import { enumValue, enumValues } from '../../shared/graphql/enumValue.js';

test('every code of a typology list passes as itself', () => {
  for (const list of [scamTypes, channels, indicatorKinds])
    for (const { code } of list) assert.equal(enumValue(list, code, 'field'), code);
  assert.deepEqual(enumValues(scamTypes, ['ROMANCE', 'LOAN'], 'field'), ['ROMANCE', 'LOAN']);
});

test('a plain list of codes works the same way', () => {
  const levels = ['NONE', 'HIT', 'SUMMARY'] as const;
  assert.equal(enumValue(levels, 'HIT', 'AuditEntry.level'), 'HIT');
  assert.throws(() => enumValue(levels, 'DETAIL', 'AuditEntry.level'), /AuditEntry\.level.*"DETAIL"/);
});

test('an unknown code is an internal error naming the field and the code, not a user error', () => {
  for (const raw of ['romance', 'ROMANCE ', '', 'CRYPTO']) {
    assert.throws(
      () => enumValue(scamTypes, raw, 'ScamReport.scamType'),
      (e: unknown) =>
        e instanceof Error &&
        !(e instanceof GraphQLError) &&
        e.message.startsWith('ScamReport.scamType: stored code ') &&
        e.message.includes(JSON.stringify(raw)) &&
        e.message.includes('INVESTMENT'),
    );
  }
  assert.throws(() => enumValues(channels, ['SMS', 'FAX'], 'NationalSighting.channels'), /"FAX"/);
});
