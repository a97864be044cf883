/**
 * How the gateway serves its browser pages (gateway/staticRoutes.ts), over real HTTP in front of a stand-in
 * GraphQL handler: content types, caching, CSP, compression, and everything that is not a page reaching
 * the GraphQL handler untouched.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  dashboardCsp,
  defaultDistDir,
  graphiqlCsp,
  mountStaticRoutes,
  staticRoutes,
} from '../../gateway/staticRoutes.js';

const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

/** A server whose own handler answers 418 with the path: whatever reaches it was not taken as a page. */
async function serve(distDir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    res.writeHead(418, { 'content-type': 'text/plain' });
    res.end(`graphql handler: ${req.method} ${req.url}`);
  });
  mountStaticRoutes(server, staticRoutes({ distDir }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A raw request (fetch would normalise `..` and decode nothing; the server must not either). */
function raw(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('gateway static routes', () => {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  let server: Server;
  let base: string;

  before(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'dashboard.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(dist, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
    writeFileSync(join(dist, 'assets', 'app-Ab12.js'), script);
    writeFileSync(join(dist, 'assets', 'font-Cd34.ttf'), Buffer.from([0, 1, 0, 0]));
    ({ server, base } = await serve(dist));
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  test('/dashboard is the page, with a strict same-origin CSP, revalidated by ETag', async () => {
    const res = await fetch(`${base}/dashboard`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.equal(res.headers.get('content-security-policy'), dashboardCsp);
    assert.match(dashboardCsp, /default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'/);
    assert.ok(!/unsafe|data:|https?:/.test(dashboardCsp), dashboardCsp);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await res.text(), '<!doctype html><title>dashboard</title>');
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${base}/dashboard/`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  test('GET /graphql gives GraphiQL to a browser and everything else to the GraphQL handler', async () => {
    const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const page = await fetch(`${base}/graphql`, { headers: { accept: browserAccept } });
    assert.equal(page.status, 200);
    assert.equal(await page.text(), '<!doctype html><title>graphiql</title>');
    assert.equal(page.headers.get('content-security-policy'), graphiqlCsp);
    assert.match(graphiqlCsp, /script-src 'self';.*connect-src 'self';.*worker-src 'self'/);
    assert.match(page.headers.get('vary') ?? '', /accept/);

    const cases: [string, RequestInit][] = [
      ['JSON client', { headers: { accept: 'application/json' } }],
      ['GraphQL response client', { headers: { accept: 'application/graphql-response+json, text/html;q=0.5' } }],
      ['no Accept', { headers: { accept: '' } }],
      ['any type', { headers: { accept: '*/*' } }],
      ['POST', { method: 'POST', headers: { accept: browserAccept }, body: '{}' }],
    ];
    for (const [name, init] of cases) {
      const res = await fetch(`${base}/graphql?query=%7B__typename%7D`, init);
      assert.equal(res.status, 418, name);
      assert.match(await res.text(), /^graphql handler: (GET|POST) \/graphql/, name);
    }
  });

  test('hashed assets: right type, cached for a year, gzip when asked', async () => {
    const res = await fetch(`${base}/web/assets/app-Ab12.js`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(await res.text(), script);

    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(`${base}/web/assets/app-Ab12.js`, { headers: { 'accept-encoding': 'gzip, br' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    assert.equal(zipped.encoding, 'gzip');
    assert.ok(zipped.body.length < script.length / 10);
    assert.equal(gunzipSync(zipped.body).toString(), script);

    const font = await fetch(`${base}/web/assets/font-Cd34.ttf`);
    assert.equal(font.headers.get('content-type'), 'font/ttf');
    assert.deepEqual([...new Uint8Array(await font.arrayBuffer())], [0, 1, 0, 0]);
  });

  test('only files of the bundle are served: unknown or escaping paths reach the next handler', async () => {
    for (const path of [
      '/web/assets/nope.js',
      '/web/assets/../dashboard.html',
      '/web/assets/..%2f..%2fpackage.json',
      '/web/assets/%2e%2e/dashboard.html',
      '/web/dashboard.html',
      '/graphiql.html',
    ]) {
      const res = await raw(base, path);
      assert.equal(res.status, 418, path);
    }
    const post = await fetch(`${base}/dashboard`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
  });

  test('a browser at / is sent to the dashboard; API clients are not', async () => {
    const res = await fetch(`${base}/`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/dashboard');
    assert.equal((await raw(base, '/')).status, 418);
  });

  test('a missing bundle says how to build it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'web-empty-'));
    const { server: bare, base: bareBase } = await serve(empty);
    try {
      const res = await fetch(`${bareBase}/dashboard`);
      assert.equal(res.status, 503);
      assert.match(await res.text(), /npm run web:build/);
    } finally {
      await new Promise((resolve) => bare.close(resolve));
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('the committed bundle: both pages, and every asset they name is served', () => {
    const routes = staticRoutes();
    for (const page of ['dashboard.html', 'graphiql.html']) {
      const html = readFileSync(join(defaultDistDir, page), 'utf8');
      const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(named.length >= 2, page);
      for (const url of named) {
        assert.ok(url.startsWith('/web/assets/'), `${page} loads ${url} from this origin`);
        assert.ok(routes.assets.includes(url), `${page} names ${url}, which is in the bundle`);
      }
      assert.ok(!/<script>(?!\s*<\/script>)|<style>|style="/.test(html), `${page} has no inline script or style`);
    }
  });
});
