/**
 * Imports a member's reports from a CSV or NDJSON file or a STIX 2.1 bundle, all or nothing:
 * 1. every row is read and validated first; any problem anywhere -> ImportError listing them all, and the
 *    database is not touched; then the distinct indicators are keyed blind through the keying service, in
 *    batches (the node holds no key);
 * 2. in ONE transaction, each row is planned against what the node holds (planImport): NEW rows already
 *    stored with the same content are skipped ("unchanged", so re-running a file changes nothing), with
 *    different content they are a problem; UPDATE, WITHDRAW and REINSTATE need a stored report (or a NEW
 *    row earlier in the file); any problem rolls the whole import back;
 * 3. new rows are written in bulk (ReportWriter.write), then the changes (ReportWriter.applyUpdates, which
 *    keeps every replaced version in scam_report_revision with this file's digest).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Member } from '../../../schema/registry.js';
import { type IndicatorKeyer } from '../../../shared/keying/IndicatorKeyer.js';
import { type NationalDatabase } from '../db/openDatabase.js';
import { ImportError, type ImportProblem } from './ImportError.js';
import { formatNames, positionName } from './importFormat.js';
import { type ImportRow, type KeyedRow, referenceOf } from './ImportRow.js';
import { planImport } from './planImport.js';
import { formatOf, readRows } from './readRows.js';
import { type AppliedChanges } from './ReportChange.js';
import { type IndicatorLink, type LinkContent } from './ReportRecord.js';
import { ReportWriter } from './ReportWriter.js';
import { storedReports } from './storedReports.js';
import { createRowValidator } from './validateRow.js';

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
  /** The clock for created_at, withdrawn_at and revisions (tests pin it). */
  now?: Date;
}

export interface ImportSummary {
  file: string;
  dryRun: boolean;
  rows: number;
  inserted: number;
  /** Reports changed by UPDATE rows, WITHDRAW rows and REINSTATE rows. */
  updated: number;
  withdrawn: number;
  reinstated: number;
  /** Rows that changed nothing (already imported, already applied, or the same values). */
  unchanged: number;
  /** Distinct indicators the import added to the node. */
  indicatorsNew: number;
  /** Distinct indicators it linked that the node already had (from earlier imports or the seed). */
  indicatorsReused: number;
  /** What ReportWriter.applyUpdates changed (empty on a dry run). */
  changed: AppliedChanges;
  elapsedMs: number;
}

interface Row {
  line: number;
  row: KeyedRow;
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
  const now = options.now ?? new Date();
  const importDigest = await fileDigest(path);

  const work = async (manager: NationalDatabase['dataSource']['manager']) => {
    const stored = await storedReports(
      manager,
      db.type,
      [...new Set(rows.map((r) => referenceOf(r.row)))],
      importDigest,
    );
    const plan = planImport(rows, stored, now);
    // thrown inside the transaction: it rolls back, though nothing has been written yet
    if (plan.problems.length > 0) throw new ImportError(path, plan.problems);
    const writer = new ReportWriter(manager, db.type, { dryRun, now });
    const fresh = plan.inserts;
    const insertedIds = new Map<string, number>();
    for (let i = 0; i < fresh.length; i += writeBatch) {
      const ids = await writer.write(fresh.slice(i, i + writeBatch).map((r) => r.record));
      for (const [reference, id] of ids) insertedIds.set(reference, id);
      const done = Math.min(fresh.length, i + writeBatch);
      if (Math.floor(done / every) > Math.floor(i / every)) {
        options.onProgress?.({ phase: 'write', rows: done, total: fresh.length });
      }
    }
    // a report a NEW row of this file added gets its id only now
    const changes = plan.changes.map((c) =>
      c.reportId > 0 ? c : { ...c, reportId: insertedIds.get(c.reference) ?? 0 },
    );
    const changed = await writer.applyUpdates(changes, { importDigest });
    const totals = writer.totals;
    return {
      file: path,
      dryRun,
      rows: rows.length,
      inserted: fresh.length,
      ...plan.counts,
      indicatorsNew: totals.indicatorsNew,
      indicatorsReused: totals.indicatorsReused,
      changed,
      elapsedMs: 0,
    };
  };

  const summary = dryRun ? await work(db.dataSource.manager) : await db.dataSource.transaction(work);
  return { ...summary, elapsedMs: performance.now() - started };
}

/** sha256 of the file's bytes: the revisions name the file that made them, and a re-run is recognised by it. */
async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Keys every distinct indicator of the file, blind and batched, and puts the digests into the records. */
async function keyRows(
  rows: readonly { line: number; row: ImportRow }[],
  keyer: IndicatorKeyer,
  onProgress: ImportOptions['onProgress'],
): Promise<Row[]> {
  const linksOf = (row: ImportRow): readonly LinkContent[] =>
    row.action === 'NEW' ? row.record.indicators : row.action === 'UPDATE' ? (row.indicators ?? []) : [];
  const distinct = new Map<string, { kind: LinkContent['kind']; canonical: string }>();
  for (const { row } of rows) {
    for (const l of linksOf(row)) distinct.set(`${l.kind}\u0000${l.canonical}`, l);
  }
  const digests = await keyer.digests([...distinct.values()], {
    onProgress: (done, total) => onProgress?.({ phase: 'key', rows: done, total }),
  });
  const digestOf = new Map([...distinct.keys()].map((name, i) => [name, digests[i]!]));
  const keyed = (links: readonly LinkContent[]): IndicatorLink[] =>
    links.map((l) => ({ ...l, digest: digestOf.get(`${l.kind}\u0000${l.canonical}`)! }));
  return rows.map(({ line, row }): Row => {
    if (row.action === 'NEW')
      return { line, row: { ...row, record: { ...row.record, indicators: keyed(row.record.indicators) } } };
    if (row.action === 'UPDATE') {
      return { line, row: { ...row, ...(row.indicators ? { indicators: keyed(row.indicators) } : {}) } as KeyedRow };
    }
    return { line, row };
  });
}

/** Reads and validates the whole file; throws ImportError with every problem found. */
async function validateFile(
  member: Member,
  path: string,
  every: number,
  onProgress: ImportOptions['onProgress'],
): Promise<{ line: number; row: ImportRow }[]> {
  const format = formatOf(path);
  if (!format) {
    throw new ImportError(path, [{ line: 0, field: 'file', reason: `unknown format: expected ${formatNames}` }]);
  }
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) throw new ImportError(path, [{ line: 0, field: 'file', reason: 'no such file' }]);
  const validate = createRowValidator(member);
  const problems: ImportProblem[] = [];
  const rows: { line: number; row: ImportRow }[] = [];
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
    // a NEW row must be its reference's first row (later rows may change it); caught on the reference as
    // written, even when either row has other problems
    const reference = typeof raw.fields.reference === 'string' ? raw.fields.reference.trim() : '';
    const action = typeof raw.fields.action === 'string' ? raw.fields.action.trim().toUpperCase() : '';
    const seen = reference === '' ? undefined : firstLine.get(reference);
    if (seen !== undefined && (action === '' || action === 'NEW')) {
      problems.push({
        line: raw.line,
        field: 'reference',
        reason: `${JSON.stringify(reference)} also on ${positionName(path, seen)}`,
      });
      continue;
    }
    if (reference !== '' && seen === undefined) firstLine.set(reference, raw.line);
    if (result.row) rows.push({ line: raw.line, row: result.row });
  }
  if (problems.length > 0) throw new ImportError(path, problems);
  return rows;
}
