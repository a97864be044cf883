/**
 * A member that refuses the caller (the caller's input or identity) is not an outage: its code reaches
 * the caller, coverage lists the member as refused rather than unavailable, and /metrics counts the call
 * as refused. Stand-ins answer on three members' ports the way a node that refuses does (HTTP 400 with
 * BAD_USER_INPUT, a bare 401) and the way a node on another schema version does (400 with a validation
 * error: that one is the operator's problem, so it stays an outage).
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const answers: Record<string, { status: number; body: unknown }> = {
  LA: {
    status: 400,
    body: {
      errors: [
        { message: 'Date must be a calendar day YYYY-MM-DD, got "2025-02-30"', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    },
  },
  BN: { status: 401, body: 'no' },
  KH: {
    status: 400,
    body: { errors: [{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] },
  },
};

function standIn(answer: { status: number; body: unknown }): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const json = typeof answer.body !== 'string';
      res.writeHead(answer.status, { 'content-type': json ? 'application/json' : 'text/plain' });
      res.end(json ? JSON.stringify(answer.body) : answer.body);
    });
  });
}

interface Coverage {
  answered: string[];
  refused: string[];
  unavailable: string[];
}

describe("a member's refusal of the caller reaches the caller with its code, and is not an outage", () => {
  let fed: Federation;
  let admin: string;
  const standIns: Server[] = [];
  before(async () => {
    fed = await startFederation();
    admin = `http://127.0.0.1:${await fed.gateway.listenAdmin(0)}`;
    for (const [code, answer] of Object.entries(answers)) {
      const node = fed.nodes.get(code)!;
      await fed.stopMember(code);
      const server = standIn(answer);
      await new Promise<void>((resolve) => server.listen(node.port, '127.0.0.1', resolve));
      standIns.push(server);
    }
  });
  after(async () => {
    for (const s of standIns) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
    await fed?.close();
  });

  test('an indicator lookup: BAD_USER_INPUT and UNAUTHENTICATED pass on, coverage says refused', async () => {
    const res = await fed.query<{ indicator: { coverage: Coverage } }>(
      '{ indicator(kind: PHONE, value: "+66 81 234 5678") { coverage { answered refused unavailable } sightings { member { code } } } }',
    );
    assert.equal(res.status, 200);
    const codes = Object.fromEntries((res.errors ?? []).map((e) => [e.extensions!.serviceName, e.extensions!.code]));
    assert.deepEqual(
      codes,
      { lao: 'BAD_USER_INPUT', brn: 'UNAUTHENTICATED', khm: 'SUBGRAPH_UNAVAILABLE' },
      JSON.stringify(res.errors),
    );
    const lao = res.errors!.find((e) => e.extensions!.serviceName === 'lao')!;
    assert.match(lao.message, /2025-02-30/);
    const coverage = res.data!.indicator.coverage;
    assert.deepEqual(coverage.unavailable, ['KH']);
    assert.deepEqual([...coverage.refused].sort(), ['BN', 'LA']);
    assert.equal(coverage.answered.length, 8);
  });

  test('regional statistics: the refusing members are refused, not unavailable', async () => {
    const res = await fed.query<{ region: { coverage: Coverage } }>(
      '{ region(from: "2026-01-01", to: "2027-01-01") { coverage { answered refused unavailable } totals { reportCount } } }',
    );
    const coverage = res.data!.region.coverage;
    assert.deepEqual(coverage.unavailable, ['KH'], JSON.stringify(res.errors));
    assert.ok(coverage.refused.includes('LA') && coverage.refused.includes('BN'), JSON.stringify(coverage));
  });

  test("a member's own field: the code reaches the caller, no SUBGRAPH_UNAVAILABLE", async () => {
    const res = await fed.query('{ lao { member } }');
    assert.equal(res.errors![0]!.extensions!.code, 'BAD_USER_INPUT');
    assert.equal(res.errors![0]!.extensions!.serviceName, 'lao');
  });

  test('/metrics counts refusals apart from outages', async () => {
    const text = await (await fetch(`${admin}/metrics`)).text();
    const value = (series: string) =>
      Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="lao",outcome="refused"}') >= 3, text.slice(0, 1500));
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="brn",outcome="refused"}') >= 2);
    assert.equal(value('antiscam_subgraph_calls_total{subgraph="lao",outcome="unavailable"}'), 0);
    assert.equal(value('antiscam_subgraph_calls_total{subgraph="brn",outcome="unavailable"}'), 0);
    assert.ok(value('antiscam_subgraph_calls_total{subgraph="khm",outcome="unavailable"}') >= 2);
  });
});
