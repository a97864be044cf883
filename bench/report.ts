/**
 * The bench's output: one aligned plain-text table per run (scenarios, scale curve, budget check), printed
 * and written with the raw figures to bench/results/<timestamp>.{json,md} so runs can be compared. Every
 * figure is the median over the repetitions with its range (min-max); a ratio to another target is shown
 * only where both gave the same answers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineLine } from './machine.js';
import {
  type BenchReport,
  type ScalePoint,
  type ScenarioRow,
  type Spread,
  type Target,
  comparable,
  figuresOf,
} from './results.js';
import { summarize } from './structureCounts.js';

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export const num = (n: number | null | undefined, unit = ''): string => {
  if (!finite(n)) return '-';
  const digits = Math.abs(n) < 10 ? 2 : Math.abs(n) < 100 ? 1 : 0;
  return `${n.toFixed(digits)}${unit}`;
};
const rate = (n: number | null | undefined) => (!finite(n) ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
export const ratio = (a: number | null | undefined, b: number | null | undefined): number | undefined =>
  finite(a) && finite(b) && b > 0 ? a / b : undefined;

/** `median (min-max)`, or the median alone when the range is one value (a single repetition). */
export function spreadText(s: Spread | undefined, format: (n: number) => string = num): string {
  if (!s || !finite(s.median)) return '-';
  return s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}-${format(s.max)})`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function alignTable(header: string[], rows: string[][], rightFrom = 2): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Our median throughput over `other`'s, or why there is none: a row whose answers differ (or failed) compares
 * different work, so it gets no ratio until the difference is explained and fixed.
 */
export function ratioCell(row: ScenarioRow, other: Target): string {
  const theirs = figuresOf(row, other);
  const ours = figuresOf(row, 'ours');
  if (!theirs || !ours) return '';
  if (row.answers.failed.ours || row.answers.failed[other]) return 'check failed';
  if (!comparable(row, other)) return 'answers differ';
  const r = ratio(ours.rps.median, theirs.rps.median);
  return r === undefined ? '-' : `${num(r)}x`;
}

/** Our median p50 minus the direct call's, with the throughput ratio (only for comparable answers). */
export function directCell(row: ScenarioRow): string {
  const direct = figuresOf(row, 'direct');
  const ours = figuresOf(row, 'ours');
  if (!direct || !ours) return '';
  const r = ratioCell(row, 'direct');
  if (!r.endsWith('x')) return r;
  const delta = ours.p50.median - direct.p50.median;
  return `${r}, ${delta >= 0 ? '+' : ''}${num(delta)} ms`;
}

function scenarioTable(report: BenchReport): string {
  const header = ['scenario', 'target', 'req/s', 'p50 ms', 'p99 ms', 'fail', 'bg CPU', 'CPU gw', 'CPU subg'];
  header.push('SQL/member', '_entities', 'RSS MB', 'ours/Hive', 'ours/direct');
  const rows: string[][] = [];
  for (const row of report.scenarios) {
    row.targets.forEach((t, i) => {
      const isOurs = t.target === 'ours';
      const flagged = row.answers.differs[t.target] || row.answers.failed[t.target];
      rows.push([
        i === 0 ? `(${row.letter}) ${row.title}` : '',
        t.target + (flagged ? ' (!)' : ''),
        spreadText(t.rps, rate),
        spreadText(t.p50),
        spreadText(t.p99),
        String(t.failures),
        t.backgroundCpu === null ? '?' : `${t.backgroundCpu}%`,
        spreadText(t.cpuGateway),
        spreadText(t.cpuSubgraphs),
        isOurs ? summarize(row.structure, 'sql') : '',
        isOurs ? summarize(row.structure, 'entities') : '',
        row.rssMb[t.target] !== undefined ? num(row.rssMb[t.target]) : '',
        isOurs ? ratioCell(row, 'hive') : '',
        isOurs ? directCell(row) : '',
      ]);
    });
  }
  return alignTable(header, rows);
}

function scaleTable(scale: ScalePoint[]): string {
  const base = scale[0];
  const rows = scale.map((p) => [
    p.reports.toLocaleString('en'),
    spreadText(p.lookup),
    num(ratio(p.lookup?.median, base?.lookup?.median), 'x'),
    spreadText(p.stats),
    num(ratio(p.stats?.median, base?.stats?.median), 'x'),
  ]);
  const vs = `vs ${base?.reports.toLocaleString('en')}`;
  return alignTable(['reports/member', 'lookup p50', vs, 'stats p50', vs], rows, 1);
}

/** Where each row's answers differed or failed, and what the comparison normalised. */
export function answerNotes(report: BenchReport): string[] {
  const out: string[] = [];
  for (const row of report.scenarios) {
    for (const [target, why] of Object.entries(row.answers.failed))
      out.push(`(${row.letter}) ${target}: check requests failed: ${why}`);
    for (const [target, diff] of Object.entries(row.answers.differs))
      out.push(`(${row.letter}) ${target}: answers differ from ours, no ratio: ${diff}`);
  }
  const normalised = [...new Set(report.scenarios.flatMap((r) => r.answers.normalised))];
  if (normalised.length > 0) out.push(`answers compared after normalising: ${normalised.join('; ')}`);
  return out;
}

export function renderReport(report: BenchReport): string {
  const { commit, dirty } = report.provenance;
  const parts = [
    `ASEAN anti-scam federation bench, ${report.startedAt}`,
    `commit: ${commit ?? 'unknown'}${dirty.length ? ` (dirty: ${dirty.length} changed paths)` : ' (clean)'}`,
    `machine: ${machineLine(report.machine)}`,
    `command: ${report.command}`,
    `settings: ${Object.entries(report.settings)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
      .join(' ')}`,
    `figures: median (min-max) over ${String(report.options.repeat)} repetitions; targets interleaved, order rotating`,
    '',
    scenarioTable(report),
  ];
  const memory = Object.entries(report.memory)
    .filter(([, m]) => m)
    .map(([name, m]) => `${name} ${num(m!.rssMb)} MB (peak ${num(m!.peakMb)} MB)`);
  if (memory.length > 0) parts.push('', `gateway RSS at the end: ${memory.join(', ')}`);
  if (report.scale.length > 0) parts.push('', 'scale curve (our gateway; p50 ms)', scaleTable(report.scale));
  if (report.budgets.length > 0) {
    const rows = report.budgets.map((b) => [b.budget, b.measured, b.status]);
    parts.push('', 'budget (DESIGN.md)', alignTable(['target', 'measured', ''], rows, 3));
  }
  const notes = [...answerNotes(report), ...report.notes];
  if (notes.length > 0) parts.push('', 'notes:', ...notes.map((n) => `- ${n}`));
  return parts.join('\n');
}

/** Writes <dir>/<timestamp>.json (everything) and .md (the table); returns the two paths. */
export function writeReport(dir: string, report: BenchReport, text: string): [string, string] {
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = join(dir, `${stamp}.json`);
  const md = join(dir, `${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, `# Bench ${report.startedAt}\n\n\`\`\`text\n${text}\n\`\`\`\n`);
  return [json, md];
}
