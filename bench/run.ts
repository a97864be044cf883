/**
 * `npm run bench`: our gateway side by side with Hive Gateway and with direct member calls, on the same
 * supergraph, subgraphs, data and queries, then the scale curve. See bench/README.md.
 */
import { join } from 'node:path';
import { members, memberByCode, type Member } from '../schema/registry.js';
import { BenchFederation } from './BenchFederation.js';
import { checkBudgets } from './budgets.js';
import { ensureData } from './ensureData.js';
import { ensureHive } from './ensureHive.js';
import { prepareIdentity } from './identity.js';
import { describeMachine, machineLine } from './machine.js';
import { measureScenario, type Endpoint, type MeasureContext } from './measureScenario.js';
import { provenance } from './provenance.js';
import { parseBenchArgs, UsageError, usage, type BenchOptions } from './options.js';
import { dataRoot, resultsDir } from './paths.js';
import { readInputs } from './readInputs.js';
import { renderReport, writeReport } from './report.js';
import { type BenchReport, type ScalePoint, type ScenarioRow, figuresOf, resultsVersion } from './results.js';
import { buildScenarios, type GraphQLRequest, type Scenario } from './scenarios.js';
import { sqliteReader } from './sqliteReader.js';
import { measureStructure, type StructureCounts } from './structureCounts.js';
import { type Role } from '../shared/identity/Caller.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
/** Reports per member of the in-process federation that counts SQL statements (counts don't depend on size). */
const structureReports = 2000;

let running: BenchFederation | null = null;

function parseCaller(text: string | undefined, member: Member): { member: string; role: Role } {
  if (!text) return { member: member.code, role: 'analyst' };
  const [code, role] = text.split(':');
  if (!code || !role) throw new UsageError(`--caller must be XX:role, got ${JSON.stringify(text)}`);
  return { member: code.toUpperCase(), role: role as Role };
}

async function postGraphQL(url: string, request: GraphQLRequest, authorization: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(request),
  });
  return res.json();
}

/** 401 without credentials means the part checks them: the bench then does what the gateway does. */
async function refuses(url: string, headers: Record<string, string>): Promise<boolean> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  await res.arrayBuffer();
  return res.status === 401;
}

async function startFederation(dataDir: string, options: BenchOptions, hive: boolean, authorization: string) {
  log(`starting ${members.length} nodes and the hub (${dataDir})`);
  const fed = await BenchFederation.start({
    dataDir,
    workDir: join(dataRoot, 'run'),
    portOffset: options.portOffset,
    portBase: options.portBase,
    profile: options.profile,
  });
  running = fed;
  const probeMember = members[0]!;
  const directNeedsProof = await refuses(fed.memberUrl(probeMember.code), { authorization });
  await fed.startGateway('ours');
  const verifyCallers = await refuses(fed.gatewayUrl('ours'), {});
  if (hive) {
    await fed.startGateway('hive', {
      HIVE_VERIFY_CALLERS: verifyCallers ? '1' : '0',
      HIVE_SIGN_PROOFS: directNeedsProof ? '1' : '0',
    });
  }
  fed.startProfiling();
  return { fed, directNeedsProof, verifyCallers };
}

async function scenarioInputs(dataDir: string, options: BenchOptions, member: Member) {
  const reader = sqliteReader(dataDir);
  try {
    return await readInputs(reader.read, { seed: options.seed, member, screenSize: options.screenSize });
  } finally {
    reader.close();
  }
}

function endpointsFor(fed: BenchFederation, scenario: Scenario, member: Member, hive: boolean): Endpoint[] {
  const out: Endpoint[] = [{ target: 'ours', url: fed.gatewayUrl('ours') }];
  if (hive) out.push({ target: 'hive', url: fed.gatewayUrl('hive') });
  if (scenario.id === 'search' || scenario.id === 'latency')
    out.push({ target: 'direct', url: fed.memberUrl(member.code), subgraph: member.ns });
  return out;
}

/** Lookup and statistics through our gateway at each size of the curve (reusing the main run's size). */
async function scaleCurve(options: BenchOptions, member: Member, main: ScenarioRow[]): Promise<ScalePoint[]> {
  const points: ScalePoint[] = [];
  const ids = (['lookup', 'stats'] as const).filter((id) => options.scenarios.includes(id));
  if (ids.length === 0) return points;
  for (const size of options.sizes) {
    const point: ScalePoint = { reports: size };
    if (size === options.reports) {
      for (const id of ids) {
        const row = main.find((r) => r.id === id);
        point[id] = row && figuresOf(row, 'ours')?.p50;
      }
      points.push(point);
      continue;
    }
    log(`scale curve: ${size.toLocaleString('en')} reports per member`);
    const dataDir = await ensureData(size, options.seed, { reseed: options.reseed, log });
    const identity = await prepareIdentity(dataDir, parseCaller(options.caller, member));
    const { fed, directNeedsProof } = await startFederation(dataDir, options, false, identity.authorization);
    try {
      const scenarios = buildScenarios(await scenarioInputs(dataDir, options, member));
      const ctx: MeasureContext = { identity, directNeedsProof, options, log, cpuSnapshot: () => fed.cpuSnapshot() };
      for (const id of ids) {
        const { targets } = await measureScenario(
          scenarios[id],
          [{ target: 'ours', url: fed.gatewayUrl('ours') }],
          ctx,
        );
        point[id] = targets[0]!.p50;
      }
      fed.assertAlive();
    } finally {
      await fed.stop();
      running = null;
    }
    points.push(point);
  }
  return points;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchArgs(argv);
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  const startedAt = new Date().toISOString();
  const source = provenance();
  log(`commit: ${source.commit ?? 'unknown'}${source.dirty.length ? ` (dirty: ${source.dirty.join(', ')})` : ''}`);
  const machine = describeMachine();
  log(`machine: ${machineLine(machine)}`);
  const member = options.member ? memberByCode(options.member) : members[0]!;
  const caller = parseCaller(options.caller, member);
  const notes: string[] = [];
  const hiveVersion = options.hive ? ensureHive(log) : null;

  const dataDir = await ensureData(options.reports, options.seed, { reseed: options.reseed, log });
  const identity = await prepareIdentity(dataDir, caller);

  log(`counting SQL statements per member in-process (${structureReports.toLocaleString('en')} reports/member)`);
  let structure: Record<string, StructureCounts> = {};
  try {
    structure = await measureStructure(options.scenarios, {
      seed: options.seed,
      memberCode: member.code,
      screenSize: options.screenSize,
      reports: structureReports,
      caller,
      scenarioCallers: !options.caller,
    });
  } catch (e) {
    notes.push(`SQL/_entities counts unavailable: ${(e as Error).message}`);
  }
  for (const [id, counts] of Object.entries(structure))
    if (counts.error) notes.push(`in-process count of ${id} saw an error: ${counts.error}`);

  const scenarios = buildScenarios(await scenarioInputs(dataDir, options, member));
  const { fed, directNeedsProof, verifyCallers } = await startFederation(
    dataDir,
    options,
    options.hive,
    identity.authorization,
  );
  const rows: ScenarioRow[] = [];
  let memory: BenchReport['memory'] = {};
  try {
    const ctx: MeasureContext = { identity, directNeedsProof, options, log, cpuSnapshot: () => fed.cpuSnapshot() };
    for (const id of options.scenarios) {
      const scenario = scenarios[id];
      // a scenario may name its own caller (correlation: the Working Group); --caller wins
      const asker = scenario.caller && !options.caller ? await prepareIdentity(dataDir, scenario.caller) : identity;
      if (scenario.prepare) {
        log(`  ${scenario.letter}) ${id}: preparing against our gateway`);
        await scenario.prepare((request) => postGraphQL(fed.gatewayUrl('ours'), request, asker.authorization));
        log(`  ${scenario.letter}) ${scenario.title}`);
      }
      const { targets, answers } = await measureScenario(scenario, endpointsFor(fed, scenario, member, options.hive), {
        ...ctx,
        identity: asker,
        dump: { dir: join(dataRoot, 'run', 'answers'), name: id },
      });
      fed.assertAlive();
      const rssMb: ScenarioRow['rssMb'] = {};
      for (const g of ['ours', 'hive'] as const) {
        const m = options.hive || g === 'ours' ? fed.memory(g) : null;
        if (m) rssMb[g] = m.rssMb;
      }
      rows.push({
        id,
        letter: scenario.letter,
        title: scenario.title,
        sequential: scenario.sequential,
        connections: scenario.connections ?? options.connections,
        targets,
        answers,
        rssMb,
        structure: structure[id],
      });
    }
    memory = { ours: fed.memory('ours'), ...(options.hive ? { hive: fed.memory('hive') } : {}) };
  } finally {
    await fed.stop();
    running = null;
  }

  const scale = await scaleCurve(options, member, rows);
  const base: Omit<BenchReport, 'budgets'> = {
    version: resultsVersion,
    startedAt,
    provenance: source,
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    machine,
    options: { ...options },
    settings: {
      reports: options.reports,
      duration: options.duration,
      repeat: options.repeat,
      warmup: options.warmup,
      connections: options.connections,
      member: member.code,
      caller: `${caller.member}:${caller.role}`,
      hive: hiveVersion ?? 'skipped',
      proofs: directNeedsProof ? 'signed' : 'none',
      tokens: verifyCallers ? 'verified' : 'not checked',
    },
    scenarios: rows,
    memory,
    scale,
    notes,
  };
  const report: BenchReport = { ...base, budgets: checkBudgets(base) };
  const text = renderReport(report);
  console.log(`\n${text}`);
  const [json, md] = writeReport(resultsDir, report, text);
  log(`\nwritten: ${json}\n         ${md}`);
  return 0;
}

const stop = (code: number) => {
  void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
};
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  async (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`bench: ${e.message}\n\n${usage}`);
      process.exit(2);
    }
    console.error('bench failed:', e);
    await running?.stop();
    process.exit(1);
  },
);
