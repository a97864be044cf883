/**
 * The bench's output: one aligned plain-text table per run (scenarios, scale curve, budget check), printed
 * and written with the raw figures to bench/results/<timestamp>.{json,md} so runs can be compared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadResult } from './load.js';
import { type Machine, machineLine } from './machine.js';
import { type Measurement, type Target } from './measureScenario.js';
import { type Memory } from './procStats.js';
import { type StructureCounts, summarize } from './structureCounts.js';

export interface ScenarioRow {
  id: string;
  letter: string;
  title: string;
  sequential: boolean;
  measurements: Measurement[];
  /** Gateway RSS (MB) right after its run of this scenario. */
  rssMb: Partial<Record<Target, number>>;
  structure?: StructureCounts;
}

export interface ScalePoint {
  reports: number;
  lookup?: LoadResult;
  stats?: LoadResult;
}

export interface BudgetCheck {
  budget: string;
  measured: string;
  ok: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  command: string;
  machine: Machine;
  settings: Record<string, unknown>;
  scenarios: ScenarioRow[];
  memory: Partial<Record<'ours' | 'hive', Memory | null>>;
  scale: ScalePoint[];
  budgets: BudgetCheck[];
  notes: string[];
}

const num = (n: number | undefined, unit = ''): string => {
  if (n === undefined || !Number.isFinite(n)) return '-';
  const digits = Math.abs(n) < 10 ? 2 : Math.abs(n) < 100 ? 1 : 0;
  return `${n.toFixed(digits)}${unit}`;
};
const rate = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
const times = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? '-' : `${num(r)}x`);
export const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a !== undefined && b !== undefined && b > 0 && Number.isFinite(a) ? a / b : undefined;

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

export const find = (row: ScenarioRow, target: Target) => row.measurements.find((m) => m.target === target);

function scenarioTable(report: BenchReport): string {
  const header = [
    'scenario',
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'fail',
    'bg CPU',
    'CPU gw',
    'CPU subg',
    'SQL/member',
    '_entities',
    'RSS MB',
  ];
  header.push('ours/Hive', 'ours/direct');
  const rows: string[][] = [];
  for (const row of report.scenarios) {
    const ours = find(row, 'ours')?.result;
    row.measurements.forEach((m, i) => {
      const isOurs = m.target === 'ours';
      const direct = find(row, 'direct')?.result;
      const vsDirect =
        isOurs && direct
          ? `${times(ratio(ours?.rps, direct.rps))}, ${(ours!.p50 - direct.p50 >= 0 ? '+' : '') + num(ours!.p50 - direct.p50)} ms`
          : '';
      rows.push([
        i === 0 ? `(${row.letter}) ${row.title}` : '',
        m.target + (m.problem ? ' (!)' : ''),
        rate(m.result.rps),
        num(m.result.p50),
        num(m.result.p99),
        String(m.result.failures),
        m.backgroundCpu === null ? '?' : `${m.backgroundCpu}%`,
        num(m.cpuPerRequest?.gateway),
        num(m.cpuPerRequest?.subgraphs),
        isOurs ? summarize(row.structure, 'sql') : '',
        isOurs ? summarize(row.structure, 'entities') : '',
        row.rssMb[m.target] !== undefined ? num(row.rssMb[m.target]) : '',
        isOurs && find(row, 'hive') ? times(ratio(ours?.rps, find(row, 'hive')!.result.rps)) : '',
        vsDirect,
      ]);
    });
  }
  return alignTable(header, rows);
}

function scaleTable(scale: ScalePoint[]): string {
  const base = scale[0];
  const rows = scale.map((p) => [
    p.reports.toLocaleString('en'),
    num(p.lookup?.p50),
    num(p.lookup?.p99),
    num(ratio(p.lookup?.p50, base?.lookup?.p50), 'x'),
    num(p.stats?.p50),
    num(p.stats?.p99),
    num(ratio(p.stats?.p50, base?.stats?.p50), 'x'),
  ]);
  const header = ['reports/member', 'lookup p50', 'p99', `vs ${base?.reports.toLocaleString('en')}`];
  header.push('stats p50', 'p99', `vs ${base?.reports.toLocaleString('en')}`);
  return alignTable(header, rows, 1);
}

export function renderReport(report: BenchReport): string {
  const parts = [
    `ASEAN anti-scam federation bench, ${report.startedAt}`,
    `machine: ${machineLine(report.machine)}`,
    `command: ${report.command}`,
    `settings: ${Object.entries(report.settings)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
      .join(' ')}`,
    '',
    scenarioTable(report),
  ];
  const memory = Object.entries(report.memory)
    .filter(([, m]) => m)
    .map(([name, m]) => `${name} ${num(m!.rssMb)} MB (peak ${num(m!.peakMb)} MB)`);
  if (memory.length > 0) parts.push('', `gateway RSS at the end: ${memory.join(', ')}`);
  if (report.scale.length > 0) parts.push('', 'scale curve (our gateway; ms)', scaleTable(report.scale));
  if (report.budgets.length > 0) {
    const rows = report.budgets.map((b) => [b.budget, b.measured, b.ok === null ? 'n/a' : b.ok ? 'ok' : 'MISS']);
    parts.push('', 'budget (DESIGN.md)', alignTable(['target', 'measured', ''], rows, 3));
  }
  const problems = report.scenarios.flatMap((row) =>
    row.measurements.filter((m) => m.problem).map((m) => `(${row.letter}) ${m.target}: ${m.problem}`),
  );
  const notes = [...problems, ...report.notes];
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
