/**
 * The national report tables, described once (issue 14 item 1): each column's name, the record key it
 * maps to, its PostgreSQL type (which fixes its TypeScript type), length and nullability. The import
 * writer's column lists, the reader's column list and row mapping, and the import fingerprint are derived
 * from here; the migrations create the tables, and test/national/tables.test.ts checks the schema they
 * create on SQLite and PostgreSQL against this file, so the two cannot drift apart.
 */
import { invariant } from '../../../shared/errors.js';
import { readDate, readNumber, readString } from './dialect.js';

/** The column types the report tables use; SQLite stores `timestamptz` as TypeORM's UTC `datetime` text. */
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

const id = { name: 'id', key: 'id', pg: 'integer', generated: true } as const;

export const scamReport = {
  name: 'scam_report',
  columns: [
    id,
    { name: 'reference', key: 'reference', pg: 'varchar', length: 64 },
    { name: 'reported_at', key: 'reportedAt', pg: 'timestamptz' },
    { name: 'scam_type', key: 'scamType', pg: 'varchar', length: 32 },
    { name: 'channel', key: 'channel', pg: 'varchar', length: 32 },
    { name: 'loss_minor', key: 'lossMinor', pg: 'bigint', nullable: true },
    { name: 'currency', key: 'currency', pg: 'varchar', length: 3 },
    { name: 'status', key: 'status', pg: 'varchar', length: 32 },
    { name: 'province', key: 'province', pg: 'varchar', length: 80, nullable: true },
    { name: 'created_at', key: 'createdAt', pg: 'timestamptz' },
    { name: 'withdrawn_at', key: 'withdrawnAt', pg: 'timestamptz', nullable: true },
  ],
} as const satisfies TableSpec;

export const indicator = {
  name: 'indicator',
  columns: [
    id,
    { name: 'kind', key: 'kind', pg: 'varchar', length: 24 },
    { name: 'canonical', key: 'canonical', pg: 'varchar', length: 512 },
    { name: 'digest', key: 'digest', pg: 'varchar', length: 96 },
    { name: 'key_id', key: 'keyId', pg: 'varchar', length: 16 },
    // nullable only because SQLite cannot add a NOT NULL column to a table with rows; always filled
    { name: 'reference', key: 'reference', pg: 'varchar', length: 32, nullable: true },
  ],
} as const satisfies TableSpec;

export const reportIndicator = {
  name: 'report_indicator',
  columns: [
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'indicator_id', key: 'indicatorId', pg: 'integer' },
    { name: 'role', key: 'role', pg: 'varchar', length: 32 },
  ],
} as const satisfies TableSpec;

export const victim = {
  name: 'victim',
  columns: [
    id,
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'full_name', key: 'fullName', pg: 'varchar', length: 200, nullable: true },
    { name: 'phone', key: 'phone', pg: 'varchar', length: 32, nullable: true },
    { name: 'email', key: 'email', pg: 'varchar', length: 254, nullable: true },
    { name: 'id_number', key: 'idNumber', pg: 'varchar', length: 64, nullable: true },
    { name: 'age', key: 'age', pg: 'integer', nullable: true },
  ],
} as const satisfies TableSpec;

export const scamReportRevision = {
  name: 'scam_report_revision',
  columns: [
    id,
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'action', key: 'action', pg: 'varchar', length: 16 },
    { name: 'reported_at', key: 'reportedAt', pg: 'timestamptz' },
    { name: 'scam_type', key: 'scamType', pg: 'varchar', length: 32 },
    { name: 'channel', key: 'channel', pg: 'varchar', length: 32 },
    { name: 'loss_minor', key: 'lossMinor', pg: 'bigint', nullable: true },
    { name: 'currency', key: 'currency', pg: 'varchar', length: 3 },
    { name: 'status', key: 'status', pg: 'varchar', length: 32 },
    { name: 'province', key: 'province', pg: 'varchar', length: 80, nullable: true },
    { name: 'withdrawn_at', key: 'withdrawnAt', pg: 'timestamptz', nullable: true },
    { name: 'indicators', key: 'indicators', pg: 'text' },
    { name: 'revised_at', key: 'revisedAt', pg: 'timestamptz' },
    { name: 'import_digest', key: 'importDigest', pg: 'varchar', length: 64 },
    { name: 'import_line', key: 'importLine', pg: 'integer' },
  ],
} as const satisfies TableSpec;

/** Every table described here (the schema test walks them). */
export const reportTables: readonly TableSpec[] = [scamReport, indicator, reportIndicator, victim, scamReportRevision];

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
