/**
 * Hostile and mistaken requests through the real gateway (production mode, over HTTP, in front of the 11
 * nodes and the hub): each is answered 4xx (or 200 with a coded error), none 5xx, none logged at error
 * level, and the gateway still serves afterwards. docs/hostile-requests.md lists the same table.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import type { ErrorCode } from '../../shared/errors.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

interface HostileCase {
  name: string;
  /** The GraphQL body as JSON, or raw bytes / text sent as they are. */
  body?: unknown;
  raw?: string | Blob;
  method?: string;
  search?: string;
  headers?: Record<string, string>;
  /** null: send no Authorization header. */
  token?: string | null;
  status: number;
  code: ErrorCode;
  /** Extra checks on the first error's message. */
  message?: RegExp;
  notMessage?: RegExp;
}

const q = (query: string, extra: Record<string, unknown> = {}) => ({ query, ...extra });
const many = (n: number, part: (i: number) => string) => Array.from({ length: n }, (_, i) => part(i)).join(' ');
const screenList = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'PHONE', value: `+66 81 ${String(100_0000 + i).slice(1)}` }));
const reportsQuery = '{ tha { reports(first: 1000) { edges { node { id province } } } } }';

const cases: HostileCase[] = [
  {
    name: 'a mutation field the schema does not have',
    body: q('mutation { members { code } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a subscription (the schema has none)',
    body: q('subscription { members { code } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an unknown operationName',
    body: q('query Members { members { code } }', { operationName: 'Reports' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an operationName that reads like a limit message',
    body: q('query Members { members { code } }', { operationName: 'limit of 1 exceeded' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two anonymous operations',
    body: q('{ members { code } } { scamTypes { code } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'two named operations and no operationName',
    body: q('query A { members { code } } query B { scamTypes { code } }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  { name: 'SQL instead of GraphQL', body: q('SELECT * FROM reports'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'a NUL byte in the query',
    body: q('{ members { code \u0000 } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: '2,000 aliases',
    body: q(`{ ${many(2000, (i) => `a${i}: members { code }`)} }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '1,000 directives',
    body: q(`{ members { code ${many(1000, () => '@include(if: true)')} } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '60 directives (Armor, under the token limit)',
    body: q(`{ members { ${many(60, () => 'code @include(if: true)')} } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Directives limit of 50/,
  },
  {
    name: '5,000 duplicated fields',
    body: q(`{ members { ${many(5000, () => 'code')} } }`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Token limit of 5000/,
  },
  {
    name: 'a query over the cost limit',
    body: q(reportsQuery),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Query Cost limit of 5000 exceeded/,
    notMessage: /Syntax Error/,
  },
  {
    name: 'the same list size given as a variable (first: $n)',
    body: q('query ($n: Int) { tha { reports(first: $n) { edges { node { id province } } } } }', {
      variables: { n: 1000 },
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^Query Cost limit of 5000 exceeded/,
  },
  {
    name: 'a list size in a variable default',
    body: q('query ($n: Int = 1000) { tha { reports(first: $n) { edges { node { id province } } } } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'nesting deeper than the depth limit',
    body: q(
      '{ tha { report(id: "x") { indicators { indicator { tha { reports { indicators { indicator { tha { reports { id } } } } } } } } } } }',
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '15 aliased screens of 10,000 indicators',
    body: q(`query ($l: [IndicatorInput!]!) { ${many(15, (i) => `s${i}: screen(indicators: $l) { index }`)} }`, {
      variables: { l: screenList(10_000) },
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /Screened items limit of 10000 per request exceeded, found 150000/,
  },
  {
    name: 'screens spread over a fragment, an inline fragment and a field',
    body: q(
      'query ($l: [IndicatorInput!]!) { ...F a: screen(indicators: $l) { index } } ' +
        'fragment F on Query { b: screen(indicators: $l) { index } ... on Query { c: screen(indicators: $l) { index } } }',
      { variables: { l: screenList(4000) } },
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /found 12000/,
  },
  {
    name: 'one screen of 10,001 indicators',
    body: q('query ($l: [IndicatorInput!]!) { screen(indicators: $l) { index } }', {
      variables: { l: screenList(10_001) },
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a body that is not UTF-8',
    raw: new Blob(['{"query":"{ members { code } }","x":"', new Uint8Array([0xc3, 0x28, 0xff]), '"}']),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an impossible calendar date (2025-02-30) as a literal',
    body: q('{ region(from: "2025-02-30", to: "2025-03-31") { coverage { complete } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /2025-02-30/,
  },
  {
    name: 'an impossible calendar date as a variable',
    body: q('query ($from: Date!) { region(from: $from, to: "2025-03-31") { coverage { complete } } }', {
      variables: { from: '2025-02-30' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an amount beyond exact arithmetic (Decimal)',
    body: q('query ($f: ReportFilter) { tha { reports(filter: $f) { totalCount } } }', {
      variables: { f: { minLoss: '99999999999999999999' } },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an Int beyond 32 bits',
    body: q('{ tha { auditLog(after: 99999999999) { id } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a variable of the wrong type',
    body: q('query ($n: Int) { tha { reports(first: $n) { totalCount } } }', { variables: { n: 'ten' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a required variable missing',
    body: q('query ($from: Date!) { region(from: $from, to: "2025-03-31") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an undeclared variable',
    body: q('{ tha { reports(first: $n) { totalCount } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a fragment cycle',
    body: q('{ members { ...A } } fragment A on Member { ...B } fragment B on Member { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'an unknown field', body: q('{ reports { id } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a misspelt field (no suggestion in production)',
    body: q('{ member { code } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    notMessage: /Did you mean/,
  },
  {
    name: 'introspection in production',
    body: q('{ __schema { types { name } } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a wrong content type (text/plain)',
    raw: JSON.stringify(q('{ members { code } }')),
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation over GET',
    method: 'GET',
    search: `?query=${encodeURIComponent('mutation { tha { __typename } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a GET without a CSRF preflight header',
    method: 'GET',
    search: `?query=${encodeURIComponent('{ members { code } }')}`,
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a PUT', method: 'PUT', body: q('{ members { code } }'), status: 405, code: 'BAD_REQUEST' },
  {
    name: 'a batched array',
    body: [q('{ members { code } }'), q('{ scamTypes { code } }')],
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body over the size limit',
    body: q('{ members { code } }', { padding: 'x'.repeat(5 * 1024 * 1024) }),
    status: 413,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'JSON that does not parse', raw: '{"query": "{ members { code } }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty body', raw: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'no query', body: { variables: {} }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is not a string', body: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables that are not an object',
    body: q('{ members { code } }', { variables: 'x' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'variables as an array',
    body: q('{ members { code } }', { variables: [1, 2] }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an operationName that is not a string',
    body: q('{ members { code } }', { operationName: 7 }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'extensions that are not an object',
    body: q('{ members { code } }', { extensions: 'junk' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query of an unknown version',
    body: q('{ members { code } }', { extensions: { persistedQuery: { version: 99, sha256Hash: 'x' } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query hash never sent',
    body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
  },
  { name: 'no token', body: q('{ members { code } }'), token: null, status: 401, code: 'UNAUTHENTICATED' },
  {
    name: 'a garbage token',
    body: q('{ members { code } }'),
    token: 'not.a.jwt',
    status: 401,
    code: 'UNAUTHENTICATED',
  },
];

describe('hostile and mistaken requests: 4xx with a registered code, never 5xx', () => {
  let fed: Federation;
  let token: string;
  const logs: { level: number; msg?: string; part?: string }[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as never);
        done();
      },
    });
    fed = await startFederation({ logger: pino({ level: 'debug' }, sink), gatewayEnv: { NODE_ENV: 'production' } });
    token = await fed.token({ member: 'WG', role: 'analyst' });
  });
  after(() => fed?.close());

  const send = async (c: HostileCase) => {
    const bearer = c.token === undefined ? token : c.token;
    const res = await fetch(`${fed.gatewayUrl}${c.search ?? ''}`, {
      method: c.method ?? 'POST',
      headers: {
        ...(c.method === 'GET' ? {} : { 'content-type': 'application/json' }),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...c.headers,
      },
      body: c.method === 'GET' ? undefined : (c.raw ?? JSON.stringify(c.body)),
    });
    const text = await res.text();
    let body: { errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      assert.fail(`${c.name}: the answer is not JSON: ${res.status} ${text.slice(0, 300)}`);
    }
    return { status: res.status, error: body.errors?.[0] };
  };

  test(`the table has at least 30 cases (${cases.length})`, () => assert.ok(cases.length >= 30));

  for (const c of cases) {
    test(c.name, async () => {
      const { status, error } = await send(c);
      const seen = `${status} ${JSON.stringify(error)}`;
      assert.ok(status < 500, seen);
      assert.equal(status, c.status, seen);
      assert.equal(error?.extensions?.code, c.code, seen);
      if (c.message) assert.match(error!.message, c.message);
      if (c.notMessage) assert.doesNotMatch(error!.message, c.notMessage);
    });
  }

  test('a bad Date variable is refused at the gateway: no member and not the hub is asked', async () => {
    fed.resetCounters();
    const c = cases.find((x) => x.name === 'an impossible calendar date as a variable')!;
    assert.equal((await send(c)).status, 400);
    assert.equal(fed.hubCounter.operations, 0);
    for (const node of fed.nodes.values()) assert.equal(node.operations, 0, node.member.code);
  });

  test('the same 15 screens within the limit pass (the limit is per request, not a ban on aliases)', async () => {
    const res = await send({
      name: 'within',
      body: q(`query ($l: [IndicatorInput!]!) { ${many(15, (i) => `s${i}: screen(indicators: $l) { index }`)} }`, {
        variables: { l: screenList(600) },
      }),
      status: 200,
      code: 'BAD_REQUEST',
    });
    assert.equal(res.status, 200, JSON.stringify(res.error));
    assert.equal(res.error, undefined);
  });

  test('afterwards the gateway still serves, and nothing was logged at error level', async () => {
    const ok = await fed.query('{ members { code } }');
    assert.equal(ok.status, 200);
    assert.equal((ok.data as { members: unknown[] }).members.length, 11);
    assert.equal((await fetch(fed.gatewayUrl.replace(/\/graphql$/, '/health'))).status, 200);
    const errors = logs.filter((l) => l.level >= 50);
    assert.deepEqual(errors, [], JSON.stringify(errors.slice(0, 3)));
  });
});
