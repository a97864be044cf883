import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { members } from '../../schema/registry.js';

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A port block clear of the machine's services and of a developer's own `npm start`. */
async function freeBlock(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const ports = [base, base + 1, base + 2, ...members.map((m) => m.port + base - 4000)];
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free port block found');
}

const dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('npm start seeds, starts 11 members + two hub replicas + gateway, prints a query that works, stops cleanly', async () => {
  const base = await freeBlock();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      GATEWAY_PORT: String(base),
      HUB_PORT: String(base + 2), // and the second replica one below
      MEMBER_PORT_OFFSET: String(base - 4000),
      SEED_REPORTS: '400',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 180_000;
    while (!out.includes('Ctrl-C stops everything.')) {
      if (Date.now() > deadline || child.exitCode !== null) assert.fail(`npm start did not come up:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const m of members) assert.match(out, new RegExp(`seeded ${m.code} ${m.name}: 400 reports`));
    const gatewayUrl = `http://127.0.0.1:${base}/graphql`;
    assert.ok(out.includes(`Gateway:  ${gatewayUrl}`), out);

    // run exactly the printed example
    const payload = /--data '(.+)'/.exec(out)?.[1];
    assert.ok(payload, out);
    const token = /export TOKEN='([^']+)'/.exec(out)?.[1];
    assert.ok(token, 'the startup message prints a ready-to-use token');
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: payload,
    });
    const body = (await res.json()) as {
      data: { indicator: { sightings: { member: { code: string } }[]; coverage: { complete: boolean } } };
    };
    assert.ok(body.data?.indicator.sightings.length >= 2, JSON.stringify(body));
    assert.equal(body.data.indicator.coverage.complete, true, JSON.stringify(body));
    for (const hubPort of [base + 2, base + 1]) {
      assert.equal((await fetch(`http://127.0.0.1:${hubPort}/health`)).status, 200, `hub replica on ${hubPort}`);
    }
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited, 0);
  for (const port of [base, base + 1, base + 2, ...members.map((m) => m.port + base - 4000)]) {
    assert.ok(await portFree(port), `port ${port} still in use after stop`);
  }
});
