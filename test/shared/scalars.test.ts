/** The custom scalars refuse what is not a real value instead of rolling it over or guessing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GraphQLError, Kind } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../shared/graphql/scalars.js';

const refused = (parse: () => unknown, value: unknown) =>
  assert.throws(
    parse,
    (e: unknown) => e instanceof GraphQLError && e.extensions.code === 'BAD_USER_INPUT',
    String(value),
  );

test('Date takes calendar days only: 2025-02-30 is refused, not rolled to 03-02', () => {
  for (const ok of ['2025-02-28', '2024-02-29', '1967-08-08', '9999-12-31', '0001-01-01'])
    assert.equal(DateScalar.parseValue(ok), ok);
  for (const bad of [
    '2025-02-30',
    '2025-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '0000-01-01',
    '2025-1-1',
    '20250101',
    '+02025-01-01',
    20250101,
    null,
  ])
    refused(() => DateScalar.parseValue(bad), bad);
  refused(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-02-30' }), 'literal');
  refused(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20250101' }), 'int literal');
});

test('DateTime takes RFC 3339 only: no bare numbers, prose, impossible days or six-digit years', () => {
  assert.equal((DateTimeScalar.parseValue('2025-01-31T08:00:00Z') as Date).toISOString(), '2025-01-31T08:00:00.000Z');
  assert.equal(
    (DateTimeScalar.parseValue('2025-01-31T08:00:00.5+07:00') as Date).toISOString(),
    '2025-01-31T01:00:00.500Z',
  );
  for (const bad of [
    '1',
    'March 7',
    '2025-02-30T00:00:00Z',
    '2025-01-31T24:00:00Z',
    '2025-01-31 08:00:00',
    '+275760-09-13T00:00:00Z',
    '2025-01-31T08:00:00',
  ])
    refused(() => DateTimeScalar.parseValue(bad), bad);
});

test('Decimal refuses amounts beyond exact arithmetic and more than two decimals', () => {
  assert.equal(DecimalScalar.parseValue('1,250.50'), '1,250.50');
  assert.equal(DecimalScalar.parseValue(1250.5), '1250.5');
  for (const bad of ['99999999999999999999', 1e21, '1.234', '1e5', 'NaN', ''])
    refused(() => DecimalScalar.parseValue(bad), bad);
});

test('values read from the database still serialise as before', () => {
  assert.equal(DateScalar.serialize('2025-01-31'), '2025-01-31');
  assert.equal(DateScalar.serialize(new Date('2025-01-31T23:00:00Z')), '2025-01-31');
  assert.equal(DateTimeScalar.serialize('2025-01-31 08:00:00Z'), '2025-01-31T08:00:00.000Z');
});
