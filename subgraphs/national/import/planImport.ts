/**
 * Decides, in file order, what each valid row of an import does against what the node holds (storedReports)
 * and what earlier rows of the same file did: insert a new report, change one (UPDATE, WITHDRAW, REINSTATE,
 * each kept as a revision), nothing ("unchanged", so re-running a file changes nothing), or a problem that
 * refuses the whole file. Pure: reads nothing, writes nothing.
 *
 * Re-runs: a NEW row is compared with the version first imported (not the current one), so the original
 * file still reads as unchanged after later updates; change rows of a file that already changed a report
 * (a revision carries the file's digest) are unchanged too, so an old update file re-run does not undo a
 * newer one.
 */
import { type ImportProblem } from './ImportError.js';
import { type KeyedRow, referenceOf } from './ImportRow.js';
import { type ReportChange, type ReportVersion, sameVersion } from './ReportChange.js';
import { fingerprintDiff, type ReportRecord, reportFingerprint } from './ReportRecord.js';
import { type StoredReport } from './storedReports.js';

export interface ImportPlan {
  inserts: { line: number; record: ReportRecord }[];
  /** In file order; `reportId` is 0 for a report a NEW row of this file adds (known once it is written). */
  changes: ReportChange[];
  counts: { updated: number; withdrawn: number; reinstated: number; unchanged: number };
  problems: ImportProblem[];
}

export function planImport(
  rows: readonly { line: number; row: KeyedRow }[],
  stored: ReadonlyMap<string, StoredReport>,
  now: Date,
): ImportPlan {
  const plan: ImportPlan = {
    inserts: [],
    changes: [],
    counts: { updated: 0, withdrawn: 0, reinstated: 0, unchanged: 0 },
    problems: [],
  };
  /** Each reference's version as the rows so far leave it. */
  const state = new Map<string, ReportVersion>();
  for (const { line, row } of rows) {
    const reference = referenceOf(row);
    const held = stored.get(reference);
    const problem = (field: string, reason: string) => plan.problems.push({ line, field, reason });
    if (row.action === 'NEW') {
      if (!held) {
        plan.inserts.push({ line, record: row.record });
        state.set(reference, { ...row.record, withdrawnAt: null });
        continue;
      }
      const before = reportFingerprint({ reference, ...held.original, victim: held.victim });
      const now = reportFingerprint(row.record);
      if (now === before) plan.counts.unchanged++;
      else {
        problem(
          'reference',
          `${JSON.stringify(reference)} already imported with different content (${fingerprintDiff(before, now).join(', ')} differ); ` +
            'to correct it, send the row with action UPDATE',
        );
      }
      continue;
    }
    const current = state.get(reference) ?? held?.current;
    if (!current) {
      problem(
        'reference',
        `${JSON.stringify(reference)} is not stored at this node nor added by a NEW row earlier in this file; ` +
          `${row.action} needs an existing report`,
      );
      continue;
    }
    if (held?.changedByThisFile) {
      plan.counts.unchanged++;
      continue;
    }
    let after: ReportVersion;
    if (row.action === 'UPDATE') {
      if (current.withdrawnAt) {
        problem('action', `${JSON.stringify(reference)} is withdrawn; REINSTATE it before updating it`);
        continue;
      }
      after = { ...current, ...row.patch, indicators: row.indicators ?? current.indicators };
    } else {
      after = { ...current, withdrawnAt: row.action === 'WITHDRAW' ? (current.withdrawnAt ?? now) : null };
    }
    if (sameVersion(after, current)) {
      plan.counts.unchanged++;
      continue;
    }
    plan.changes.push({ reportId: held?.id ?? 0, reference, line, action: row.action, before: current, after });
    state.set(reference, after);
    plan.counts[row.action === 'UPDATE' ? 'updated' : row.action === 'WITHDRAW' ? 'withdrawn' : 'reinstated']++;
  }
  return plan;
}
