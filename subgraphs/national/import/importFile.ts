/**
 * Imports a member's reports from a CSV or NDJSON file, all or nothing:
 * 1. every row is read and validated first; any problem anywhere -> ImportError listing them all, and the
 *    database is not touched;
 * 2. in ONE transaction, rows whose reference is already stored are compared with what is stored: the same
 *    content is skipped ("unchanged", so re-running a file changes nothing), different content is a problem
 *    that rolls the whole import back;
 * 3. the new rows are written in bulk (ReportWriter), sharing indicators already known to the node.
 */
import { stat } from 'node:fs/promises';
import { type Member } from '../../../schema/registry.js';
import { type IndicatorKey } from '../../shared/indicatorKey.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { ImportError, type ImportProblem } from './ImportError.js';
import { formatOf, readRows } from './readRows.js';
import { fingerprintDiff, type ReportRecord, reportFingerprint } from './ReportRecord.js';
import { ReportWriter } from './ReportWriter.js';
import { storedFingerprints } from './storedFingerprints.js';
import { createRowValidator } from './validateRow.js';

export interface ImportProgress {
  readonly phase: 'validate' | 'write';
  /** Rows read (validate) or written (write) so far. */
  readonly rows: number;
  /** Rows to write; known in the write phase only. */
  readonly total?: number;
}

export interface ImportOptions {
  /** Validate and compare with the database, report what would change, write nothing. */
  dryRun?: boolean;
  /** Called every `progressEvery` rows in each phase. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
}

export interface ImportSummary {
  file: string;
  dryRun: boolean;
  rows: number;
  inserted: number;
  unchanged: number;
  /** Distinct indicators the import added to the node. */
  indicatorsNew: number;
  /** Distinct indicators it linked that the node already had (from earlier imports or the seed). */
  indicatorsReused: number;
  elapsedMs: number;
}

interface Row {
  line: number;
  record: ReportRecord;
}

const writeBatch = 2000;

export async function importFile(
  db: NationalDatabase,
  member: Member,
  key: IndicatorKey,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const every = options.progressEvery ?? 10_000;
  const rows = await validateFile(member, key, path, every, options.onProgress);
  const dryRun = options.dryRun === true;

  const work = async (manager: NationalDatabase['dataSource']['manager']) => {
    const stored = await storedFingerprints(
      manager,
      db.type,
      rows.map((r) => r.record.reference),
    );
    const fresh: Row[] = [];
    const problems: ImportProblem[] = [];
    for (const row of rows) {
      const before = stored.get(row.record.reference);
      if (before === undefined) {
        fresh.push(row);
        continue;
      }
      const now = reportFingerprint(row.record);
      if (now !== before) {
        problems.push({
          line: row.line,
          field: 'reference',
          reason: `${JSON.stringify(row.record.reference)} already imported with different content (${fingerprintDiff(before, now).join(', ')} differ)`,
        });
      }
    }
    // thrown inside the transaction: it rolls back, though nothing has been written yet
    if (problems.length > 0) throw new ImportError(path, problems);
    const writer = new ReportWriter(manager, db.type, key.id, { dryRun });
    for (let i = 0; i < fresh.length; i += writeBatch) {
      await writer.write(fresh.slice(i, i + writeBatch).map((r) => r.record));
      const done = Math.min(fresh.length, i + writeBatch);
      if (Math.floor(done / every) > Math.floor(i / every)) {
        options.onProgress?.({ phase: 'write', rows: done, total: fresh.length });
      }
    }
    const totals = writer.totals;
    return {
      file: path,
      dryRun,
      rows: rows.length,
      inserted: fresh.length,
      unchanged: rows.length - fresh.length,
      indicatorsNew: totals.indicatorsNew,
      indicatorsReused: totals.indicatorsReused,
      elapsedMs: 0,
    };
  };

  const summary = dryRun ? await work(db.dataSource.manager) : await db.dataSource.transaction(work);
  return { ...summary, elapsedMs: performance.now() - started };
}

/** Reads and validates the whole file; throws ImportError with every problem found. */
async function validateFile(
  member: Member,
  key: IndicatorKey,
  path: string,
  every: number,
  onProgress: ImportOptions['onProgress'],
): Promise<Row[]> {
  const format = formatOf(path);
  if (!format) {
    throw new ImportError(path, [
      { line: 0, field: 'file', reason: 'unknown format: expected a .csv or .ndjson file' },
    ]);
  }
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) throw new ImportError(path, [{ line: 0, field: 'file', reason: 'no such file' }]);
  const validate = createRowValidator(member, key);
  const problems: ImportProblem[] = [];
  const rows: Row[] = [];
  const firstLine = new Map<string, number>();
  let read = 0;
  for await (const raw of readRows(path, format)) {
    if (raw.problem) {
      problems.push(raw.problem);
      continue;
    }
    read++;
    if (read % every === 0) onProgress?.({ phase: 'validate', rows: read });
    const result = validate(raw.fields, raw.line);
    problems.push(...result.problems);
    // duplicates are caught on the reference as written, even when either row has other problems
    const reference = typeof raw.fields.reference === 'string' ? raw.fields.reference.trim() : '';
    const seen = reference === '' ? undefined : firstLine.get(reference);
    if (seen !== undefined) {
      problems.push({
        line: raw.line,
        field: 'reference',
        reason: `${JSON.stringify(reference)} also on line ${seen}`,
      });
      continue;
    }
    if (reference !== '') firstLine.set(reference, raw.line);
    if (result.record) rows.push({ line: raw.line, record: result.record });
  }
  if (problems.length > 0) throw new ImportError(path, problems);
  return rows;
}
