/**
 * The gateway's browser pages, served from the committed bundle in gateway/web/dist (no build step at
 * start, no CDN): the regional dashboard at /dashboard, the analyst IDE (GraphiQL) at GET /graphql for
 * requests that prefer HTML, and their hashed assets under /web/assets/. Everything else goes on to the
 * GraphQL server untouched.
 *
 * Pages carry a Content-Security-Policy that lets them load and call only this origin; hashed assets are
 * cached for a year, pages revalidate. Only files found in the bundle at start can be served: a URL never
 * becomes a file-system path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

export const defaultDistDir = fileURLToPath(new URL('./web/dist', import.meta.url));
export const assetPrefix = '/web/assets/';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.ttf', '.txt']);

const directives = (extra: Record<string, string> = {}) =>
  Object.entries({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self'",
    'font-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
    ...extra,
  })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The dashboard: this origin only. */
export const dashboardCsp = directives();
/**
 * GraphiQL: still this origin only for scripts, connections and workers (no eval). Its vendor stylesheet
 * embeds its fonts and icons as data: URIs, and monaco adds <style> elements at run time, so fonts and
 * images may also be data: and styles inline; neither reaches another host.
 */
export const graphiqlCsp = directives({
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
});

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** For answers that are not pages (redirects, 405, 503): nothing in them may load or frame anything. */
const bareHeaders = {
  ...securityHeaders,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'content-length': 0,
};

interface StaticFile {
  path: string;
  type: string;
  cacheControl: string;
  csp: string;
  loaded?: Promise<{ body: Buffer; gzipped: Buffer | null; etag: string }>;
}

export interface StaticRoutesOptions {
  /** The built bundle (default gateway/web/dist). */
  distDir?: string;
}

export interface StaticRoutes {
  /**
   * Answers the request when it is for a page or an asset of the bundle and returns true; returns false,
   * without touching the response, for everything else.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** URL paths of every servable asset (tests, diagnostics). */
  readonly assets: readonly string[];
}

/** The q-value a client gives a media type in its Accept header (0 when absent). */
function quality(accept: string, type: string): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const q = Number(
      params
        .find((p) => p.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? '1',
    );
    if (range.trim().toLowerCase() === type) best = Math.max(best, Number.isFinite(q) ? q : 0);
  }
  return best;
}

/**
 * A browser opening /graphql: a GET (or HEAD) that names text/html and prefers it to JSON. GraphQL clients
 * using GET ask for JSON (or nothing) and reach the GraphQL server as before.
 */
export function prefersHtml(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const accept = req.headers.accept ?? '';
  const html = quality(accept, 'text/html');
  const json = Math.max(quality(accept, 'application/json'), quality(accept, 'application/graphql-response+json'));
  return html > 0 && html >= json;
}

function listAssets(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []));
}

async function load(file: StaticFile) {
  const body = readFileSync(file.path);
  const ext = extname(file.path);
  const gzipped = compressible.has(ext) && body.length > 1024 ? await gzip(body, { level: 9 }) : null;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzipped, etag };
}

async function send(req: IncomingMessage, res: ServerResponse, file: StaticFile, vary: string[]): Promise<void> {
  file.loaded ??= load(file);
  let loaded;
  try {
    loaded = await file.loaded;
  } catch (e) {
    file.loaded = undefined;
    throw e;
  }
  const { body, gzipped, etag } = loaded;
  const headers: Record<string, string | number> = {
    ...securityHeaders,
    'content-type': file.type,
    'cache-control': file.cacheControl,
    'content-security-policy': file.csp,
    etag,
  };
  const varyOn = gzipped ? [...vary, 'accept-encoding'] : vary;
  if (varyOn.length) headers.vary = varyOn.join(', ');
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const useGzip = gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const payload = useGzip ? gzipped : body;
  if (useGzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = payload.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function notBuilt(res: ServerResponse, distDir: string): void {
  const text = `The web bundle is missing from ${distDir}: run \`npm run web:build\`.\n`;
  res.writeHead(503, {
    ...bareHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function staticRoutes(options: StaticRoutesOptions = {}): StaticRoutes {
  const distDir = options.distDir ?? defaultDistDir;
  const page = (name: string, csp: string): StaticFile => ({
    path: join(distDir, name),
    type: contentTypes['.html']!,
    // pages name the hashed assets of the current build: always revalidate them (cheap with the ETag)
    cacheControl: 'no-cache',
    csp,
  });
  const dashboard = page('dashboard.html', dashboardCsp);
  const graphiql = page('graphiql.html', graphiqlCsp);
  const assets = new Map<string, StaticFile>(
    listAssets(join(distDir, 'assets')).map((name) => [
      `${assetPrefix}${name}`,
      {
        path: join(distDir, 'assets', name),
        type: contentTypes[extname(name)] ?? 'application/octet-stream',
        // file names carry a content hash: a new build is a new URL
        cacheControl: 'public, max-age=31536000, immutable',
        // module workers take their policy from their own response
        csp: graphiqlCsp,
      },
    ]),
  );
  const built = existsSync(dashboard.path) && existsSync(graphiql.path);

  const serve = (req: IncomingMessage, res: ServerResponse, file: StaticFile, vary: string[] = []) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...bareHeaders, allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    if (!built) {
      notBuilt(res, distDir);
      return true;
    }
    send(req, res, file, vary).catch(() => {
      if (!res.headersSent) notBuilt(res, distDir);
      else res.destroy();
    });
    return true;
  };

  return {
    assets: [...assets.keys()],
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (path === '/dashboard' || path === '/dashboard/') return serve(req, res, dashboard);
      if (path === '/graphql') return prefersHtml(req) ? serve(req, res, graphiql, ['accept']) : false;
      if (path === '/' && prefersHtml(req)) {
        res.writeHead(302, { ...bareHeaders, location: '/dashboard' });
        res.end();
        return true;
      }
      if (path.startsWith(assetPrefix)) {
        const file = assets.get(path);
        if (file) return serve(req, res, file);
      }
      return false;
    },
  };
}

/**
 * Puts the pages in front of a server's request handler. createHttpServer's exact-path routes can't be
 * used for /graphql, which must stay the GraphQL endpoint for everything but a browser asking for HTML;
 * wrapping the handler keeps that decision here and createHttpServer unchanged.
 */
export function mountStaticRoutes(server: Server, routes: StaticRoutes = staticRoutes()): void {
  const handlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (routes.handle(req, res)) return;
    for (const handler of handlers) handler.call(server, req, res);
  });
}
