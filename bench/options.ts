/** `npm run bench` arguments: parsed strictly, so a typo fails before minutes of seeding. */
import { parseArgs } from 'node:util';

export const scenarioIds = [
  'search',
  'latency',
  'lookup',
  'lookupLatency',
  'pivot',
  'screen',
  'stats',
  'correlation',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];
/** The letters (a)-(e), accepted by --scenarios as well as the names. */
const letters: Record<string, ScenarioId> = {
  a: 'search',
  a1: 'latency',
  b: 'lookup',
  b1: 'lookupLatency',
  c: 'pivot',
  d: 'screen',
  e: 'stats',
  f: 'correlation',
};

export interface BenchOptions {
  /** Reports per member for the main run. */
  reports: number;
  seed: number;
  /** Seconds of measured load per target, scenario and repetition. */
  duration: number;
  /** Repetitions: each measures every target once, in an order that rotates between repetitions. */
  repeat: number;
  /** Seconds of unmeasured load before each measurement (JIT, pools, plan caches). */
  warmup: number;
  connections: number;
  /** Upper bound on requests per measurement, besides the duration. */
  maxRequests: number;
  /** Sequential runs of the 10,000-indicator screen per target. */
  screenRuns: number;
  screenSize: number;
  scenarios: ScenarioId[];
  /** Report sizes of the scale curve (empty: no curve). */
  sizes: number[];
  hive: boolean;
  reseed: boolean;
  /** Alpha-2 code of the member the single-member scenarios use (default: the registry's first). */
  member: string | undefined;
  /** The analyst the bench's token names, `XX:role` (default: the scenario member's analyst). */
  caller: string | undefined;
  /** Longest wait (s) for other work on the machine to calm down before each measurement. */
  quietWait: number;
  /** Parts to run under --cpu-prof (e.g. gateway-ours, node-tha, hub): profiles in bench/data/run/profiles. */
  profile: string[];
  /** Added to every registry port so the bench never collides with `npm start`. */
  portOffset: number;
  /** BENCH_PORT_BASE: all parts in 16 ports from here instead (bench/ports.ts); unset: the offset layout. */
  portBase?: number | undefined;
}

export const usage = `Usage: npm run bench -- [options]

Seeds every member with N synthetic reports (once, kept in bench/data/<N>/), starts the 11 national nodes
and the hub as processes, then measures our gateway, Hive Gateway and direct member calls on the same
supergraph, subgraphs and queries. Prints a table and writes bench/results/<timestamp>.json and .md.

  --reports N        reports per member for the main run (default 100000)
  --duration S       measured seconds per target, scenario and repetition (default 10)
  --repeat N         repetitions per scenario; each measures every target once, the order rotating between
                     repetitions (ours, hive, direct; hive, direct, ours; ...); tables show median and
                     min-max (default 3)
  --warmup S         unmeasured seconds before each measurement (default 2)
  --connections C    concurrent connections of the load generator (default 10)
  --max-requests N   stop a measurement after N requests even before --duration (default 200000)
  --scenarios LIST   comma-separated: search,latency,lookup,lookupLatency,pivot,screen,stats,correlation or
                     a,a1,b,b1,c,d,e,f (default all; latency and lookupLatency run on ONE connection;
                     correlation lists every cross-border indicator, page by page, once per run)
  --screen-runs N    sequential runs of the screening scenario per target (default 5)
  --screen-size N    indicators per screening request (default 10000)
  --sizes LIST       reports per member for the scale curve (default 10000,100000; "none" to skip)
  --full             add 1000000 to the scale curve (seeding takes ~30 minutes the first time)
  --member XX        member of the single-member scenarios (default: the registry's first)
  --caller XX:role   who the bench's token names (default: the --member's analyst), e.g. WG:analyst
  --no-hive          skip Hive Gateway (no install, no comparison)
  --quiet-wait S     before each measurement, wait up to S seconds while other processes keep the machine
                     busy (> 25% CPU with the bench idle); the busy share is reported either way (default 60)
  --profile PARTS    CPU-profile these processes (gateway-ours, gateway-hive, hub, node-<ns>; comma-separated);
                     .cpuprofile files in bench/data/run/profiles, summarised by bench/profileSummary.ts
  --reseed           delete and re-seed the bench data even if it matches
  --seed N           synthetic-data seed (default 42)
  --help             this text

Environment: BENCH_PORT_OFFSET (default 1000: members on 5101-5111, hub 5100, gateways 5000 and 5001);
BENCH_PORT_BASE=B packs every part into ports B to B+15 instead (bench/ports.ts).`;

export class UsageError extends Error {}

function whole(text: string | undefined, name: string, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll('_', ''));
  if (!/^[0-9_]+$/.test(text) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number >= ${min}, got ${JSON.stringify(text)}`);
  return n;
}

function scenarioList(text: string | undefined): ScenarioId[] {
  if (text === undefined) return [...scenarioIds];
  const out: ScenarioId[] = [];
  for (const raw of text.split(',').map((s) => s.trim().toLowerCase())) {
    const id = letters[raw] ?? scenarioIds.find((s) => s.toLowerCase() === raw);
    if (!id)
      throw new UsageError(
        `--scenarios: unknown ${JSON.stringify(raw)}; use ${scenarioIds.join(', ')} or a, a1, b, b1, c-f`,
      );
    if (!out.includes(id)) out.push(id);
  }
  return scenarioIds.filter((s) => out.includes(s));
}

function sizeList(text: string | undefined, full: boolean): number[] {
  const base = text === undefined ? [10_000, 100_000] : text === 'none' ? [] : text.split(',');
  const sizes = base.map((s) => (typeof s === 'number' ? s : whole(s.trim(), 'sizes', 0)));
  if (full) sizes.push(1_000_000);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseBenchArgs(argv: readonly string[], env = process.env): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        reports: { type: 'string' },
        duration: { type: 'string' },
        repeat: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        'max-requests': { type: 'string' },
        scenarios: { type: 'string' },
        'screen-runs': { type: 'string' },
        'screen-size': { type: 'string' },
        sizes: { type: 'string' },
        full: { type: 'boolean' },
        member: { type: 'string' },
        caller: { type: 'string' },
        'no-hive': { type: 'boolean' },
        reseed: { type: 'boolean' },
        profile: { type: 'string' },
        'quiet-wait': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  return {
    reports: whole(values.reports, 'reports', 100_000),
    seed: whole(values.seed, 'seed', 42, 0),
    duration: whole(values.duration, 'duration', 10),
    repeat: whole(values.repeat, 'repeat', 3),
    warmup: whole(values.warmup, 'warmup', 2, 0),
    connections: whole(values.connections, 'connections', 10),
    maxRequests: whole(values['max-requests'], 'max-requests', 200_000),
    screenRuns: whole(values['screen-runs'], 'screen-runs', 5),
    screenSize: whole(values['screen-size'], 'screen-size', 10_000),
    scenarios: scenarioList(values.scenarios),
    sizes: sizeList(values.sizes, values.full === true),
    hive: values['no-hive'] !== true,
    reseed: values.reseed === true,
    member: values.member?.toUpperCase(),
    caller: values.caller,
    quietWait: whole(values['quiet-wait'], 'quiet-wait', 60, 0),
    profile: values.profile ? values.profile.split(',').map((p) => p.trim()) : [],
    portOffset: whole(env.BENCH_PORT_OFFSET, 'BENCH_PORT_OFFSET', 1000, 0),
    portBase: env.BENCH_PORT_BASE === undefined ? undefined : whole(env.BENCH_PORT_BASE, 'BENCH_PORT_BASE', 0, 1024),
  };
}
