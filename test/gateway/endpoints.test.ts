import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { buildHubServer, type HubServer } from '../../subgraphs/hub/server.js';
import { createLogger } from '../../shared/logger.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';
import { clientKeyPath } from '../../shared/keying/clientKeys.js';
import { HUB_IDENTITY } from '../../shared/keying/protocol.js';

const silent = createLogger('test', 'silent');

describe('gateway endpoints: health, readiness, limits, masking', () => {
  let fed: Federation;
  let base: string;
  /** The operator's listener (metrics, detailed readiness). */
  let admin: string;
  before(async () => {
    fed = await startFederation();
    base = fed.gatewayUrl.replace(/\/graphql$/, '');
    admin = `http://127.0.0.1:${await fed.gateway.listenAdmin(0)}`;
  });
  let restartedHub: HubServer | undefined;
  after(async () => {
    await fed?.close();
    await restartedHub?.close();
  });

  const ready = async (query = '') => {
    const res = await fetch(`${admin}/ready${query}`);
    return {
      status: res.status,
      body: (await res.json()) as { ready: boolean; degraded: boolean; subgraphs: Record<string, string> },
    };
  };

  test('public /health says only that it is alive, public /ready only ready or not', async () => {
    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const publicReady = await fetch(`${base}/ready`);
    assert.equal(publicReady.status, 200);
    assert.deepEqual(await publicReady.json(), { ready: true });
  });

  test('/metrics is not on the public port', async () => {
    const res = await fetch(`${base}/metrics`);
    assert.equal(res.status, 404);
    assert.doesNotMatch(await res.text(), /antiscam_/);
  });

  test('the admin /health is live and the admin /ready names every subgraph', async () => {
    assert.equal((await fetch(`${admin}/health`)).status, 200);
    const r = await ready();
    assert.equal(r.status, 200);
    assert.equal(r.body.ready, true);
    assert.equal(r.body.degraded, false);
    assert.equal(Object.keys(r.body.subgraphs).length, 12);
    assert.ok(Object.values(r.body.subgraphs).every((s) => s === 'up'));
  });

  test('a member down degrades /ready and fails it only when strict', async () => {
    await fed.stopMember('LA');
    try {
      const r = await ready();
      assert.equal(r.status, 200);
      assert.equal(r.body.degraded, true);
      assert.equal(r.body.subgraphs.lao, 'down');
      assert.equal((await ready('?strict=1')).status, 503);
    } finally {
      await fed.startMember('LA');
    }
    assert.equal((await ready('?strict=1')).status, 200);
  });

  test('errors carry registered codes and no internals', async () => {
    const invalid = await fed.query('{ nope }');
    assert.equal(invalid.status, 400);
    assert.equal(invalid.errors![0]!.extensions!.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(invalid.errors![0]!.extensions!.stacktrace, undefined);
    const syntax = await fed.query('{ tha { ');
    assert.equal(syntax.errors![0]!.extensions!.code, 'GRAPHQL_PARSE_FAILED', JSON.stringify(syntax.errors));
    const badCursor = await fed.query('{ tha { reports(after: "garbage!") { totalCount } } }', undefined, {
      token: await fed.token({ member: 'TH', role: 'analyst' }),
    });
    assert.equal(badCursor.errors![0]!.extensions!.code, 'BAD_USER_INPUT');
    assert.equal(badCursor.errors![0]!.extensions!.serviceName, 'tha');
  });

  test('an oversized body is refused with 413 before it is parsed', async () => {
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ members { code } }`, padding: 'x'.repeat(5 * 1024 * 1024) }),
    });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'QUERY_TOO_COMPLEX');
  });

  test("/metrics counts subgraph calls by outcome, for the operator's own Prometheus", async () => {
    await fed.query('{ indicator(kind: PHONE, value: "+66 81 234 5678") { coverage { complete } } }');
    await fed.stopMember('BN');
    try {
      await fed.query('{ indicator(kind: PHONE, value: "+66 81 234 5678") { coverage { unavailable } } }');
    } finally {
      await fed.startMember('BN');
    }
    const res = await fetch(`${admin}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    const text = await res.text();
    const value = (series: string) =>
      Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\d+)`, 'm').exec(text)?.[1]);
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="hub",outcome="ok"}') >= 4, text.slice(0, 2000));
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="brn",outcome="unavailable"}') >= 1);
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="tha",outcome="ok"}') >= 2);
    assert.ok(value('antiscam_graphql_requests_total{outcome="partial"}') >= 1);
    assert.match(text, /^antiscam_supergraph_loaded 1$/m);
  });

  test('the hub down makes the gateway not ready, publicly too', async () => {
    // the hub's own port, so the gateway finds it again when it is back (no test after this one depends
    // on the hub being up, but none may find it down either)
    const hubPort = (fed.hub.http.address() as AddressInfo).port;
    await fed.hub.close();
    try {
      const r = await ready();
      assert.equal(r.status, 503);
      assert.equal(r.body.subgraphs.hub, 'down');
      const publicReady = await fetch(`${base}/ready`);
      assert.equal(publicReady.status, 503);
      assert.deepEqual(await publicReady.json(), { ready: false });
    } finally {
      restartedHub = await buildHubServer(
        {
          keying: { url: fed.keying.url, keyFile: clientKeyPath(fed.dir, HUB_IDENTITY), identity: HUB_IDENTITY },
          keyingCacheSize: 1000,
          maxScreen: 10_000,
          identity: fed.identity,
        },
        silent,
      );
      await restartedHub.listen(hubPort);
    }
    assert.equal((await ready()).status, 200);
  });

  test('unknown paths get a 404 that says where GraphQL is', async () => {
    const res = await fetch(`${base}/nothing-here`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /\/graphql/);
  });

  test('every answer carries the security headers: 404, 405, redirects, errors, admin', async () => {
    const answers = {
      'public 404': await fetch(`${base}/nothing-here`),
      'public 302': await fetch(`${base}/`, { headers: { accept: 'text/html' }, redirect: 'manual' }),
      'public 405 (a page)': await fetch(`${base}/dashboard`, { method: 'POST' }),
      'public 405 (GraphQL)': await fetch(fed.gatewayUrl, { method: 'PUT' }),
      'public 400': await fetch(fed.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      'public 413': await fetch(fed.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(5 * 1024 * 1024),
      }),
      'public 401': await fetch(fed.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ members { code } }"}',
      }),
      'admin 404': await fetch(`${admin}/graphql`),
      'admin 405': await fetch(`${admin}/metrics`, { method: 'POST' }),
      'admin 200': await fetch(`${admin}/metrics`),
    };
    assert.equal(answers['public 302'].status, 302);
    assert.equal(answers['public 405 (a page)'].status, 405);
    assert.equal(answers['admin 404'].status, 404);
    assert.equal(answers['admin 405'].status, 405);
    for (const [name, res] of Object.entries(answers)) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', name);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', name);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', name);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, name);
      await res.body?.cancel();
    }
  });
});
