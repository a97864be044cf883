/** A results file built by hand for the bench's pure functions (no servers): figures chosen to hit each branch. */
import { type BenchOptions } from '../../bench/options.js';
import { type BenchReport, type Run, type ScenarioRow, type Target, resultsVersion } from '../../bench/results.js';
import { summarizeRuns } from '../../bench/summarizeRuns.js';

/** One run with the given throughput, p50 and CPU per request (gateway, subgraphs) in ms. */
export function run(repetition: number, rps: number, p50: number, cpu: [number | null, number] | null = null): Run {
  return {
    repetition,
    position: 0,
    result: {
      requests: Math.round(rps * 10),
      seconds: 10,
      rps,
      p50,
      p90: p50 * 1.5,
      p99: p50 * 2,
      max: p50 * 3,
      failures: 0,
    },
    backgroundCpu: 1,
    cpuPerRequest: cpu && { ...(cpu[0] === null ? {} : { gateway: cpu[0] }), subgraphs: cpu[1], loadGenerator: 0.1 },
  };
}

type Figures = Partial<Record<Target, Run[]>>;

export function scenarioRow(
  id: string,
  letter: string,
  figures: Figures,
  differs: Partial<Record<Target, string>> = {},
): ScenarioRow {
  return {
    id,
    letter,
    title: `${id} title`,
    sequential: id === 'screen',
    connections: id === 'latency' || id === 'lookupLatency' ? 1 : 10,
    targets: (Object.entries(figures) as [Target, Run[]][]).map(([t, runs]) => summarizeRuns(t, runs)),
    answers: { requests: 3, normalised: [], differs, failed: {} },
    rssMb: { ours: 200, hive: 400 },
    structure: { perMember: { ID: { sql: 2, entities: 1, operations: 1 } }, requests: 3 },
  };
}

const three = (f: (rep: number) => Run): Run[] => [0, 1, 2].map(f);

/** A full-size run: every scenario, 3 repetitions; Hive's lookup answers differ, ours lead in (e) only. */
export function fixtureReport(overrides: Partial<BenchOptions> = {}): Omit<BenchReport, 'budgets'> {
  const options: BenchOptions = {
    reports: 100_000,
    seed: 42,
    duration: 10,
    repeat: 3,
    warmup: 2,
    connections: 10,
    maxRequests: 200_000,
    screenRuns: 5,
    screenSize: 10_000,
    scenarios: ['search', 'latency', 'lookup', 'lookupLatency', 'pivot', 'screen', 'stats', 'correlation'],
    sizes: [10_000, 100_000, 1_000_000],
    hive: true,
    reseed: false,
    member: undefined,
    caller: undefined,
    quietWait: 60,
    profile: [],
    portOffset: 1000,
    ...overrides,
  };
  return {
    version: resultsVersion,
    startedAt: '2026-11-29T12:00:00.000Z',
    command: 'npm run bench',
    provenance: { commit: '0123456789abcdef0123456789abcdef01234567', dirty: [] },
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 8, node: 'v20.20.2', kernel: '6.0', loadAtStart: 0.5 },
    options: { ...options },
    settings: { reports: options.reports, repeat: options.repeat, hive: '2.15.1' },
    scenarios: [
      scenarioRow('latency', 'a1', {
        ours: three((r) => run(r, 200, 4 + r * 0.1, [2, 2])),
        direct: three((r) => run(r, 400, 2 + r * 0.1, [null, 2])),
      }),
      scenarioRow(
        'lookup',
        'b',
        { ours: three((r) => run(r, 60 + r, 140, [2.5, 8])), hive: three((r) => run(r, 50, 170, [6, 8])) },
        { hive: 'request 1 (3 of 3 differ): data.indicator.coverage.unavailable[0]: ours absent, theirs "ID"' },
      ),
      scenarioRow('lookupLatency', 'b1', { ours: three((r) => run(r, 90, 12 + r, [2.5, 8])) }),
      scenarioRow('screen', 'd', { ours: three((r) => run(r, 1.2, 800 + r * 10, [300, 900])) }),
      scenarioRow('stats', 'e', {
        ours: three((r) => run(r, 90 + r * 10, 90, [3, 9])),
        hive: three((r) => run(r, 60, 120, [6, 9])),
      }),
    ],
    memory: { ours: { rssMb: 220, peakMb: 280 }, hive: { rssMb: 400, peakMb: 450 } },
    scale: [
      { reports: 10_000, lookup: { median: 100, min: 95, max: 110 }, stats: { median: 80, min: 78, max: 90 } },
      { reports: 1_000_000, lookup: { median: 120, min: 115, max: 130 }, stats: { median: 200, min: 190, max: 210 } },
    ],
    notes: [],
  };
}
