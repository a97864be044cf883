/**
 * The few places where SQLite and PostgreSQL differ for the read model, kept in one file so the store's
 * SQL reads the same on both:
 * - placeholders: `?` (bound in order) vs `$1, $2, …`;
 * - a set parameter: SQLite takes a JSON array through `json_each(?)`, PostgreSQL an array through
 *   `= ANY($1)`; either way ONE parameter, so 10,000 or 100,000 digests stay one statement and never meet
 *   SQLite's 32,766 or PostgreSQL's 65,535 parameter limits;
 * - dates in: better-sqlite3 cannot bind a Date, and SQLite compares the UTC text TypeORM stores
 *   ('YYYY-MM-DD HH:MM:SS.SSS'), so a Date is bound as that text; PostgreSQL binds the Date (timestamptz);
 * - dates out: SQLite gives that text back (UTC without a zone), PostgreSQL a Date;
 * - numbers out: PostgreSQL returns COUNT and SUM over BIGINT as strings (they may exceed 2^53);
 * - month buckets: strftime vs to_char, both in UTC.
 */
import { DateUtils } from 'typeorm';
import { type DatabaseConfig } from '../config.js';
import { invariant } from '../../../shared/errors.js';
import { AnyOf, Sql } from './sql.js';

export interface RenderedSql {
  readonly text: string;
  readonly params: unknown[];
}

export class Dialect {
  constructor(readonly type: DatabaseConfig['type']) {}

  /** 'YYYY-MM' of a timestamp column, in UTC. */
  month(column: string): string {
    return this.type === 'postgres'
      ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`
      : `strftime('%Y-%m', ${column})`;
  }

  render(query: Sql): RenderedSql {
    const params: unknown[] = [];
    const placeholder = (value: unknown): string => {
      params.push(value);
      return this.type === 'postgres' ? `$${params.length}` : '?';
    };
    const walk = (fragment: Sql): string => {
      let text = fragment.strings[0] ?? '';
      fragment.values.forEach((value, i) => {
        text += this.value(value, placeholder, walk) + (fragment.strings[i + 1] ?? '');
      });
      return text;
    };
    return { text: walk(query), params };
  }

  private value(value: unknown, placeholder: (v: unknown) => string, walk: (s: Sql) => string): string {
    if (value instanceof Sql) return walk(value);
    if (value instanceof AnyOf) {
      if (this.type === 'postgres') {
        // bigint[], not integer[]: an id beyond int4 (a client may send any ID) then matches nothing instead of
        // failing the statement; int4 = int8 is in the same btree family, so the index is still used
        return `= ANY(${placeholder(value.values)}::${value.type === 'text' ? 'text' : 'bigint'}[])`;
      }
      return `IN (SELECT value FROM json_each(${placeholder(JSON.stringify(value.values))}))`;
    }
    if (value instanceof Date) {
      invariant(!Number.isNaN(value.getTime()), 'an invalid Date reached the SQL layer');
      return placeholder(this.type === 'postgres' ? value : DateUtils.mixedDateToUtcDatetimeString(value));
    }
    invariant(value !== undefined, 'undefined bound as a SQL parameter');
    return placeholder(value);
  }
}

const sqliteDatetime = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** A timestamp column's value as an instant; SQLite's zone-less text is UTC (that is how TypeORM wrote it). */
export function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const m = sqliteDatetime.exec(value);
    if (m) {
      const date = new Date(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
      if (!Number.isNaN(date.getTime())) return date;
    }
  }
  throw new Error(`not a timestamp: ${JSON.stringify(value)}`);
}

/** COUNT/SUM/id values as numbers (PostgreSQL sends BIGINT and NUMERIC as strings). */
export function readNumber(value: unknown): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' || typeof value === 'bigint' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new Error(`not a number: ${JSON.stringify(value)}`);
  return n;
}

export function readNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : readNumber(value);
}

export function readString(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`not a string: ${JSON.stringify(value)}`);
  return value;
}

export function readStringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : readString(value);
}
