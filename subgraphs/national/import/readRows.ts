/**
 * Streams the rows of an import file with their physical line numbers: CSV through csv-parse (quoted
 * fields may span lines; a row is reported at the line it starts on) and NDJSON line by line. Rows come
 * out as plain field maps; checking what is in them is validateRow's job. A STIX bundle is read by
 * readStixBundle into the same field maps, one per report object. Problems of the file itself
 * (header, quoting, JSON syntax) are yielded in place so they are reported together with field errors.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvError, parse } from 'csv-parse';
import { type ImportProblem } from './ImportError.js';
import { actionColumn, csvColumns, requiredColumns } from './columns.js';
import { type ImportFormat } from './importFormat.js';
import { readStixBundle } from './readStixBundle.js';

export type RawRow =
  | { readonly line: number; readonly fields: Readonly<Record<string, unknown>>; readonly problem?: undefined }
  | { readonly line: number; readonly problem: ImportProblem; readonly fields?: undefined };

export { type ImportFormat, formatOf } from './importFormat.js';

export function readRows(path: string, format: ImportFormat): AsyncGenerator<RawRow> {
  if (format === 'stix') return readStixBundle(path);
  return format === 'csv' ? readCsv(path) : readNdjson(path);
}

async function* readCsv(path: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let header: string[] | undefined;
  let endLine = 0;
  let emptyLines = 0;
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; empty_lines: number };
    }>) {
      // info.lines is the line the record ENDS on; it starts after the previous record and any blank lines
      const line = endLine + 1 + (item.info.empty_lines - emptyLines);
      endLine = item.info.lines;
      emptyLines = item.info.empty_lines;
      if (!header) {
        header = item.record.map((h) => h.trim().toLowerCase());
        const problems = headerProblems(header, line);
        for (const problem of problems) yield { line, problem };
        if (problems.length > 0) return;
        continue;
      }
      if (item.record.length !== header.length) {
        yield {
          line,
          problem: { line, field: 'row', reason: `has ${item.record.length} fields, the header has ${header.length}` },
        };
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((column, i) => (fields[column] = item.record[i] ?? ''));
      yield { line, fields };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? endLine + 1;
    yield { line, problem: { line, field: 'csv', reason: error.message } };
    return;
  }
  if (!header) yield { line: 1, problem: { line: 1, field: 'file', reason: 'is empty; a header row is required' } };
}

function headerProblems(header: readonly string[], line: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (!csvColumns.includes(column)) {
      problems.push({
        line,
        field: 'header',
        reason: `unknown column ${JSON.stringify(column)}; columns are ${csvColumns.join(', ')}`,
      });
    } else if (seen.has(column)) {
      problems.push({ line, field: 'header', reason: `column ${JSON.stringify(column)} appears twice` });
    }
    seen.add(column);
  }
  // with an action column a file may hold only changes, which need no more than the reference; its NEW
  // rows are checked for the required fields one by one
  const required = seen.has(actionColumn) ? ['reference'] : requiredColumns;
  for (const column of required) {
    if (!seen.has(column)) problems.push({ line, field: 'header', reason: `required column ${column} is missing` });
  }
  return problems;
}

async function* readNdjson(path: string): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const rawText of lines) {
    line++;
    const text = line === 1 ? rawText.replace(/^\uFEFF/, '') : rawText;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, problem: { line, field: 'json', reason: `not valid JSON (${(error as Error).message})` } };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, problem: { line, field: 'json', reason: 'each line must be one JSON object' } };
      continue;
    }
    yield { line, fields: value as Record<string, unknown> };
  }
}
