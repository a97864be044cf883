/**
 * The import formats, told apart by the file name, and how a problem's position is written in each:
 * CSV and NDJSON by physical line (`file:12: field: reason`, what an editor's "go to line" reads), a STIX
 * bundle (one JSON document) by object (`bundle.json: objects[11]: field: reason`).
 */
export type ImportFormat = 'csv' | 'ndjson' | 'stix';

export const formatNames = '.csv or .ndjson (or .jsonl), or .json for a STIX 2.1 bundle';

export function formatOf(path: string): ImportFormat | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(path)) return 'ndjson';
  if (/\.json$/i.test(path)) return 'stix';
  return undefined;
}

/**
 * `file:line` or, in a STIX bundle, where `line` is the object's position counted from 1 (0 = the bundle
 * as a whole), `file: objects[i]`.
 */
export function problemLocation(file: string, line: number): string {
  if (formatOf(file) !== 'stix') return `${file}:${line}`;
  return line === 0 ? `${file}: bundle` : `${file}: objects[${line - 1}]`;
}

/** `line 12` or, in a STIX bundle, `objects[11]`: a position inside a message. */
export function positionName(file: string, line: number): string {
  return formatOf(file) === 'stix' ? `objects[${line - 1}]` : `line ${line}`;
}
