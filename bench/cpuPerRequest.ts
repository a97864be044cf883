/**
 * `npx tsx bench/cpuPerRequest.ts [--scenario lookup] [--reports 2000] [--requests 200] [--repeat 3]
 * [--warmup 100] [--profile out.cpuprofile]
 * [--alloc-profile]`: CPU time per request of one scenario, the whole federation (gateway, 11
 * nodes, hub, keying service) in this one process (test/helpers/startFederation), measured with
 * process.cpuUsage around N sequential requests. CPU time, unlike latency, hardly moves when other work
 * loads the machine, so levers can be compared on a shared box (bench/levers.md). One process means one
 * profile shows the gateway's and the subgraphs' share side by side. Run with NODE_ENV=production, as the
 * bench's processes are. `--alloc-profile` prints where the measured requests allocated (sampled, garbage
 * included): most of a screen's CPU is the garbage collector. Other load on the machine only adds CPU time (cache misses, switches): the
 * minimum over the repetitions is the least disturbed figure.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { members } from '../schema/registry.js';
import { seedMember } from '../subgraphs/national/seed/seedMember.js';
import { startFederation } from '../test/helpers/startFederation.js';
import { readInputs } from './readInputs.js';
import { buildScenarios } from './scenarios.js';
import { summarizeAllocations, summarizeProfile } from './profileSummary.js';
import type { ScenarioId } from './options.js';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'lookup' },
    reports: { type: 'string', default: '2000' },
    requests: { type: 'string', default: '200' },
    repeat: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '100' },
    'screen-size': { type: 'string', default: '10000' },
    profile: { type: 'string' },
    'alloc-profile': { type: 'boolean', default: false },
  },
});
const id = values.scenario as ScenarioId;
const requests = Number(values.requests);
const member = members[0]!;
const seed = 42;

const fed = await startFederation({
  gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '120000' },
  seed: ({ member: m, db, keyer }) =>
    seedMember(db, m, keyer, { reports: Number(values.reports), seed }).then(() => undefined),
});
try {
  const inputs = await readInputs(
    (m, sql, params) => fed.nodes.get(m.code)!.db.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>,
    { seed, member, screenSize: Number(values['screen-size']) },
  );
  const scenario = buildScenarios(inputs)[id];
  const token = await fed.token({ member: member.code, role: 'analyst' });
  const run = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const { query, variables } = scenario.request(i);
      const res = await fed.query(query, variables, { token });
      if (res.errors?.length) throw new Error(`request ${i}: ${res.errors[0]!.message}`);
    }
  };
  await run(Number(values.warmup)); // JIT, caches, each node's audit chain head: the first ~50 cost double
  const session = new Session();
  if (values.profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  if (values['alloc-profile']) {
    session.connect();
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 32768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
  }
  const perRequest: number[] = [];
  for (let r = 0; r < Number(values.repeat); r++) {
    const before = process.cpuUsage();
    await run(requests);
    const used = process.cpuUsage(before);
    perRequest.push((used.user + used.system) / 1000 / requests);
  }
  if (values.profile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile, JSON.stringify(profile));
    process.stderr.write(summarizeProfile(profile as never, 30) + '\n');
  }
  if (values['alloc-profile']) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    process.stderr.write(summarizeAllocations(profile as never, 30) + '\n');
  }
  const sorted = [...perRequest].sort((a, b) => a - b);
  const rss = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(
    `${id}: CPU ms/request ${perRequest.map((v) => v.toFixed(2)).join(' ')} ` +
      `(min ${sorted[0]!.toFixed(2)}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}), ${requests} requests x ${values.repeat}, ` +
      `${values.reports} reports/member, process RSS ${rss.toFixed(0)} MB\n`,
  );
} finally {
  await fed.close();
}
