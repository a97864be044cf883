/**
 * One scenario against each target: a correctness check first (the same requests to every target must give
 * the same data, or the figures compare different work), then unmeasured warm-up load, then the measurement.
 */
import { type BenchIdentity, proofHeader } from './identity.js';
import { type LoadResult, type PreparedRequest, runLoad, runSequential } from './load.js';
import { type BenchOptions } from './options.js';
import { cpuTimes, machineBusy } from './procStats.js';
import { type Scenario } from './scenarios.js';

export type Target = 'ours' | 'hive' | 'direct';

export interface Endpoint {
  target: Target;
  url: string;
  /** For direct calls: the subgraph the proofs are addressed to. */
  subgraph?: string;
}

export interface Measurement {
  target: Target;
  result: LoadResult;
  /** Null when the check passed; otherwise what was wrong (errors, or data differing from ours). */
  problem: string | null;
  /**
   * CPU share (%) of the whole machine that processes outside the bench used during the measured run (all
   * CPU time minus the bench's parts' and its own); before the run if that can't be told.
   */
  backgroundCpu: number | null;
  /** CPU time per request of the measured run (not the warm-up), in ms, by process group. */
  cpuPerRequest: CpuPerRequest | null;
}

export interface CpuPerRequest {
  /** The gateway measured (absent for direct calls). */
  gateway?: number;
  /** The 11 nodes and the hub together. */
  subgraphs: number;
  /** The bench process: load generator (and, for direct calls, nothing else). */
  loadGenerator: number;
}

export interface MeasureContext {
  identity: BenchIdentity;
  /** Nodes refuse requests without a gateway proof: direct calls must carry one each. */
  directNeedsProof: boolean;
  options: BenchOptions;
  log(line: string): void;
  /** CPU ms used so far by each bench process, by part name (BenchFederation.cpuSnapshot). */
  cpuSnapshot?: () => Record<string, number>;
}

/** Above this CPU share used by others, a measurement says more about them than about us. */
const quietBusyPercent = 25;
/** A node keeps proofs for their lifetime (60 s) to refuse replays; direct runs stay inside it. */
const proofLifetimeSeconds = 50;

export async function measureScenario(
  scenario: Scenario,
  endpoints: readonly Endpoint[],
  ctx: MeasureContext,
): Promise<Measurement[]> {
  const bodies = Array.from({ length: Math.min(scenario.variants, 1000) }, (_, i) =>
    JSON.stringify(scenario.request(i)),
  );
  const problems = await check(bodies.slice(0, 3), endpoints, ctx);
  const out: Measurement[] = [];
  for (const endpoint of endpoints) {
    const backgroundCpu = await waitQuiet(ctx);
    ctx.log(`  ${scenario.letter}) ${scenario.id} -> ${endpoint.target} (others using ${backgroundCpu ?? '?'}% CPU)`);
    const { result, cpuPerRequest, othersCpu } = await measureOne(scenario, bodies, endpoint, ctx);
    out.push({
      target: endpoint.target,
      result,
      problem: problems.get(endpoint.target) ?? null,
      backgroundCpu: othersCpu ?? backgroundCpu,
      cpuPerRequest,
    });
  }
  return out;
}

/** Busy share of the machine with the bench idle; waits (up to --quiet-wait) while others keep it busy. */
async function waitQuiet(ctx: MeasureContext): Promise<number | null> {
  const deadline = Date.now() + ctx.options.quietWait * 1000;
  let busy = await machineBusy(1000);
  while (busy !== null && busy > quietBusyPercent && Date.now() < deadline) {
    ctx.log(`  waiting: other processes use ${busy}% of the CPUs`);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    busy = await machineBusy(1000);
  }
  return busy;
}

/** Runs `measured` and divides the CPU time each process group used meanwhile by the requests it served. */
async function accounted(
  endpoint: Endpoint,
  ctx: MeasureContext,
  measured: () => Promise<LoadResult>,
): Promise<{ result: LoadResult; cpuPerRequest: CpuPerRequest | null; othersCpu: number | null }> {
  const before = ctx.cpuSnapshot?.();
  const machineBefore = cpuTimes();
  const self = process.cpuUsage();
  const result = await measured();
  const selfUsed = process.cpuUsage(self);
  const machineAfter = cpuTimes();
  const after = ctx.cpuSnapshot?.();
  if (!before || !after) return { result, cpuPerRequest: null, othersCpu: null };
  const used = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  const ours = Object.keys(after).reduce((sum, name) => sum + used(name), 0) + (selfUsed.user + selfUsed.system) / 1000;
  let othersCpu: number | null = null;
  if (machineBefore && machineAfter && machineAfter.total > machineBefore.total) {
    // /proc/stat counts clock ticks (10 ms) summed over all CPUs, like the per-process times
    const busyMs = (machineAfter.busy - machineBefore.busy) * 10;
    const totalMs = (machineAfter.total - machineBefore.total) * 10;
    othersCpu = Math.max(0, Math.round(((busyMs - ours) / totalMs) * 100));
  }
  if (result.requests === 0) return { result, cpuPerRequest: null, othersCpu };
  const per = (ms: number) => ms / result.requests;
  const subgraphs = Object.keys(after)
    .filter((name) => !name.startsWith('gateway-'))
    .reduce((sum, name) => sum + used(name), 0);
  const gateway = endpoint.target === 'direct' ? undefined : per(used(`gateway-${endpoint.target}`));
  return {
    result,
    othersCpu,
    cpuPerRequest: {
      ...(gateway === undefined ? {} : { gateway }),
      subgraphs: per(subgraphs),
      loadGenerator: per((selfUsed.user + selfUsed.system) / 1000),
    },
  };
}

async function measureOne(
  scenario: Scenario,
  bodies: readonly string[],
  endpoint: Endpoint,
  ctx: MeasureContext,
): Promise<{ result: LoadResult; cpuPerRequest: CpuPerRequest | null; othersCpu: number | null }> {
  const { options } = ctx;
  const connections = scenario.connections ?? options.connections;
  const direct = endpoint.subgraph !== undefined && ctx.directNeedsProof;
  const plain = (i: number): PreparedRequest => ({
    body: bodies[i % bodies.length]!,
    headers: { authorization: ctx.identity.authorization },
  });
  if (scenario.sequential) {
    const next = direct ? await presigned(bodies, endpoint, options.screenRuns + 1, ctx) : plain;
    await runSequential({ url: endpoint.url, next, runs: 1 }); // warm-up
    return accounted(endpoint, ctx, () =>
      runSequential({ url: endpoint.url, next: (i) => next(i + 1), runs: options.screenRuns }),
    );
  }
  const seconds = direct ? Math.min(options.duration, proofLifetimeSeconds) : options.duration;
  let maxRequests = options.maxRequests;
  let warmupRps = 0;
  if (options.warmup > 0) {
    const warmCount = direct ? 3000 : options.maxRequests;
    const next = direct ? await presigned(bodies, endpoint, warmCount + 2 * connections, ctx) : plain;
    const warm = await runLoad({
      url: endpoint.url,
      next,
      connections,
      seconds: options.warmup,
      maxRequests: warmCount,
    });
    warmupRps = warm.rps;
  }
  let next = plain;
  if (direct) {
    // every proof is single-use: sign enough for the expected rate, and stop the run when they are used up
    maxRequests = Math.min(options.maxRequests, Math.max(5000, Math.ceil(warmupRps * seconds * 1.5)));
    next = await presigned(bodies, endpoint, maxRequests + 2 * connections, ctx);
  }
  return accounted(endpoint, ctx, () => runLoad({ url: endpoint.url, next, connections, seconds, maxRequests }));
}

async function presigned(
  bodies: readonly string[],
  endpoint: Endpoint,
  count: number,
  ctx: MeasureContext,
): Promise<(i: number) => PreparedRequest> {
  const pool: PreparedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const body = bodies[i % bodies.length]!;
    pool.push({
      body,
      headers: {
        authorization: ctx.identity.authorization,
        [proofHeader]: await ctx.identity.proof(endpoint.subgraph!, body),
      },
    });
  }
  return (i) => pool[Math.min(i, pool.length - 1)]!;
}

/** Sends the first requests to every target; a target whose data differs from ours (or errs) is flagged. */
async function check(
  bodies: readonly string[],
  endpoints: readonly Endpoint[],
  ctx: MeasureContext,
): Promise<Map<Target, string>> {
  const answers = new Map<Target, string[]>();
  const problems = new Map<Target, string>();
  for (const endpoint of endpoints) {
    const datas: string[] = [];
    for (const body of bodies) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: ctx.identity.authorization,
      };
      if (endpoint.subgraph !== undefined && ctx.directNeedsProof)
        headers[proofHeader] = await ctx.identity.proof(endpoint.subgraph, body);
      try {
        const res = await fetch(endpoint.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(120_000) });
        const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
        if (!res.ok || json.errors?.length) {
          problems.set(endpoint.target, `HTTP ${res.status}: ${json.errors?.[0]?.message ?? 'no data'}`);
          break;
        }
        datas.push(JSON.stringify(json.data));
      } catch (e) {
        problems.set(endpoint.target, (e as Error).message);
        break;
      }
    }
    answers.set(endpoint.target, datas);
  }
  const ours = answers.get('ours');
  for (const [target, datas] of answers) {
    if (target === 'ours' || problems.has(target) || !ours || problems.has('ours')) continue;
    const differs = datas.findIndex((d, i) => d !== ours[i]);
    if (differs >= 0) problems.set(target, `data differs from our gateway's for request ${differs + 1}`);
  }
  return problems;
}
