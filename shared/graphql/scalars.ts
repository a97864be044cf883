import { GraphQLScalarType, Kind } from 'graphql';
import { userError } from '../errors.js';
import { decimalToMinor } from '../money.js';

/**
 * The three custom scalars of values.graphql. Inputs are validated here so a bad date or amount is a
 * BAD_USER_INPUT naming the value, not an exception deep in a resolver.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 date-time: `new Date()` alone would also take "1", "March 7" or "+275760-09-13T00:00:00Z"
const isoDateTime = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * A real calendar day between 0001-01-01 and 9999-12-31. JavaScript's Date rolls impossible days over
 * (2025-02-30 becomes 2025-03-02), so the day is rebuilt and compared with what was written.
 */
function isCalendarDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m || m[1] === '0000') return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw userError('BAD_USER_INPUT', `Date must be a calendar day YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

// Values read from a database are trusted: dates keep their old, lenient serialisation.
function serializeDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isoDate.test(value)) return value;
  throw new TypeError(`not a date: ${JSON.stringify(value)}`);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: serializeDate,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const m = typeof value === 'string' ? isoDateTime.exec(value) : null;
  const d = m && isCalendarDate(m[1]!) ? new Date(value as string) : undefined;
  if (!d || Number.isNaN(d.getTime())) {
    throw userError('BAD_USER_INPUT', `DateTime must be RFC 3339 (2025-01-31T08:00:00Z), got ${JSON.stringify(value)}`);
  }
  return d;
}

function serializeDateTime(value: unknown): string {
  const d = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(d.getTime())) throw new TypeError(`not a date-time: ${JSON.stringify(value)}`);
  return d.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || decimalToMinor(text) === null) {
    throw userError('BAD_USER_INPUT', `Decimal must be a number with at most 2 decimals, got ${JSON.stringify(value)}`);
  }
  return text.trim();
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) =>
    parseDecimal(ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar };
