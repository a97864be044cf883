/**
 * Imports a member's reports from a CSV or NDJSON file, all or nothing:
 * 1. every row is read and validated first; any problem anywhere -> ImportError listing them all, and the
 *    database is not touched; then the distinct indicators are keyed blind through the keying service, in
 *    batches (the node holds no key);
 * 2. in ONE transaction, rows whose reference is already stored are compared with what is stored: the same
 *    content is skipped ("unchanged", so re-running a file changes nothing), different content is a problem
 *    that rolls the whole import back;
 * 3. the new rows are written in bulk (ReportWriter), sharing indicators already known to the node.
 */
import { stat } from 'node:fs/promises';
import { type Member } from '../../../schema/registry.js';
import { type IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { ImportError, type ImportProblem } from './ImportError.js';
import { formatOf, readRows } from './readRows.js';
import { fingerprintDiff, type LinkContent, type ReportRecord, reportFingerprint } from './ReportRecord.js';
import { ReportWriter } from './ReportWriter.js';
import { storedFingerprints } from './storedFingerprints.js';
import { createRowValidator, type UnkeyedRecord } from './validateRow.js';

export interface ImportProgress {
  readonly phase: 'validate' | 'key' | 'write';
  /** Rows read (validate), distinct indicators keyed (key) or rows written (write) so far. */
  readonly rows: number;
  /** Indicators to key or rows to write; known in those phases only. */
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
  keyer: IndicatorKeyer,
  path: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const every = options.progressEvery ?? 10_000;
  const rows = await keyRows(await validateFile(member, path, every, options.onProgress), keyer, options.onProgress);
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
    const writer = new ReportWriter(manager, db.type, { dryRun });
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

/** Keys every distinct indicator of the file, blind and batched, and puts the digests into the records. */
async function keyRows(
  rows: readonly { line: number; record: UnkeyedRecord }[],
  keyer: IndicatorKeyer,
  onProgress: ImportOptions['onProgress'],
): Promise<Row[]> {
  const distinct = new Map<string, { kind: LinkContent['kind']; canonical: string }>();
  for (const { record } of rows) {
    for (const l of record.indicators) distinct.set(`${l.kind}\u0000${l.canonical}`, l);
  }
  const digests = await keyer.digests([...distinct.values()], {
    onProgress: (done, total) => onProgress?.({ phase: 'key', rows: done, total }),
  });
  const digestOf = new Map([...distinct.keys()].map((name, i) => [name, digests[i]!]));
  return rows.map(({ line, record }) => ({
    line,
    record: {
      ...record,
      indicators: record.indicators.map((l) => ({ ...l, digest: digestOf.get(`${l.kind}\u0000${l.canonical}`)! })),
    },
  }));
}

/** Reads and validates the whole file; throws ImportError with every problem found. */
async function validateFile(
  member: Member,
  path: string,
  every: number,
  onProgress: ImportOptions['onProgress'],
): Promise<{ line: number; record: UnkeyedRecord }[]> {
  const format = formatOf(path);
  if (!format) {
    throw new ImportError(path, [
      { line: 0, field: 'file', reason: 'unknown format: expected a .csv or .ndjson file' },
    ]);
  }
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) throw new ImportError(path, [{ line: 0, field: 'file', reason: 'no such file' }]);
  const validate = createRowValidator(member);
  const problems: ImportProblem[] = [];
  const rows: { line: number; record: UnkeyedRecord }[] = [];
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
