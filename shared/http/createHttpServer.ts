import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ErrorCode } from '../errors.js';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the per-request context (DataLoaders, caller); may throw a GraphQLError to refuse. Gets the raw
   * body too, because the gateway's proof is bound to the exact bytes sent.
   */
  context: (req: IncomingMessage, rawBody: string) => Promise<TContext>;
  /** Extra routes by exact path, e.g. /health; GraphQL is served at /graphql. */
  routes?: Record<string, Route>;
  /** Largest request body accepted, in bytes; larger bodies get 413. */
  maxBodyBytes?: number;
  /** Called for requests outside /graphql and `routes`, before the 404. */
  fallback?: Route;
  /**
   * Looks at the GraphQL text before Apollo Server parses it and may refuse it (the gateway's token limit).
   * Apollo's own hooks can't: any throw before parsing becomes an HTTP 500.
   */
  refuseDocument?: (query: string) => DocumentRefusal | null;
  /**
   * Checks a GraphQL request from its headers alone, BEFORE any of its body is read; throws a GraphQLError
   * with `extensions.http.status` to refuse (nodes and the hub: the gateway's assertion). A refused request
   * costs the server no body bytes at all, whatever body limit applies once the headers verify.
   */
  checkHeaders?: (req: IncomingMessage) => Promise<void>;
}

export interface DocumentRefusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

class PayloadTooLarge extends Error {}
class NotUtf8 extends Error {}

// GraphQL over HTTP bodies are UTF-8; replacing bad bytes with U+FFFD would hand the parser a different text
const utf8 = new TextDecoder('utf-8', { fatal: true });

export const securityHeaders: readonly [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
];

/** The defaults every answer carries (errors, redirects and 404s included); a page may set its own CSP. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of securityHeaders) res.setHeader(name, value);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLarge();
    chunks.push(chunk);
  }
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new NotUtf8();
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A refusal thrown as a GraphQLError with a code and an HTTP status; anything else is rethrown. */
function refusal(e: unknown): { status: number; code: string; message: string } {
  const ext = (e as { extensions?: { code?: unknown; http?: { status?: unknown } } }).extensions;
  if (typeof ext?.code !== 'string' || typeof ext.http?.status !== 'number') throw e;
  return { status: ext.http.status, code: ext.code, message: (e as Error).message };
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * A plain node:http server around Apollo Server's `executeHTTPGraphQLRequest`, shared by the national
 * nodes, the hub and the gateway. Apollo Server 5 ships no HTTP framework of its own beyond the standalone
 * helper, which can't add /health or a body limit; this is that helper plus those.
 */
export function createHttpServer<TContext extends BaseContext>(options: HttpOptions<TContext>): Server {
  const {
    apollo,
    context,
    routes = {},
    maxBodyBytes = 2 * 1024 * 1024,
    fallback,
    refuseDocument,
    checkHeaders,
  } = options;
  const server = createServer(async (req, res) => {
    // defaults for every answer; a static route may set its own Content-Security-Policy
    setSecurityHeaders(res);
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      const route = routes[url.pathname];
      if (route) return await route(req, res);
      if (url.pathname !== '/graphql') {
        if (fallback) return await fallback(req, res);
        return graphqlError(res, 404, 'BAD_REQUEST', `nothing at ${url.pathname}; GraphQL is served at /graphql`);
      }
      if (checkHeaders) {
        const refused = await checkHeaders(req).then(
          () => undefined,
          (e: unknown) => refusal(e),
        );
        if (refused) {
          // the body is left unread on the socket: close it after answering (see PayloadTooLarge below)
          res.setHeader('connection', 'close');
          return graphqlError(res, refused.status, refused.code, refused.message);
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = undefined;
      let text = '';
      if (req.method === 'POST') {
        text = await readBody(req, maxBodyBytes);
        const type = headers.get('content-type') ?? '';
        if (text && type.includes('json')) {
          try {
            body = JSON.parse(text);
          } catch {
            return graphqlError(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
          }
        } else body = text;
      }
      const query =
        req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get('query');
      const refusedDocument = typeof query === 'string' ? refuseDocument?.(query) : null;
      if (refusedDocument)
        return graphqlError(res, refusedDocument.status, refusedDocument.code, refusedDocument.message);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => context(req, text),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      if (e instanceof PayloadTooLarge) {
        // the rest of the body is still on the socket: close it after answering, or the unread bytes
        // would be parsed as the next request on this keep-alive connection
        res.setHeader('connection', 'close');
        return graphqlError(res, 413, 'QUERY_TOO_COMPLEX', `the request body is larger than ${maxBodyBytes} bytes`);
      }
      if (e instanceof NotUtf8) return graphqlError(res, 400, 'BAD_REQUEST', 'the request body is not valid UTF-8');
      if (!res.headersSent) graphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
      server.emit('handlerError', e);
    }
  });
  server.keepAliveTimeout = 65_000; // longer than the gateway's pooled idle time, so reused sockets are not cut
  return server;
}

/** Listens and resolves with the actual port (tests pass 0). */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
