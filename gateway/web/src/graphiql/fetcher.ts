/**
 * GraphiQL's fetcher: POST to this gateway's /graphql (same origin) with the headers of the headers editor.
 * An Authorization header still holding the placeholder is left out, so a person who has not pasted a token
 * gets the gateway's plain "missing token" answer rather than "malformed token".
 */
import type { GraphiQLProps } from 'graphiql';
import { authHeaders } from '../shared/token.js';

export const tokenPlaceholder = '<paste token>';

type Fetcher = GraphiQLProps['fetcher'];

export function headersWithoutPlaceholder(headers: Record<string, unknown> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string') continue;
    if (name.toLowerCase() === 'authorization' && value.includes(tokenPlaceholder)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * A fetcher for `token`. GraphiQL introspects as soon as it mounts, before its (monaco) headers editor
 * exists, and then passes no headers at all: that request carries the saved token instead, or the schema
 * would never load behind authentication. A new token means a new fetcher, which makes GraphiQL introspect
 * again.
 */
export function gatewayFetcher(token: string): Fetcher {
  return async (params, options) => {
    const headers = options?.headers === undefined ? authHeaders(token) : headersWithoutPlaceholder(options.headers);
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...headers,
      },
      body: JSON.stringify(params),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // not GraphQL (a proxy's error page, say): show it in the response pane rather than failing silently
      body = { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
    }
    return body as Awaited<ReturnType<Fetcher>>;
  };
}
