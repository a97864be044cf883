/**
 * Bulk INSERT of many rows in few statements, inside the caller's transaction: SQLite gets multi-row VALUES
 * lists; PostgreSQL gets one array parameter per column through unnest(), so a chunk is a handful of
 * parameters however many rows it has, and the server parses one short statement instead of thousands of
 * tuples.
 */
import { DateUtils, type EntityManager } from 'typeorm';
import { type Dialect } from '../db/dialect.js';
import { type InsertOf, insertColumns, type TableSpec, valuesOf } from '../db/tables/index.js';

/** Bound parameters per SQLite INSERT: under its 32,766 limit, and statements small enough to prepare fast. */
const sqliteParameters = 16000;
/** Rows per PostgreSQL INSERT: one array parameter per column, so only statement size bounds it. */
const postgresRows = 10_000;

/**
 * Inserts `records` into `table` (every column of its description but the generated id, so a column added
 * to the description is a compile error here until the writer fills it) and returns the `returning`
 * columns of every row inserted.
 */
export async function bulkInsert<T extends TableSpec>(
  manager: EntityManager,
  dialect: Dialect,
  table: T,
  records: readonly InsertOf<T>[],
  returning?: string,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const columns = insertColumns(table);
  const rows = valuesOf(columns, records);
  const head = `INSERT INTO ${table.name} (${columns.map((c) => c.name).join(', ')})`;
  const tail = returning ? ` RETURNING ${returning}` : '';
  if (dialect.type === 'postgres') {
    const arrays = columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ');
    for (const chunk of chunks(rows, postgresRows)) {
      const params = columns.map((_, i) => chunk.map((row) => row[i]));
      out.push(...(await query(manager, `${head} SELECT * FROM unnest(${arrays})${tail}`, params)));
    }
    return out;
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (const chunk of chunks(rows, Math.floor(sqliteParameters / columns.length))) {
    // the same text for every full chunk: better-sqlite3 statements are prepared once and reused
    const text = `${head} VALUES ${Array.from(chunk, () => tuple).join(', ')}${tail}`;
    out.push(
      ...(await query(
        manager,
        text,
        chunk.flatMap((row) => row.map(sqliteValue)),
      )),
    );
  }
  return out;
}

export async function query(
  manager: EntityManager,
  text: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const result: unknown = await manager.query(text, params);
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** better-sqlite3 cannot bind a Date: TypeORM's own UTC text form, which the rest of the node reads. */
function sqliteValue(value: unknown): unknown {
  return value instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(value) : value;
}
