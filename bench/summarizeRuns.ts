/** One target's repetitions reduced to what the tables show: median and range (min-max) of each figure. */
import { type Run, type Spread, type Target, type TargetFigures } from './results.js';

/** Median (the mean of the middle two for an even count) and range; NaN (null in JSON) when nothing was measured. */
export function spread(values: readonly (number | undefined)[]): Spread {
  const sorted = values.filter((v): v is number => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export function summarizeRuns(target: Target, runs: Run[]): TargetFigures {
  // a run without a single successful response has no latency: its NaN must not pass for a figure
  const answered = runs.filter((r) => r.result.requests > 0);
  const gateway = runs.map((r) => r.cpuPerRequest?.gateway);
  const background = runs.map((r) => r.backgroundCpu).filter((b): b is number => b !== null);
  return {
    target,
    runs,
    rps: spread(runs.map((r) => r.result.rps)),
    p50: spread(answered.map((r) => r.result.p50)),
    p99: spread(answered.map((r) => r.result.p99)),
    failures: runs.reduce((sum, r) => sum + r.result.failures, 0),
    ...(gateway.some((g) => g !== undefined) ? { cpuGateway: spread(gateway) } : {}),
    ...(runs.some((r) => r.cpuPerRequest) ? { cpuSubgraphs: spread(runs.map((r) => r.cpuPerRequest?.subgraphs)) } : {}),
    backgroundCpu: background.length ? Math.max(...background) : null,
  };
}
