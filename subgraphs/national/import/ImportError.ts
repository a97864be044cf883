/**
 * An import refused as a whole: every problem found, each with its physical line in the file, so the
 * sender can fix them all in one round instead of one per attempt. Nothing was written when this is thrown.
 */

import { problemLocation } from './importFormat.js';

export interface ImportProblem {
  /**
   * Physical line in the file (1-based; a CSV header is line 1); 0 for the file as a whole. In a STIX
   * bundle, the object's position in `objects` counted from 1 (problemLocation writes `objects[i]`).
   */
  readonly line: number;
  /** The column (CSV), the JSON path (NDJSON, e.g. `indicators[1].value`) or `file` / `row`. */
  readonly field: string;
  readonly reason: string;
}

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly errors: readonly ImportProblem[],
  ) {
    const first = errors[0];
    super(
      `${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}, nothing imported` +
        (first ? ` (first: ${problemLocation(file, first.line)}: ${first.field}: ${first.reason})` : ''),
    );
    this.name = 'ImportError';
  }
}

/**
 * `file:line: field: reason` (a STIX bundle: `file: objects[i]: field: reason`), one per line, in file
 * order: what an editor's "go to line" understands.
 */
export function formatImportErrors(file: string, errors: readonly ImportProblem[]): string {
  return [...errors]
    .sort((a, b) => a.line - b.line)
    .map((e) => `${problemLocation(file, e.line)}: ${e.field}: ${e.reason}`)
    .join('\n');
}
