/** The chaos bench's fault proxy (bench/chaos/FaultProxy.ts) does what each fault says, over real sockets. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { FaultProxy, HUGE_ANSWER_BYTES } from '../../bench/chaos/FaultProxy.js';

let upstream: Server;
const proxy = new FaultProxy();
before(async () => {
  upstream = createServer((_req, res) => res.end('{"data":{"ok":true}}'));
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy.target((upstream.address() as AddressInfo).port);
  await proxy.listen();
});
after(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const post = () => fetch(proxy.url, { method: 'POST', body: '{}', headers: { connection: 'close' } });

test('none passes the answer through', async () => {
  await proxy.set('none');
  assert.deepEqual(await (await post()).json(), { data: { ok: true } });
});

test('unavailable answers 503 and throttled 429, with Retry-After; malformed answers truncated JSON', async () => {
  await proxy.set('unavailable');
  const res = await post();
  assert.equal(res.status, 503);
  assert.equal(res.headers.get('retry-after'), '1');
  await proxy.set('throttled');
  const throttled = await post();
  assert.equal(throttled.status, 429);
  assert.equal(throttled.headers.get('retry-after'), '1');
  await proxy.set('malformed');
  const bad = await post();
  assert.equal(bad.status, 200);
  await assert.rejects(bad.json(), SyntaxError);
});

test('kill refuses connections, and healing listens on the same port again', async () => {
  await proxy.set('kill');
  await assert.rejects(post(), (e: Error & { cause?: { code?: string } }) => e.cause?.code === 'ECONNREFUSED');
  await proxy.set('none');
  assert.equal((await post()).status, 200);
});

test('stall accepts and reads but never answers: the connection ends with nothing written when healed', async () => {
  await proxy.set('stall');
  const socket = connect(proxy.port, '127.0.0.1');
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  socket.on('error', () => undefined); // the proxy resets it
  const closed = new Promise((resolve) => socket.on('close', resolve));
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}');
  while (proxy.connections === 0) await new Promise((resolve) => setImmediate(resolve)); // accepted, stalled
  await proxy.set('none'); // cuts the stalled connection
  await closed;
  assert.equal(received, '');
});

test('huge answers 200 with a 50 MB body that is valid JSON', async () => {
  await proxy.set('huge');
  const res = await post();
  assert.equal(res.status, 200);
  const body = await res.text();
  assert.equal(Buffer.byteLength(body), HUGE_ANSWER_BYTES);
  assert.equal((JSON.parse(body) as { data: unknown }).data, null);
  await proxy.set('none');
});
