/**
 * The dialect layer without a database: placeholders numbered in textual order through nested fragments,
 * set parameters as ONE parameter, Dates bound the way each driver compares them, and values read back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dialect, readDate, readNumber } from '../../subgraphs/national/db/dialect.js';
import { anyOf, joinSql, raw, sql } from '../../subgraphs/national/db/sql.js';

const when = new Date('2024-12-31T23:30:00.250Z');
const query = (() => {
  const filter = joinSql([sql`a = ${'x'}`, raw('1 = 1'), sql`b >= ${when}`], ' AND ');
  return sql`SELECT * FROM t WHERE ${filter} AND c ${anyOf(['p', 'q', 'p'], 'text')} AND d ${anyOf([1, 2], 'integer')} LIMIT ${5}`;
})();

test('SQLite: `?` in textual order, a JSON array through json_each, Dates as UTC text', () => {
  const { text, params } = new Dialect('sqlite').render(query);
  assert.equal(
    text,
    'SELECT * FROM t WHERE a = ? AND 1 = 1 AND b >= ? AND c IN (SELECT value FROM json_each(?)) AND d IN (SELECT value FROM json_each(?)) LIMIT ?',
  );
  assert.deepEqual(params, ['x', '2024-12-31 23:30:00.250', '["p","q"]', '[1,2]', 5]);
});

test('PostgreSQL: $n in textual order, an array through = ANY, Dates as Dates', () => {
  const { text, params } = new Dialect('postgres').render(query);
  assert.equal(
    text,
    'SELECT * FROM t WHERE a = $1 AND 1 = 1 AND b >= $2 AND c = ANY($3::text[]) AND d = ANY($4::bigint[]) LIMIT $5',
  );
  assert.deepEqual(params, ['x', when, ['p', 'q'], [1, 2], 5]);
});

test('a fragment used twice binds its values twice', () => {
  const f = sql`x = ${1}`;
  assert.deepEqual(new Dialect('postgres').render(sql`${f} OR ${f}`), { text: 'x = $1 OR x = $2', params: [1, 1] });
});

test('undefined and invalid Dates never reach SQL', () => {
  assert.throws(() => new Dialect('sqlite').render(sql`a = ${undefined}`), /undefined bound/);
  assert.throws(() => new Dialect('postgres').render(sql`a = ${new Date('nope')}`), /invalid Date/);
});

test('SQLite datetime text is read as UTC whatever the process time zone; PostgreSQL Dates pass', () => {
  assert.equal(readDate('2024-12-31 23:30:00.250').toISOString(), '2024-12-31T23:30:00.250Z');
  assert.equal(readDate('2024-12-31 23:30:00').toISOString(), '2024-12-31T23:30:00.000Z');
  assert.equal(readDate('2024-12-31T23:30:00.250Z').toISOString(), '2024-12-31T23:30:00.250Z');
  assert.equal(readDate(when), when);
  assert.throws(() => readDate('yesterday'), /not a timestamp/);
  assert.throws(() => readDate(20241231), /not a timestamp/);
});

test('numbers read from strings (PostgreSQL BIGINT/NUMERIC) and numbers alike', () => {
  assert.equal(readNumber('176099'), 176099);
  assert.equal(readNumber(42), 42);
  assert.throws(() => readNumber(null), /not a number/);
  assert.throws(() => readNumber('abc'), /not a number/);
});
