/**
 * The README's performance table, rendered from one results file between two marker comments, so the figures
 * there are always a run's, never typed in: `npm run bench:readme` writes it, `--check` fails when the README
 * differs from what the newest full run renders. A "full run" is one at the budget's size with every
 * scenario, Hive Gateway and enough repetitions; smaller runs are for checking the bench, not for quoting.
 */
import { budget } from './budgets.js';
import { scenarioIds } from './options.js';
import { answerNotes, directCell, num, ratioCell, spreadText } from './report.js';
import { type BenchReport, resultsVersion } from './results.js';

export const startMarker = '<!-- bench:table:start (rendered by `npm run bench:readme`; do not edit) -->';
export const endMarker = '<!-- bench:table:end -->';

export interface ResultsFile {
  /** Path as shown in the README, e.g. bench/results/2026-...json. */
  file: string;
  report: BenchReport;
}

/** Why a results file is not a full run (null when it is one). */
export function notFullRun(report: Partial<BenchReport>): string | null {
  if (report.version !== resultsVersion) return `results format ${report.version ?? 1}, not ${resultsVersion}`;
  const o = report.options ?? {};
  if (o.reports !== budget.reports) return `${Number(o.reports).toLocaleString('en')} reports/member`;
  if (!(Number(o.repeat) >= budget.repeats)) return `${String(o.repeat)} repetition(s)`;
  if (o.hive !== true) return 'without Hive Gateway';
  const ran = Array.isArray(o.scenarios) ? (o.scenarios as string[]) : [];
  const missing = scenarioIds.filter((id) => !ran.includes(id));
  if (missing.length > 0) return `without ${missing.join(', ')}`;
  return null;
}

/** The newest full run among `files` (names are start timestamps, so the greatest name is the newest). */
export function newestFullRun(files: readonly ResultsFile[]): ResultsFile | null {
  const full = files.filter((f) => notFullRun(f.report) === null);
  return full.sort((a, b) => a.file.localeCompare(b.file)).at(-1) ?? null;
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const tableRow = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

export const noFullRunText = [
  'No full run in the current results format yet: `npm run bench` (100,000 reports per member, every',
  'scenario, Hive Gateway, 3 interleaved repetitions), then `npm run bench:readme` renders its table here.',
].join('\n');

/** The Markdown between the markers: provenance, the scenario table, the budget, and differing answers. */
export function renderSection(source: ResultsFile | null): string {
  if (!source) return noFullRunText;
  const { report, file } = source;
  const o = report.options;
  const { commit, dirty } = report.provenance;
  const m = report.machine;
  const lines = [
    `From \`${file}\` (${report.startedAt}): commit ${commit?.slice(0, 12) ?? 'unknown'}` +
      `${dirty.length ? ` plus ${dirty.length} uncommitted changes` : ''}; \`${report.command}\`;`,
    `${m.cpus} x ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node.replace(/^v/, '')}, load ${m.loadAtStart} at start;` +
      ` Hive Gateway ${String(report.settings.hive)};`,
    `${Number(o.reports).toLocaleString('en')} reports per member, ${String(o.connections)} connections,` +
      ` ${String(o.duration)} s per run. Each figure is the median (min-max) of ${String(o.repeat)} repetitions,` +
      ' targets interleaved in a rotating order; CPU is ms per request (gateway; 11 nodes and hub together).',
    '',
    tableRow([
      'scenario',
      'target',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU gw',
      'CPU subgraphs',
      'ours/Hive',
      'ours/direct',
    ]),
    tableRow(Array.from({ length: 9 }, () => '---')),
  ];
  for (const row of report.scenarios) {
    row.targets.forEach((t, i) => {
      const ours = t.target === 'ours';
      lines.push(
        tableRow([
          i === 0 ? `(${row.letter}) ${row.title}` : '',
          t.target + (t.failures ? ` (${t.failures} failed)` : ''),
          spreadText(t.rps, (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))),
          spreadText(t.p50),
          spreadText(t.p99),
          spreadText(t.cpuGateway),
          spreadText(t.cpuSubgraphs),
          ours ? ratioCell(row, 'hive') : '',
          ours ? directCell(row) : '',
        ]),
      );
    });
  }
  const memory = Object.entries(report.memory)
    .filter(([, mem]) => mem)
    .map(([name, mem]) => `${name} ${num(mem!.rssMb)} MB (peak ${num(mem!.peakMb)} MB)`);
  if (memory.length) lines.push('', `Gateway RSS at the end: ${memory.join(', ')}.`);
  lines.push('', tableRow(['budget (DESIGN.md)', 'measured', '']), tableRow(['---', '---', '---']));
  for (const b of report.budgets) lines.push(tableRow([b.budget, b.measured || '-', b.status]));
  const notes = answerNotes(report);
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by `section`; throws when the markers are missing. */
export function spliceSection(readme: string, section: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README has no ${startMarker} ... ${endMarker} block`);
  return `${readme.slice(0, start + startMarker.length)}\n${section}\n${readme.slice(end)}`;
}
