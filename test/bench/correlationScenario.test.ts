/**
 * The bench's correlation scenario (f) and its compact port layout, without servers: `prepare` pages
 * through the listing once with the cursors the answers give, after which one measured run requests every
 * page exactly once (runs = pages) and the title names the total; BENCH_PORT_BASE packs every part into
 * 16 distinct ports from the base, while the default keeps the registry ports plus the offset.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { members } from '../../schema/registry.js';
import { parseBenchArgs, type BenchOptions } from '../../bench/options.js';
import { benchPorts } from '../../bench/ports.js';
import { buildScenarios, correlationPageSize, type GraphQLRequest } from '../../bench/scenarios.js';

test('correlation: prepare learns every page cursor; a run requests each page once', async () => {
  const scenario = buildScenarios({
    member: members[0]!,
    lookups: [],
    reports: [],
    screen: [],
    periods: [],
    searchFilters: [null],
  }).correlation;
  assert.equal(scenario.request(0).variables.after, null);
  const asked: unknown[] = [];
  const total = 150;
  await scenario.prepare!((request: GraphQLRequest) => {
    asked.push(request.variables.after);
    const offset = request.variables.after === null ? 0 : Number(String(request.variables.after).slice(2));
    const end = Math.min(total, offset + correlationPageSize);
    return Promise.resolve({
      data: { region: { correlation: { totalCount: total, hasNextPage: end < total, endCursor: `c:${end}` } } },
    });
  });
  assert.deepEqual(asked, [null, 'c:64', 'c:128']);
  assert.equal(scenario.variants, 3);
  assert.equal(scenario.runs, 3);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => scenario.request(i).variables.after),
    [null, 'c:64', 'c:128', null],
  );
  assert.match(scenario.title, /all 150 cross-border indicators, 3 pages of 64/);
  await assert.rejects(
    () => scenario.prepare!(() => Promise.resolve({ errors: [{ message: 'Query Cost limit' }] })),
    /correlation page 1: .*Query Cost limit/,
  );
});

test('--scenarios f is correlation', () => {
  assert.deepEqual((parseBenchArgs(['--scenarios', 'f'], {}) as BenchOptions).scenarios, ['correlation']);
});

test('BENCH_PORT_BASE packs every part into 16 ports from the base; the default keeps the offset layout', () => {
  const options = parseBenchArgs([], { BENCH_PORT_BASE: '5600' }) as BenchOptions;
  const packed = benchPorts(options);
  const all = [
    packed.gateway.ours,
    packed.gateway.hive,
    packed.gatewayAdmin,
    packed.keying,
    packed.hub,
    ...members.map((m) => packed.member(m)),
  ];
  assert.equal(new Set(all).size, all.length);
  assert.deepEqual([Math.min(...all), Math.max(...all)], [5600, 5615]);
  const offset = benchPorts(parseBenchArgs([], {}) as BenchOptions);
  assert.deepEqual(
    [offset.gateway.ours, offset.hub, offset.member(members[0]!)],
    [5000, 5100, members[0]!.port + 1000],
  );
});
