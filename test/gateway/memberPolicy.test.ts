/**
 * The gateway's per-subgraph policy (gateway/resilience) against real HTTP servers on port 0: retries only
 * for reads, after a capped Retry-After, within a budget; the request deadline; replicas with a breaker each.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { createHttpFetcher } from '../../gateway/httpFetcher.js';
import { MemberPolicy, type ResilienceSettings } from '../../gateway/resilience/MemberPolicy.js';
import { RequestDeadlineError, RequestDeadlines } from '../../gateway/resilience/RequestDeadlines.js';

const settings: ResilienceSettings = {
  timeoutMs: 10_000,
  breakerTimeouts: 1,
  breakerFailures: 3,
  halfOpenMs: 60_000,
  coldProbeMs: 250,
  retryMax: 1,
  retryBudget: { ratio: 0.2, minRetries: 10, windowMs: 10_000 },
  retryAfterMaxMs: 2000,
};
// bodies as @apollo/gateway's RemoteGraphQLDataSource sends them: { query, variables, operationName }
const body = (query: string) =>
  JSON.stringify({ query, variables: { representations: [] }, operationName: 'Lookup__khm__1' });
const read = {
  headers: { 'content-type': 'application/json' },
  body: body(
    'query Lookup__khm__1($representations:[_Any!]!){_entities(representations:$representations){__typename}}',
  ),
};
const mutation = { headers: { 'content-type': 'application/json' }, body: body('mutation Lookup__khm__1{fileReport}') };

const servers: Server[] = [];
after(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** A real server answering each call with the next of `answers` (the last repeats); counts its calls. */
async function serve(answers: ((res: ServerResponse) => void)[]) {
  const counter = { calls: 0 };
  const server = createServer((_req: IncomingMessage, res) => {
    const answer = answers[Math.min(counter.calls, answers.length - 1)]!;
    counter.calls += 1;
    answer(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, counter, server };
}
const ok = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}');
const hang = () => undefined;
const unavailable = (retryAfter?: string) => (res: ServerResponse) =>
  res.writeHead(503, retryAfter === undefined ? {} : { 'retry-after': retryAfter }).end();

function policy(
  urls: string[],
  overrides: Partial<ResilienceSettings> = {},
  clock = () => Date.now(),
  deadlineMs = 15_000,
) {
  const deadlines = new RequestDeadlines(deadlineMs, clock);
  const retries = { count: 0 };
  const p = new MemberPolicy(
    'test',
    urls,
    { ...settings, ...overrides },
    {
      send: createHttpFetcher(),
      deadlines,
      clock,
      onRetry: () => (retries.count += 1),
    },
  );
  return { p, deadlines, retries };
}

describe('retries', () => {
  test('a read answered 503 with a short Retry-After is tried again once, and gets the answer', async () => {
    const member = await serve([unavailable('0'), ok]);
    const { p, retries } = policy([member.url]);
    const res = await p.fetch(member.url, read);
    assert.equal(res.status, 200);
    assert.equal(member.counter.calls, 2);
    assert.equal(retries.count, 1);
  });

  test('a Retry-After longer than the cap is not waited for: the 503 is the answer', async () => {
    const member = await serve([unavailable('5'), ok]);
    const { p } = policy([member.url], { retryAfterMaxMs: 2000 });
    assert.equal((await p.fetch(member.url, read)).status, 503);
    assert.equal(member.counter.calls, 1);
  });

  test('a mutation is never retried', async () => {
    const member = await serve([unavailable('0'), ok]);
    const { p } = policy([member.url]);
    assert.equal((await p.fetch(member.url, mutation)).status, 503);
    assert.equal(member.counter.calls, 1);
  });

  test('retries stop when the budget is spent', async () => {
    const member = await serve([unavailable('0')]);
    const { p, retries } = policy([member.url], {
      breakerFailures: 100,
      retryBudget: { ratio: 0, minRetries: 2, windowMs: 10_000 },
    });
    for (let i = 0; i < 4; i++) assert.equal((await p.fetch(member.url, read)).status, 503);
    assert.equal(retries.count, 2, 'two retries in the window, then none');
    assert.equal(member.counter.calls, 4 + 2);
  });
});

describe('the request deadline', () => {
  test('no call starts after it, and a cut call does not count against the member', async () => {
    let offset = 0;
    const clock = () => Date.now() + offset;
    const member = await serve([ok]);
    const { p, deadlines } = policy([member.url], {}, clock);
    const context = {};
    await deadlines.plugin().requestDidStart!({ contextValue: context } as never);
    offset += 15_000;
    await assert.rejects(
      p.within(context, () => p.fetch(member.url, read)),
      (e) => e instanceof RequestDeadlineError,
    );
    assert.equal(member.counter.calls, 0);
    assert.equal(p.endpoints[0]!.state, 'closed');
  });

  test('a call waiting on a member that never answers ends at the deadline, not at its 10 s timeout', async () => {
    const hole = await serve([() => undefined]); // accepts, never answers
    const { p, deadlines } = policy([hole.url], { timeoutMs: 10_000 }, () => Date.now(), 200);
    const context = {};
    await deadlines.plugin().requestDidStart!({ contextValue: context } as never);
    await assert.rejects(
      p.within(context, () => p.fetch(hole.url, read)),
      (e) => e instanceof RequestDeadlineError,
    );
    assert.equal(hole.counter.calls, 1);
    assert.equal(p.endpoints[0]!.state, 'closed', 'the deadline is the request’s, not a member timeout');
  });
});

describe('replicas', () => {
  test('with one replica down, every read is answered, and its breaker opens so it is skipped', async () => {
    const live = await serve([ok]);
    const dead = await serve([ok]);
    await new Promise((resolve) => dead.server.close(resolve));
    servers.splice(servers.indexOf(dead.server), 1);
    const { p } = policy([dead.url, live.url], { breakerFailures: 2 });
    for (let i = 0; i < 10; i++) assert.equal((await p.fetch(dead.url, read)).status, 200);
    assert.equal(live.counter.calls, 10);
    assert.equal(p.endpoints[0]!.state, 'open');
    assert.equal(p.endpoints[1]!.state, 'closed');
  });

  test('calls are spread over healthy replicas', async () => {
    const a = await serve([ok]);
    const b = await serve([ok]);
    const { p } = policy([a.url, b.url]);
    for (let i = 0; i < 6; i++) await p.fetch(a.url, read);
    assert.deepEqual([a.counter.calls, b.counter.calls], [3, 3]);
  });
});

describe('the breaker and a cold first call', () => {
  // a real 150 ms timeout; the half-open waits follow the stepped clock
  const cold = { timeoutMs: 150, retryMax: 0, halfOpenMs: 60_000, coldProbeMs: 250 };
  const late = (res: ServerResponse) => void setTimeout(() => ok(res), 600);
  const stepped = () => {
    const clock = { offset: 0, now: () => Date.now() + clock.offset };
    return clock;
  };

  test('a member slow only on its first call is tried again after the short cold probe, not the half-open wait', async () => {
    const member = await serve([late, ok]);
    const clock = stepped();
    const { p } = policy([member.url], cold, clock.now);
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/);
    assert.equal(p.endpoints[0]!.state, 'open', 'one timeout opens the breaker');
    // while open, calls are answered at once and nothing is sent: a hung member costs one timeout
    await assert.rejects(p.fetch(member.url, read), /circuit|open/i);
    assert.equal(member.counter.calls, 1);
    clock.offset += 250;
    assert.equal((await p.fetch(member.url, read)).status, 200, 'the probe after the cold wait answers');
    assert.equal(p.endpoints[0]!.state, 'closed');
  });

  test('a member that hangs from the start: the probe times out too, and the breaker then waits the full half-open time', async () => {
    const member = await serve([hang]);
    const clock = stepped();
    const { p } = policy([member.url], cold, clock.now);
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/);
    clock.offset += 250;
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/, 'the cold probe');
    assert.equal(member.counter.calls, 2);
    clock.offset += 250;
    await assert.rejects(p.fetch(member.url, read), /circuit|open/i);
    assert.equal(member.counter.calls, 2, 'no second short wait: open for the half-open time');
    clock.offset += 60_000;
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/, 'the next probe');
    assert.equal(member.counter.calls, 3);
  });

  test('a member that answered before and then times out waits the full half-open time', async () => {
    const member = await serve([ok, hang]);
    const clock = stepped();
    const { p } = policy([member.url], cold, clock.now);
    assert.equal((await p.fetch(member.url, read)).status, 200);
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/);
    clock.offset += 250;
    await assert.rejects(p.fetch(member.url, read), /circuit|open/i);
    assert.equal(member.counter.calls, 2, 'still open after the cold wait: it is not cold');
  });
});

describe('the timeout and the gateway stalling', () => {
  test("an answer that arrived while the gateway's event loop was blocked past the timeout is not thrown away", async () => {
    // the member answers at once, then (same process) the event loop is blocked for twice the timeout, as
    // building a new supergraph blocks the gateway: the answer waits in the socket when the timer is due
    let stall = false;
    const member = await serve([
      (res) => {
        ok(res);
        if (!stall) return;
        const until = Date.now() + 300;
        while (Date.now() < until) {
          // blocked
        }
      },
    ]);
    const { p } = policy([member.url], { timeoutMs: 150, retryMax: 0 });
    assert.equal((await p.fetch(member.url, read)).status, 200, 'a first call opens the keep-alive connection');
    stall = true;
    assert.equal((await p.fetch(member.url, read)).status, 200);
    assert.equal(p.endpoints[0]!.state, 'closed');
  });

  test('a member stalled with the gateway (same process) gets the time it was deprived of, once', async () => {
    // the event loop is blocked for twice the timeout before the member even reads the call, then it answers
    // 20 ms later: the member was never given its 150 ms
    const blocked = (res: ServerResponse) => {
      const until = Date.now() + 300;
      while (Date.now() < until) {
        // blocked
      }
      setTimeout(() => ok(res), 20);
    };
    const member = await serve([ok, blocked, hang]);
    const { p } = policy([member.url], { timeoutMs: 150, retryMax: 0 });
    assert.equal((await p.fetch(member.url, read)).status, 200, 'a first call opens the keep-alive connection');
    assert.equal((await p.fetch(member.url, read)).status, 200);
    // a member that simply hangs, with no stall, still costs the one timeout
    await assert.rejects(p.fetch(member.url, read), /no answer within 150 ms/);
  });
});
