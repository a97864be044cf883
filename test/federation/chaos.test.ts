/**
 * The chaos goals as assertions, at a small size (issue 12 item 5): every fault of `npm run chaos` on one
 * member, a hub replica killed and the supergraph replaced mid-load, under steady lookups through the
 * gateway. Every answer that came kept the members not faulted and named the faulted ones in coverage;
 * no request was lost; the gateway (in this process) never went down; complete answers came back after
 * each fault. How fast they came back is a figure for the bench table (`npm run chaos`), not asserted here.
 * Then an import killed half-way wrote nothing, and the same import run again completes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { members } from '../../schema/registry.js';
import { killImportHalfway } from '../../bench/chaos/importKill.js';
import { allFaults, runChaos } from '../../bench/chaos/runChaos.js';

test('every fault on one member, a hub replica and the supergraph: honest answers, none lost, and back to complete', async () => {
  const rows = await runChaos({ faultSeconds: 1, clients: 2, faults: allFaults, targets: ['one', 'hub'] });
  assert.deepEqual(
    rows.map((r) => r.fault),
    [...allFaults.filter((f) => f !== 'supergraph'), 'kill', 'supergraph'],
  );
  for (const row of rows) {
    const where = `${row.fault} on ${row.target}: ${JSON.stringify(row)}`;
    assert.ok(row.answers > 0, `answers came during the fault (${where})`);
    assert.equal(row.honestPercent, 100, `kept the others and named the faulted (${where})`);
    assert.equal(row.lost, 0, `no request lost (${where})`);
    assert.equal(row.gatewayUp, true, `the gateway never went down (${where})`);
    assert.notEqual(row.recoverySeconds, null, `complete answers came back (${where})`);
  }
});

test('an import killed half-way wrote nothing, and the same import run again completes', async () => {
  const result = await killImportHalfway(members[1]!, 20_000);
  assert.equal(result.firstRun, 'SIGKILL', `killed mid-write, not finished: ${JSON.stringify(result)}`);
  assert.match(result.killedAfter, /rows written/);
  assert.deepEqual(result.afterKill, { reports: 0, indicators: 0 });
  assert.equal(result.rerunExit, 0);
  assert.deepEqual(result.afterRerun, { reports: 20_000, indicators: 200 });
});
