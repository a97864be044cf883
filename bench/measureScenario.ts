/**
 * One scenario against each target: a correctness check first (the same requests to every target must give
 * the same data, or the figures compare different work), then --repeat repetitions in which every target is
 * measured once, in an order that rotates between repetitions (interleavedOrder); each measurement is
 * preceded by its own unmeasured warm-up.
 */
import { type BenchIdentity, proofHeader } from './identity.js';
import { type LoadResult, type PreparedRequest, runLoad, runSequential } from './load.js';
import { type BenchOptions } from './options.js';
import { cpuTimes, machineBusy } from './procStats.js';
import { checkAnswers } from './checkAnswers.js';
import { interleavedOrder } from './interleavedOrder.js';
import { type AnswerCheck, type CpuPerRequest, type Run, type Target, type TargetFigures } from './results.js';
import { type Scenario } from './scenarios.js';
import { summarizeRuns } from './summarizeRuns.js';

export interface Endpoint {
  target: Target;
  url: string;
  /** For direct calls: the subgraph the proofs are addressed to. */
  subgraph?: string;
}

export interface MeasureContext {
  identity: BenchIdentity;
  /** Nodes refuse requests without a gateway proof: direct calls must carry one each. */
  directNeedsProof: boolean;
  options: BenchOptions;
  log(line: string): void;
  /** CPU ms used so far by each bench process, by part name (BenchFederation.cpuSnapshot). */
  cpuSnapshot?: () => Record<string, number>;
  /** Where checkAnswers writes both full answers when they differ. */
  dump?: { dir: string; name: string };
}

/** Above this CPU share used by others, a measurement says more about them than about us. */
const quietBusyPercent = 25;
/** A node keeps proofs for their lifetime (60 s) to refuse replays; direct runs stay inside it. */
const proofLifetimeSeconds = 50;

export interface ScenarioFigures {
  targets: TargetFigures[];
  answers: AnswerCheck;
}

export async function measureScenario(
  scenario: Scenario,
  endpoints: readonly Endpoint[],
  ctx: MeasureContext,
): Promise<ScenarioFigures> {
  const bodies = Array.from({ length: Math.min(scenario.variants, 1000) }, (_, i) =>
    JSON.stringify(scenario.request(i)),
  );
  const answers = await checkAnswers(bodies.slice(0, 3), endpoints, ctx, ctx.dump);
  const runs = new Map<Target, Run[]>(endpoints.map((e) => [e.target, []]));
  const repeat = ctx.options.repeat;
  for (const { repetition, position, target: endpoint } of interleavedOrder(endpoints, repeat)) {
    const waited = await waitQuiet(ctx);
    ctx.log(
      `  ${scenario.letter}) ${scenario.id} -> ${endpoint.target} [${repetition + 1}/${repeat}] (others using ${waited ?? '?'}% CPU)`,
    );
    const { result, cpuPerRequest, othersCpu } = await measureOne(scenario, bodies, endpoint, ctx);
    runs
      .get(endpoint.target)!
      .push({ repetition, position, result, backgroundCpu: othersCpu ?? waited, cpuPerRequest });
  }
  return { targets: endpoints.map((e) => summarizeRuns(e.target, runs.get(e.target)!)), answers };
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
    const next = direct ? await presigned(bodies, endpoint, (scenario.runs ?? options.screenRuns) + 1, ctx) : plain;
    await runSequential({ url: endpoint.url, next, runs: 1 }); // warm-up
    return accounted(endpoint, ctx, () =>
      runSequential({ url: endpoint.url, next: (i) => next(i + 1), runs: scenario.runs ?? options.screenRuns }),
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
