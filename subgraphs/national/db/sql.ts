/**
 * SQL text with its parameters kept apart until the dialect renders it. Fragments nest, so a filter can be
 * built once and used twice; the placeholders (`?` on SQLite, `$n` on PostgreSQL) are numbered only at
 * render time, in textual order, which is the order better-sqlite3 binds anonymous `?` in. Written by hand
 * because TypeORM's query builder cannot express the window and CTE queries portably, and a tagged template
 * keeps every value a bound parameter: nothing a caller sends is ever pasted into SQL text.
 */

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** A set to match a column against in ONE parameter, whatever its size (see Dialect.render). */
export class AnyOf {
  constructor(
    readonly values: readonly (string | number)[],
    readonly type: 'text' | 'integer',
  ) {}
}

/** `sql\`a = ${x}\``: interpolated values become parameters; interpolated Sql fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql([...strings], values);
}

/** Trusted SQL text (a column name or dialect expression written in this codebase, never input). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function joinSql(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return raw('');
  const strings = ['', ...parts.slice(1).map(() => separator), ''];
  return new Sql(strings, parts);
}

/** `column IN (…)` / `column = ANY(…)` over distinct values: the one statement never grows with the input. */
export function anyOf(values: readonly string[], type: 'text'): AnyOf;
export function anyOf(values: readonly number[], type: 'integer'): AnyOf;
export function anyOf(values: readonly (string | number)[], type: 'text' | 'integer'): AnyOf {
  return new AnyOf([...new Set(values)], type);
}
