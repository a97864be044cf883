import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGatewayConfig } from '../../gateway/config.js';
import { ConfigError } from '../../shared/env.js';

test('resilience settings have documented defaults', () => {
  const { resilience, requestDeadlineMs } = loadGatewayConfig({});
  assert.deepEqual(resilience, {
    timeoutMs: 10_000,
    breakerTimeouts: 1,
    breakerFailures: 5,
    halfOpenMs: 5000,
    coldProbeMs: 250,
    retryMax: 1,
    retryBudget: { ratio: 0.2, minRetries: 10, windowMs: 10_000 },
    retryAfterMaxMs: 2000,
  });
  assert.equal(requestDeadlineMs, 15_000);
  // a longer call timeout alone is not cut short by the default deadline
  assert.equal(loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '120000' }).requestDeadlineMs, 180_000);
  assert.equal(loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS_KHM: '30000' }).requestDeadlineMs, 45_000);
  assert.equal(
    loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '5000' }).requestDeadlineMs,
    5000,
  );
});

test('a subgraph URL may list replicas, comma-separated; the first is the primary', () => {
  const config = loadGatewayConfig({ SUBGRAPH_URL_HUB: 'http://hub-1:4100/graphql, http://hub-2:4100/graphql' });
  assert.deepEqual(config.subgraphReplicas.hub, ['http://hub-1:4100/graphql', 'http://hub-2:4100/graphql']);
  assert.equal(config.subgraphUrls.hub, 'http://hub-1:4100/graphql');
});

test('bad values stop the gateway, naming the variable', () => {
  for (const [name, value] of [
    ['BREAKER_TIMEOUTS', '0'],
    ['RETRY_MAX', '9'],
    ['RETRY_BUDGET_PERCENT', '150'],
    ['REQUEST_DEADLINE_MS', 'soon'],
    ['SUBGRAPH_URL_HUB', 'http://hub-1:4100/graphql,ftp://hub-2'],
    ['SUBGRAPH_URL_TEMPLATE', 'node-{ns}:{port}'],
    ['BREAKER_COLD_PROBE_MS', '0'],
  ]) {
    assert.throws(
      () => loadGatewayConfig({ [name!]: value }),
      (e) => e instanceof ConfigError && e.message.includes(name!),
      name,
    );
  }
});
