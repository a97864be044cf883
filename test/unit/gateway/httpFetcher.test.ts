/**
 * The gateway's HTTP client to subgraphs on its own, with a stub transport in place of node:http(s): what
 * it sends (method, headers, content-length in bytes, the keep-alive agent of the URL's protocol), how it
 * reads the answer (status, headers, a body cut anywhere, even inside a character) and how it ends (the
 * caller's signal before, during and after the call; errors of the request and of the answer).
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { Agent as HttpAgent, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { test } from 'node:test';
import { createHttpFetcher, type HttpTransport, type SendRequest } from '../../../gateway/httpFetcher.js';

/** One call the stub saw: what was asked, and handles to answer it like a server would. */
interface Call {
  url: URL;
  options: Parameters<SendRequest>[1];
  body: string | undefined;
  destroyedWith: Error | undefined;
  request: EventEmitter;
  /** Starts the answer (status line and headers); returns the body stream to push chunks into. */
  answer(status: number, statusMessage: string, headers: IncomingHttpHeaders): EventEmitter;
}

function stubTransport(): { transport: HttpTransport; calls: Call[]; protocols: string[] } {
  const calls: Call[] = [];
  const protocols: string[] = [];
  const send =
    (protocol: string): SendRequest =>
    (url, options, onAnswer) => {
      protocols.push(protocol);
      const request = new EventEmitter();
      const call: Call = {
        url,
        options,
        body: undefined,
        destroyedWith: undefined,
        request,
        answer: (statusCode, statusMessage, headers) => {
          const res = Object.assign(new EventEmitter(), { statusCode, statusMessage, headers });
          onAnswer(res);
          return res;
        },
      };
      calls.push(call);
      // a destroyed node request does not always emit 'error' once its answer has started: this stub never does
      return Object.assign(request, {
        end: (body: string) => void (call.body = body),
        destroy: (e?: Error) => void (call.destroyedWith = e),
      });
    };
  return { transport: { 'http:': send('http:'), 'https:': send('https:') }, calls, protocols };
}

const settled = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    () => 'rejected',
  );

test('sends a POST by default with the caller headers and the body length in bytes, not characters', async () => {
  const { transport, calls } = stubTransport();
  const fetcher = createHttpFetcher(transport);
  const body = '{"query":"{ café }"}';
  const pending = fetcher('http://node-tha:4105/graphql', { headers: { 'content-type': 'application/json' }, body });
  const call = calls[0]!;
  assert.equal(call.url.href, 'http://node-tha:4105/graphql');
  assert.equal(call.options.method, 'POST');
  assert.deepEqual(call.options.headers, { 'content-type': 'application/json', 'content-length': '21' });
  assert.equal(call.body, body);
  call.answer(200, 'OK', {}).emit('end');
  await pending;

  // no body: an empty one, announced as such; the caller's method is kept
  const get = fetcher('http://node-tha:4105/health', { method: 'GET', headers: {} });
  assert.equal(calls[1]!.options.method, 'GET');
  assert.equal(calls[1]!.options.headers['content-length'], '0');
  assert.equal(calls[1]!.body, '');
  calls[1]!.answer(204, 'No Content', {}).emit('end');
  assert.equal((await get).status, 204);
});

test("each protocol goes through its own transport and one keep-alive agent, shared by that fetcher's calls", async () => {
  const { transport, calls, protocols } = stubTransport();
  const fetcher = createHttpFetcher(transport);
  for (const url of ['http://a/graphql', 'https://b/graphql', 'http://c/graphql', 'https://d/graphql']) {
    const pending = fetcher(url, { headers: {} });
    calls.at(-1)!.answer(200, 'OK', {}).emit('end');
    await pending;
  }
  assert.deepEqual(protocols, ['http:', 'https:', 'http:', 'https:']);
  const [a, b, c, d] = calls.map((call) => call.options.agent);
  assert.ok(a instanceof HttpAgent && !(a instanceof HttpsAgent));
  assert.ok(b instanceof HttpsAgent);
  assert.equal(a, c);
  assert.equal(b, d);
  assert.equal((a as unknown as { keepAlive: boolean }).keepAlive, true);
  assert.equal((b as unknown as { keepAlive: boolean }).keepAlive, true);
  assert.equal(a.maxSockets, 64);

  // another fetcher has its own pool
  const other = createHttpFetcher(transport);
  const pending = other('http://a/graphql', { headers: {} });
  calls.at(-1)!.answer(200, 'OK', {}).emit('end');
  await pending;
  assert.notEqual(calls.at(-1)!.options.agent, a);
});

test('the answer: status, ok for 2xx only, headers by any case (repeated ones joined), body from every chunk', async () => {
  const { transport, calls } = stubTransport();
  const fetcher = createHttpFetcher(transport);
  const pending = fetcher('http://node-khm:4110/graphql', { headers: {} });
  const res = calls[0]!.answer(200, 'OK', { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
  // "é" is two bytes in UTF-8: cut between them, the text must still read "é"
  const text = Buffer.from('{"data":{"name":"Phnom Penh café"}}', 'utf8');
  const cut = text.indexOf(Buffer.from('é')) + 1;
  res.emit('data', text.subarray(0, cut));
  res.emit('data', text.subarray(cut));
  res.emit('end');
  const answer = await pending;
  assert.equal(answer.url, 'http://node-khm:4110/graphql');
  assert.equal(answer.status, 200);
  assert.equal(answer.statusText, 'OK');
  assert.equal(answer.ok, true);
  assert.equal(answer.headers.get('Content-Type'), 'application/json');
  assert.equal(answer.headers.get('set-cookie'), 'a=1, b=2');
  assert.equal(answer.headers.get('x-missing'), null);
  assert.equal(await answer.text(), '{"data":{"name":"Phnom Penh café"}}');
  assert.deepEqual(await answer.json(), { data: { name: 'Phnom Penh café' } });

  for (const [status, ok] of [
    [199, false],
    [299, true],
    [300, false],
    [503, false],
  ] as const) {
    const next = fetcher('http://node-khm:4110/graphql', { headers: {} });
    calls.at(-1)!.answer(status, 'x', {}).emit('end');
    assert.equal((await next).ok, ok, `status ${status}`);
  }
});

test('an answer that is not JSON is still an answer; json() is what fails', async () => {
  const { transport, calls } = stubTransport();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {} });
  const res = calls[0]!.answer(502, 'Bad Gateway', { 'content-type': 'text/html' });
  res.emit('data', Buffer.from('<html>proxy error</html>'));
  res.emit('end');
  const answer = await pending;
  assert.equal(answer.ok, false);
  assert.equal(await answer.text(), '<html>proxy error</html>');
  await assert.rejects(answer.json(), SyntaxError);
});

test('a signal already aborted: rejected with its reason, nothing sent', async () => {
  const { transport, calls } = stubTransport();
  const reason = new Error('deadline passed');
  const controller = new AbortController();
  controller.abort(reason);
  await assert.rejects(
    createHttpFetcher(transport)('http://a/graphql', { headers: {}, signal: controller.signal }),
    (e) => e === reason,
  );
  assert.equal(calls.length, 0);
});

test('aborted while waiting for the answer: rejected with the reason, the request destroyed with it', async () => {
  const { transport, calls } = stubTransport();
  const controller = new AbortController();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {}, signal: controller.signal });
  const reason = new Error('no answer within 800 ms');
  controller.abort(reason);
  await assert.rejects(pending, (e) => e === reason);
  assert.equal(calls[0]!.destroyedWith, reason);
});

test('aborted while the body is arriving: rejected even though the destroyed request emits nothing', async () => {
  const { transport, calls } = stubTransport();
  const controller = new AbortController();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {}, signal: controller.signal });
  calls[0]!.answer(200, 'OK', {}).emit('data', Buffer.from('{"data":'));
  const reason = new Error('request deadline');
  controller.abort(reason);
  await assert.rejects(pending, (e) => e === reason);
  assert.equal(calls[0]!.destroyedWith, reason);
});

test('once answered, a later abort of the same signal touches nothing', async () => {
  const { transport, calls } = stubTransport();
  const controller = new AbortController();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {}, signal: controller.signal });
  calls[0]!.answer(200, 'OK', {}).emit('end');
  assert.equal((await pending).status, 200);
  controller.abort(new Error('the request ended'));
  assert.equal(calls[0]!.destroyedWith, undefined);
});

test('a failed request (refused, reset) rejects with its error and stops listening to the signal', async () => {
  const { transport, calls } = stubTransport();
  const controller = new AbortController();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {}, signal: controller.signal });
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  calls[0]!.request.emit('error', refused);
  await assert.rejects(pending, (e) => e === refused);
  controller.abort(new Error('later'));
  assert.equal(calls[0]!.destroyedWith, undefined);
});

test('an answer that breaks off rejects with its error', async () => {
  const { transport, calls } = stubTransport();
  const pending = createHttpFetcher(transport)('http://a/graphql', { headers: {} });
  const res = calls[0]!.answer(200, 'OK', {});
  res.emit('data', Buffer.from('{"da'));
  const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
  res.emit('error', reset);
  await assert.rejects(pending, (e) => e === reset);
});

test('a URL that does not parse rejects rather than throwing', async () => {
  const { transport, calls } = stubTransport();
  const pending = createHttpFetcher(transport)('node-tha 4105/graphql', { headers: {} });
  assert.equal(await settled(pending), 'rejected');
  assert.equal(calls.length, 0);
});
