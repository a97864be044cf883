/**
 * `npm run chaos`: faults injected through loopback TCP proxies under steady load through the gateway, one
 * table row per fault, then an import killed half-way. Like the bench, it prints figures (the recovery time
 * is one); test/federation/chaos.test.ts asserts the goals at a small size, test/federation/faultProxy.test.ts
 * checks the fault proxy itself.
 */
import { parseArgs } from 'node:util';
import { members } from '../../schema/registry.js';
import { killImportHalfway } from './importKill.js';
import { allFaults, runChaos, type ChaosFault, type ChaosRow } from './runChaos.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    clients: { type: 'string', default: '4' },
    faults: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run chaos [-- --seconds 4 --clients 4 --faults kill,stall,slow,flap,unavailable,throttled,malformed,slowloris,huge,supergraph,import]

Starts the federation in this process (11 members, two hub replicas, the gateway; every subgraph behind a
fault proxy on 127.0.0.1), keeps --clients lookups in flight, and per fault (on one member, on three,
then a hub replica killed) prints: answers during the fault, the share that kept every other member and
named the faulted ones in coverage (goal 100%), requests lost (goal 0), p50/p99, the seconds from the
fault's end to the first complete answer (goal <= 5), and gateway restarts (the gateway runs in this
process: a crash would end the run).
Faults: kill (connections refused), stall (accepts, never answers: SIGSTOP), slow (answers after 1.5 s, past
the 1 s timeout), flap (killed and back every second), unavailable (503 with Retry-After: 1), throttled
(429 with Retry-After: 1), malformed (truncated JSON), slowloris (headers, then a byte every 200 ms), huge
(a 50 MB answer), supergraph (the gateway's supergraph file replaced every 500 ms, no member faulted), import
(npm run import of 25,000 rows killed with SIGKILL mid-write: the database must hold none of them, and the
same import run again must complete).`);
  process.exit(0);
}

const header = [
  'fault',
  'on',
  'answers',
  'kept+named',
  'lost',
  'p50 ms',
  'p99 ms',
  'complete again after',
  'gw restarts',
];
const widths = [12, 18, 8, 11, 5, 7, 7, 21, 11];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ');
const cells = (r: ChaosRow) => [
  r.fault,
  r.target,
  String(r.answers),
  `${r.honestPercent.toFixed(1)}%`,
  String(r.lost),
  r.p50Ms.toFixed(0),
  r.p99Ms.toFixed(0),
  r.recoverySeconds === null ? 'not within 20 s' : `${r.recoverySeconds.toFixed(2)} s`,
  r.gatewayUp ? '0' : '1',
];

console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
const asked = values.faults?.split(',');
const proxyFaults = (asked ?? allFaults).filter((f) => f !== 'import') as ChaosFault[];
const rows =
  proxyFaults.length === 0
    ? []
    : await runChaos({
        faultSeconds: Number(values.seconds),
        clients: Number(values.clients),
        faults: proxyFaults,
        onRow: (row) => console.log(line(cells(row))),
      });
const failed = rows
  .filter((r) => r.honestPercent < 100 || r.lost > 0 || r.recoverySeconds === null || r.recoverySeconds > 5)
  .map((r) => `${r.fault} on ${r.target}`);
if (!asked || asked.includes('import')) {
  const member = members[1]!;
  const kill = await killImportHalfway(member);
  console.log(
    `\nimport of ${kill.rows.toLocaleString('en')} rows (${member.code}) killed after "${kill.killedAfter.replace(/^.*: /, '')}" ` +
      `(${kill.firstRun}): ${kill.afterKill.reports} reports and ${kill.afterKill.indicators} indicators written; ` +
      `run again: exit ${kill.rerunExit}, ${kill.afterRerun.reports.toLocaleString('en')} reports`,
  );
  if (kill.firstRun !== 'SIGKILL' || kill.afterKill.reports + kill.afterKill.indicators > 0 || kill.rerunExit !== 0) {
    failed.push('import killed half-way');
  }
}
console.log(
  failed.length === 0
    ? '\nevery fault: 100% honest answers, 0 lost, complete again within 5 s; the killed import wrote nothing'
    : `\nshort of the goals: ${failed.join('; ')}`,
);
process.exit(0);
