/**
 * The shape of bench/results/<timestamp>.json, shared by the bench (which writes it), the table printer, the
 * budget check and the README renderer (which read it): one definition, so a renderer can never read a field
 * the bench stopped writing.
 */
import { type LoadResult } from './load.js';
import { type Machine } from './machine.js';
import { type Memory } from './procStats.js';
import { type StructureCounts } from './structureCounts.js';

/** Bumped when the file's shape changes: older files (one run per target, no commit) are not rendered. */
export const resultsVersion = 2;

export type Target = 'ours' | 'hive' | 'direct';

export interface CpuPerRequest {
  /** The gateway measured (absent for direct calls). */
  gateway?: number;
  /** The 11 nodes and the hub together. */
  subgraphs: number;
  /** The bench process: load generator (and, for direct calls, nothing else). */
  loadGenerator: number;
}

/** One measured run of one target: the raw figures of one repetition. */
export interface Run {
  /** 0-based repetition. */
  repetition: number;
  /** 0-based place of this target in the repetition's order (the order rotates between repetitions). */
  position: number;
  result: LoadResult;
  /** CPU share (%) of the machine that processes outside the bench used during the run. */
  backgroundCpu: number | null;
  /** CPU time per request of the run (not the warm-up), in ms, by process group. */
  cpuPerRequest: CpuPerRequest | null;
}

/** Median and range over the repetitions. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One target of one scenario: every repetition, and the median and range the tables show. */
export interface TargetFigures {
  target: Target;
  runs: Run[];
  rps: Spread;
  p50: Spread;
  p99: Spread;
  /** Failed requests over all repetitions. */
  failures: number;
  cpuGateway?: Spread;
  cpuSubgraphs?: Spread;
  /** Highest background CPU share seen in any repetition. */
  backgroundCpu: number | null;
}

/** Whether every target answered the scenario's check requests with the same data as our gateway. */
export interface AnswerCheck {
  /** How many requests of the rotation were compared. */
  requests: number;
  /** What the comparison ignores, in words (empty: the `data` must be identical as JSON). */
  normalised: string[];
  /** Per target other than ours whose data differs from ours: a short summary of the first difference. */
  differs: Partial<Record<Target, string>>;
  /** Per target whose check requests failed (HTTP error, GraphQL errors, timeout). */
  failed: Partial<Record<Target, string>>;
}

export interface ScenarioRow {
  id: string;
  letter: string;
  title: string;
  sequential: boolean;
  connections: number;
  targets: TargetFigures[];
  answers: AnswerCheck;
  /** Gateway RSS (MB) right after this scenario's last run. */
  rssMb: Partial<Record<Target, number>>;
  structure?: StructureCounts;
}

export interface ScalePoint {
  reports: number;
  lookup?: Spread;
  stats?: Spread;
}

export type BudgetStatus = 'ok' | 'MISSED' | 'not measured';

export interface BudgetCheck {
  budget: string;
  measured: string;
  status: BudgetStatus;
}

export interface Provenance {
  /** `git rev-parse HEAD` (null outside a git checkout). */
  commit: string | null;
  /** Paths `git status --porcelain` listed: the measured code was not exactly the commit when non-empty. */
  dirty: string[];
}

export interface BenchReport {
  version: number;
  startedAt: string;
  command: string;
  provenance: Provenance;
  machine: Machine;
  /** Every option of the run, as parsed (bench/options.ts). */
  options: Record<string, unknown>;
  settings: Record<string, unknown>;
  scenarios: ScenarioRow[];
  memory: Partial<Record<'ours' | 'hive', Memory | null>>;
  scale: ScalePoint[];
  budgets: BudgetCheck[];
  notes: string[];
}

export const figuresOf = (row: ScenarioRow, target: Target): TargetFigures | undefined =>
  row.targets.find((t) => t.target === target);

/**
 * True when `target`'s figures may be compared with ours in this row: both answered the check requests and
 * with the same data. A comparison of different work is no comparison, so no ratio is shown otherwise.
 */
export function comparable(row: ScenarioRow, target: Target): boolean {
  return !row.answers.failed.ours && !row.answers.failed[target] && !row.answers.differs[target];
}
