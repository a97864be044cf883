/**
 * Graceful shutdown of every part, as real child processes (their main.ts): after SIGTERM a request already
 * in flight gets its whole answer, a new connection is refused, and the process exits 0.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProcessGroup } from '../../scripts/start/ProcessGroup.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../../shared/identity/keyPairs.js';
import { ASSERTION_HEADER, GatewayAssertionSigner } from '../../shared/identity/GatewayAssertion.js';
import { ensureClientKeys } from '../../shared/keying/clientKeys.js';
import { HUB_IDENTITY } from '../../shared/keying/protocol.js';

const dir = mkdtempSync(join(tmpdir(), 'shutdown-'));
before(async () => {
  await ensureKeyPair(dir, 'issuer');
  await ensureKeyPair(dir, 'gateway');
  // the hub reads its keying client key at start (the keying service itself is not needed to start)
  await ensureClientKeys(dir, [HUB_IDENTITY]);
});

/**
 * Nodes and the hub refuse a request without the gateway's assertion from its headers, before the body:
 * to hold one in flight the test signs a real assertion, as the gateway would, for this exact request.
 */
async function assertionHeader(subgraph: string | null, body: string): Promise<string> {
  if (!subgraph) return '';
  const signer = new GatewayAssertionSigner(await readSigningKey(privateKeyPath(dir, 'gateway'), 'test'));
  const caller = { subject: 'wg-analyst@test', member: 'WG', role: 'analyst' as const, tokenId: 'shutdown-test' };
  const assertion = await signer.sign(subgraph, caller, { method: 'POST', target: '/graphql', body });
  return `${ASSERTION_HEADER}: ${assertion}\r\n`;
}
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a part's main.ts on port 0 and resolves with the port its "ready" log line names. */
async function startPart(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      for (const line of log.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; port?: number; url?: string };
        if (!entry.msg?.endsWith('ready')) continue;
        resolve(entry.port ?? Number(new URL(entry.url!).port));
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before ready:\n${log}`)));
  });
  return { child, port };
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}

/** Reads from the socket until `done(text)` holds (or the socket ends), and returns what came. */
function readUntil(socket: Socket, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const finish = () => {
      socket.off('data', onData);
      resolve(text);
    };
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (done(text)) finish();
    };
    socket.on('data', onData);
    socket.once('end', finish);
  });
}

/** [what, script, env, subgraph name (null: the gateway, which answers 401 to a request without a token)] */
const parts: [string, string, Record<string, string>, string | null][] = [
  ['the gateway', 'gateway/main.ts', { GATEWAY_PORT: '0', GATEWAY_ADMIN_PORT: '0' }, null],
  ['the hub', 'subgraphs/hub/main.ts', { PORT: '0' }, 'hub'],
  ['a national node', 'subgraphs/national/main.ts', { PORT: '0', COUNTRY: 'TH' }, 'tha'],
];

describe('graceful shutdown', () => {
  for (const [what, script, env, subgraph] of parts) {
    test(`${what}: SIGTERM lets the request in flight finish, refuses new connections, exits 0`, async () => {
      const { child, port } = await startPart(script, env);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        const body = JSON.stringify({ query: '{ __typename }' });
        const socket = connect(port, '127.0.0.1');
        // Expect: 100-continue makes the server say when it has the request: from then on it is in flight
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\n${await assertionHeader(subgraph, body)}` +
            `Expect: 100-continue\r\n\r\n`,
        );
        assert.match(await readUntil(socket, (t) => t.includes('\r\n\r\n')), /^HTTP\/1\.1 100 Continue/);

        child.kill('SIGTERM');
        for (let i = 0; !(await refused(port)); i++) {
          assert.ok(i < 100, 'the port still accepts connections after SIGTERM');
          await sleep(50);
        }

        // read until the server closes the connection (a kept-alive connection would never end)
        const answer = readUntil(socket, () => false);
        socket.write(body);
        const text = await answer;
        // the part answers in whole (the gateway: 401, no token; a subgraph: 200), then closes the connection
        assert.match(text, subgraph ? /^HTTP\/1\.1 200 /m : /^HTTP\/1\.1 401 /m);
        const length = Number(/^content-length: (\d+)/im.exec(text)?.[1]);
        const answered = text.slice(text.indexOf('\r\n\r\n') + 4);
        assert.equal(Buffer.byteLength(answered), length);
        assert.doesNotThrow(() => JSON.parse(answered));
        assert.equal(await exited, 0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    });
  }
});

test("npm start's Ctrl-C stops the gateway first (with SIGTERM, so it drains), then the other parts", async () => {
  // stand-ins that record the signal they got and when they exited; the first one takes a while to drain
  const journal = join(dir, 'journal');
  writeFileSync(journal, '');
  const part = join(dir, 'part.mjs');
  writeFileSync(
    part,
    `import { appendFileSync } from 'node:fs';
     import { createServer } from 'node:http';
     const name = process.env.PART;
     createServer((_q, s) => s.end('ok')).listen(0);
     process.on('SIGTERM', () => {
       appendFileSync(process.env.JOURNAL, name + ' got SIGTERM\\n');
       setTimeout(() => { appendFileSync(process.env.JOURNAL, name + ' exited\\n'); process.exit(0); }, name === 'gateway' ? 300 : 0);
     });
     appendFileSync(process.env.JOURNAL, name + ' started\\n');`,
  );
  const deaths: string[] = [];
  const group = new ProcessGroup(join(dir, 'logs'), (name) => deaths.push(name));
  const spec = (name: string, stopFirst: boolean) => ({
    name,
    script: part,
    env: { PART: name, JOURNAL: journal },
    healthUrl: 'http://127.0.0.1:9/',
    essential: false,
    stopFirst,
  });
  for (const p of [spec('node-a', false), spec('hub-1', false), spec('gateway', true)]) group.start(p);
  for (let i = 0; readFileSync(journal, 'utf8').split('started').length < 4; i++) {
    assert.ok(i < 200, 'the stand-ins did not start');
    await sleep(50);
  }
  await group.stopAll(10_000);
  const lines = readFileSync(journal, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => !l.endsWith('started'));
  assert.deepEqual(lines.slice(0, 2), ['gateway got SIGTERM', 'gateway exited']);
  assert.deepEqual(lines.slice(2).sort(), ['hub-1 exited', 'hub-1 got SIGTERM', 'node-a exited', 'node-a got SIGTERM']);
  assert.deepEqual(deaths, [], 'a stop is not reported as a death');
});
