/**
 * The keying service: the only holder of the working group's OPRF key and the only oracle that turns an
 * indicator into its id. It evaluates blinded elements (RFC 9497 BlindEvaluate) for authenticated clients,
 * within each identity's hourly budget, and records who keyed how many. It never sees a value.
 * Built without listening (main.ts listens; tests use port 0).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listen, sendJson } from '../shared/http/createHttpServer.js';
import type { Logger } from '../shared/logger.js';
import { OprfError, sodiumOprf } from '../shared/oprf/index.js';
import { indicatorKinds, isCode } from '../schema/typology.js';
import { digestIndicator } from '../shared/indicators/digest.js';
import {
  EVALUATE_PATH,
  EVALUATE_VALUES_PATH,
  type EvaluateResponse,
  type EvaluateValuesResponse,
  fromBase64url,
  toBase64url,
} from '../shared/keying/protocol.js';
import { Budget, REKEY_PREFIX } from './Budget.js';
import { ClientVerifier, KeyingAuthError, type VerifiedClient } from './ClientVerifier.js';
import type { IndicatorKey } from '../shared/indicatorKey.js';
import type { KeyingConfig } from './config.js';
import { KeyingAudit } from './KeyingAudit.js';

export interface KeyingServer {
  readonly http: Server;
  /** Re-reads KEYING_CLIENTS_JWKS_FILE (SIGHUP): a new member's node is accepted without a restart. */
  reloadClients(): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** 44 characters of base64url per element plus JSON punctuation, with room. */
const bytesPerElement = 64;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestError(413, 'BAD_REQUEST', `the body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new RequestError(400, 'BAD_REQUEST', 'the body is not JSON');
  }
}

function batchSize(n: number, maxBatch: number): void {
  if (n === 0 || n > maxBatch) {
    throw new RequestError(400, 'BAD_REQUEST', `send 1 to ${maxBatch} elements per request, got ${n}`);
  }
}

function elementsOf(body: string, maxBatch: number): Uint8Array[] {
  const elements = (parse(body) as { elements?: unknown } | null)?.elements;
  if (!Array.isArray(elements) || elements.some((e) => typeof e !== 'string')) {
    throw new RequestError(400, 'BAD_REQUEST', 'expected { "elements": ["<base64url>", …] }');
  }
  batchSize(elements.length, maxBatch);
  return (elements as string[]).map(fromBase64url);
}

function inputsOf(
  body: string,
  maxBatch: number,
): { kind: (typeof indicatorKinds)[number]['code']; canonical: string }[] {
  const inputs = (parse(body) as { inputs?: unknown } | null)?.inputs;
  const valid = (x: unknown): x is { kind: string; canonical: string } => {
    const i = x as { kind?: unknown; canonical?: unknown } | null;
    return typeof i?.kind === 'string' && typeof i.canonical === 'string' && i.canonical.length <= 4096;
  };
  if (!Array.isArray(inputs) || !inputs.every(valid) || !inputs.every((i) => isCode(indicatorKinds, i.kind))) {
    throw new RequestError(
      400,
      'BAD_REQUEST',
      'expected { "inputs": [{ "kind": "<indicator kind>", "canonical": "…" }, …] }',
    );
  }
  batchSize(inputs.length, maxBatch);
  return inputs as { kind: (typeof indicatorKinds)[number]['code']; canonical: string }[];
}

/**
 * The generation a request names (`"keyId"`, optional: the current one). Another than the current one is a
 * node re-keying its stock during a rotation: charged to its re-key allowance (`rekey:node:TH`), and refused
 * to anyone else, so an analyst's sweep never gets a second budget.
 */
function keyFor(
  body: string,
  keys: ReadonlyMap<string, IndicatorKey>,
  current: IndicatorKey,
  who: VerifiedClient,
): { key: IndicatorKey; identity: string } {
  const keyId = (parse(body) as { keyId?: unknown } | null)?.keyId;
  if (keyId === undefined || keyId === current.id) return { key: current, identity: who.identity };
  const key = typeof keyId === 'string' ? keys.get(keyId) : undefined;
  if (!key) {
    throw new RequestError(
      400,
      'BAD_REQUEST',
      `unknown key id ${JSON.stringify(keyId)}; this service holds ${[...keys.keys()].join(', ')}`,
    );
  }
  if (who.delegated || !who.identity.startsWith('node:')) {
    throw new RequestError(400, 'BAD_REQUEST', `only a node re-keying its own stock may name key id ${key.id}`);
  }
  return { key, identity: `${REKEY_PREFIX}${who.identity}` };
}

export function buildKeyingServer(
  config: Pick<
    KeyingConfig,
    'key' | 'clientsJwksFile' | 'delegates' | 'budget' | 'maxBatch' | 'auditFile' | 'clockToleranceSec'
  > &
    Partial<Pick<KeyingConfig, 'otherKeys'>>,
  logger: Logger,
  options: { now?: () => number } = {},
): KeyingServer {
  const now = options.now ?? Date.now;
  // tokens carry real times; the injected clock drives budget windows (tests move it by hours)
  const verifier = new ClientVerifier(config.clientsJwksFile, config.delegates, config.clockToleranceSec);
  const budget = new Budget(config.budget, now);
  const audit = new KeyingAudit(config.auditFile);
  const keys = new Map([config.key, ...(config.otherKeys ?? [])].map((k) => [k.id, k]));

  const evaluate = async (req: IncomingMessage, res: ServerResponse, direct: boolean) => {
    // direct inputs are canonical values (up to a URL's length), blinded ones 32-byte elements
    const body = await readBody(req, config.maxBatch * (direct ? 512 : bytesPerElement) + 1024);
    let who;
    try {
      who = await verifier.verify(req.headers.authorization, body);
    } catch (e) {
      if (e instanceof KeyingAuthError) throw new RequestError(401, 'UNAUTHENTICATED', e.message);
      throw e;
    }
    if (direct && !who.delegated) {
      throw new RequestError(
        401,
        'UNAUTHENTICATED',
        `${EVALUATE_VALUES_PATH} is for a delegate keying on behalf of an analyst`,
      );
    }
    const count = direct ? inputsOf(body, config.maxBatch).length : elementsOf(body, config.maxBatch).length;
    const { key, identity } = keyFor(body, keys, config.key, who);
    const answer = budget.take(identity, count);
    audit.record({
      at: new Date(now()).toISOString(),
      identity,
      client: who.client,
      elements: count,
      outcome: answer.ok ? 'evaluated' : 'rate_limited',
      usedThisHour: answer.used,
      limit: answer.limit,
      keyId: key.id,
    });
    if (!answer.ok) {
      res.setHeader('retry-after', String(answer.retryAfterSeconds));
      const larger = count > answer.limit ? ' (this batch alone is larger than the budget: split it)' : '';
      return sendJson(res, 429, {
        error: {
          code: 'RATE_LIMITED',
          message: `${identity} has used ${answer.used} of its ${answer.limit} keyings this hour; ${count} more do not fit${larger}; retry in ${answer.retryAfterSeconds} s`,
          retryAfterSeconds: answer.retryAfterSeconds,
        },
      });
    }
    if (direct) {
      const digests = inputsOf(body, config.maxBatch).map((i) => digestIndicator(i.kind, i.canonical, key));
      const response: EvaluateValuesResponse = { keyId: key.id, digests };
      return sendJson(res, 200, response);
    }
    let evaluated: string[];
    try {
      evaluated = elementsOf(body, config.maxBatch).map((e) => toBase64url(sodiumOprf.blindEvaluate(key.secret, e)));
    } catch (e) {
      if (e instanceof OprfError) throw new RequestError(400, 'BAD_REQUEST', `an element is invalid: ${e.message}`);
      throw e;
    }
    const response: EvaluateResponse = { keyId: key.id, evaluated };
    sendJson(res, 200, response);
  };

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://keying').pathname;
    const handle = async () => {
      if (path === '/health')
        return sendJson(res, 200, { status: 'ok', part: 'keying', keyId: config.key.id, keyIds: [...keys.keys()] });
      if (path !== EVALUATE_PATH && path !== EVALUATE_VALUES_PATH) {
        throw new RequestError(404, 'NOT_FOUND', `no route ${path}`);
      }
      if (req.method !== 'POST') throw new RequestError(405, 'BAD_REQUEST', `${path} takes POST`);
      return evaluate(req, res, path === EVALUATE_VALUES_PATH);
    };
    handle().catch((e: unknown) => {
      if (e instanceof RequestError) return sendJson(res, e.status, { error: { code: e.code, message: e.message } });
      logger.error({ err: e }, 'keying request failed');
      sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'see the keying service log' } });
    });
  });
  // clients compute (blind, finalize) for seconds between requests on one keep-alive connection: a short
  // server keep-alive closes the socket just as they reuse it ("other side closed")
  http.keepAliveTimeout = 65_000;
  return {
    http,
    reloadClients: () => verifier.reloadClients(),
    listen: (port, host) => listen(http, port, host),
    close: () => closeServer(http),
  };
}
