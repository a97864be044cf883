/**
 * The form every national table is described in (issue 14 item 1; the descriptions are the other files of
 * this folder): each column's name, the record key it maps to, its PostgreSQL type (which fixes its
 * TypeScript type), length and nullability, and the helpers that derive column lists, SELECT lists and row
 * readers from a description.
 */
import { invariant } from '../../../../shared/errors.js';
import { readDate, readNumber, readString } from '../dialect.js';
import { joinSql, raw, sql, type Sql } from '../sql.js';

/** The column types the national tables use; SQLite stores `timestamptz` as TypeORM's UTC `datetime` text. */
export type PgType = 'integer' | 'bigint' | 'varchar' | 'text' | 'timestamptz';

export interface ColumnSpec {
  readonly name: string;
  /** The property a record or row carries the value in. */
  readonly key: string;
  readonly pg: PgType;
  /** varchar length. */
  readonly length?: number;
  readonly nullable?: boolean;
  /** Filled by the database (the row id): never in an INSERT's column list. */
  readonly generated?: boolean;
}

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
}

type TsType<P extends PgType> = P extends 'integer' | 'bigint' ? number : P extends 'timestamptz' ? Date : string;
type ValueOf<C extends ColumnSpec> = TsType<C['pg']> | (C['nullable'] extends true ? null : never);
type ColumnOf<T extends TableSpec> = T['columns'][number];

/** A whole row, by record key. */
export type RowOf<T extends TableSpec> = { [C in ColumnOf<T> as C['key']]: ValueOf<C> };
/** What an INSERT gives: every column but the generated ones. */
export type InsertOf<T extends TableSpec> = {
  [C in ColumnOf<T> as C['generated'] extends true ? never : C['key']]: ValueOf<C>;
};
export type KeyOf<T extends TableSpec> = ColumnOf<T>['key'];

/** The row id most tables have: an integer the database fills (never in an INSERT's column list). */
export const generatedId = { name: 'id', key: 'id', pg: 'integer', generated: true } as const;

/** The columns an INSERT names, in description order. */
export function insertColumns(table: TableSpec): ColumnSpec[] {
  return table.columns.filter((c) => !c.generated);
}

/** The columns of `keys`, in description order. */
export function columnsOf<T extends TableSpec>(table: T, keys: readonly KeyOf<T>[]): ColumnSpec[] {
  for (const key of keys)
    invariant(
      table.columns.some((c) => c.key === key),
      `${table.name} has no column ${key}`,
    );
  return table.columns.filter((c) => (keys as readonly string[]).includes(c.key));
}

/** `alias.a, alias.b, …` for a SELECT list. */
export function selectList(columns: readonly ColumnSpec[], alias?: string): string {
  return columns.map((c) => (alias ? `${alias}.${c.name}` : c.name)).join(', ');
}

/**
 * `INSERT INTO <table> (a, b, …) VALUES (…)` for one record: the columns of `keys` (by default every column
 * but the generated ones) in description order, each value of `record` a bound parameter. Callers append
 * what follows (ON CONFLICT, RETURNING).
 */
export function insertRow<T extends TableSpec>(
  table: T,
  record: { readonly [K in KeyOf<T>]?: unknown },
  keys?: readonly KeyOf<T>[],
): Sql {
  const columns = keys ? columnsOf(table, keys) : insertColumns(table);
  const values = columns.map((c) => {
    const value = (record as Record<string, unknown>)[c.key];
    invariant(value !== undefined, `no value for ${table.name}.${c.name}`);
    return sql`${value}`;
  });
  return sql`INSERT INTO ${raw(table.name)} (${raw(selectList(columns))}) VALUES (${joinSql(values, ', ')})`;
}

/** One value as its column's TypeScript type (PostgreSQL's BIGINT strings, SQLite's datetime text). */
export function readColumn(column: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) {
    invariant(column.nullable === true, `${column.name} is null`);
    return null;
  }
  if (column.pg === 'integer' || column.pg === 'bigint') return readNumber(value);
  if (column.pg === 'timestamptz') return readDate(value);
  return readString(value);
}

/** A reader of a database row's `keys` columns into a record by key (the columns are looked up once). */
export function rowReader<T extends TableSpec, K extends KeyOf<T>>(
  table: T,
  keys: readonly K[],
): (row: Record<string, unknown>) => Pick<RowOf<T>, K> {
  const columns = columnsOf(table, keys);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c.key] = readColumn(c, row[c.name]);
    return out as Pick<RowOf<T>, K>;
  };
}

/** Values of `rows` in the order of `columns`: what a bulk INSERT binds. */
export function valuesOf(columns: readonly ColumnSpec[], rows: readonly object[]): unknown[][] {
  return rows.map((row) =>
    columns.map((c) => {
      const value = (row as Record<string, unknown>)[c.key];
      invariant(value !== undefined, `no value for ${c.name}`);
      return value;
    }),
  );
}
