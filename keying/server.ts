/**
 * The keying service: the only holder of the working group's OPRF key and the only oracle that turns an
 * indicator into its id. It evaluates blinded elements (RFC 9497 BlindEvaluate) for authenticated clients,
 * within each identity's hourly budget, and records who keyed how many. It never sees a value.
 * Built without listening (main.ts listens; tests use port 0).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listen, sendJson } from '../subgraphs/shared/http/createHttpServer.js';
import type { Logger } from '../subgraphs/shared/logger.js';
import { OprfError, sodiumOprf } from '../subgraphs/shared/oprf/index.js';
import {
  EVALUATE_PATH,
  type EvaluateResponse,
  fromBase64url,
  toBase64url,
} from '../subgraphs/shared/keying/protocol.js';
import { Budget } from './Budget.js';
import { ClientVerifier, KeyingAuthError } from './ClientVerifier.js';
import type { KeyingConfig } from './config.js';
import { KeyingAudit } from './KeyingAudit.js';

export interface KeyingServer {
  readonly http: Server;
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

function elementsOf(body: string, maxBatch: number): Uint8Array[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RequestError(400, 'BAD_REQUEST', 'the body is not JSON');
  }
  const elements = (parsed as { elements?: unknown } | null)?.elements;
  if (!Array.isArray(elements) || elements.some((e) => typeof e !== 'string')) {
    throw new RequestError(400, 'BAD_REQUEST', 'expected { "elements": ["<base64url>", …] }');
  }
  if (elements.length === 0 || elements.length > maxBatch) {
    throw new RequestError(400, 'BAD_REQUEST', `send 1 to ${maxBatch} elements per request, got ${elements.length}`);
  }
  return (elements as string[]).map(fromBase64url);
}

export function buildKeyingServer(
  config: Pick<
    KeyingConfig,
    'key' | 'clientsJwksFile' | 'delegates' | 'budget' | 'maxBatch' | 'auditFile' | 'clockToleranceSec'
  >,
  logger: Logger,
  options: { now?: () => number } = {},
): KeyingServer {
  const now = options.now ?? Date.now;
  // tokens carry real times; the injected clock drives budget windows (tests move it by hours)
  const verifier = new ClientVerifier(config.clientsJwksFile, config.delegates, config.clockToleranceSec);
  const budget = new Budget(config.budget, now);
  const audit = new KeyingAudit(config.auditFile);

  const evaluate = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, config.maxBatch * bytesPerElement + 1024);
    let who;
    try {
      who = await verifier.verify(req.headers.authorization, body);
    } catch (e) {
      if (e instanceof KeyingAuthError) throw new RequestError(401, 'UNAUTHENTICATED', e.message);
      throw e;
    }
    const elements = elementsOf(body, config.maxBatch);
    const answer = budget.take(who.identity, elements.length);
    audit.record({
      at: new Date(now()).toISOString(),
      identity: who.identity,
      client: who.client,
      elements: elements.length,
      outcome: answer.ok ? 'evaluated' : 'rate_limited',
      usedThisHour: answer.used,
      limit: answer.limit,
    });
    if (!answer.ok) {
      res.setHeader('retry-after', String(answer.retryAfterSeconds));
      const larger = elements.length > answer.limit ? ' (this batch alone is larger than the budget: split it)' : '';
      return sendJson(res, 429, {
        error: {
          code: 'RATE_LIMITED',
          message: `${who.identity} has used ${answer.used} of its ${answer.limit} keyings this hour; ${elements.length} more do not fit${larger}; retry in ${answer.retryAfterSeconds} s`,
          retryAfterSeconds: answer.retryAfterSeconds,
        },
      });
    }
    let evaluated: string[];
    try {
      evaluated = elements.map((e) => toBase64url(sodiumOprf.blindEvaluate(config.key.secret, e)));
    } catch (e) {
      if (e instanceof OprfError) throw new RequestError(400, 'BAD_REQUEST', `an element is invalid: ${e.message}`);
      throw e;
    }
    const response: EvaluateResponse = { keyId: config.key.id, evaluated };
    sendJson(res, 200, response);
  };

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://keying').pathname;
    const handle = async () => {
      if (path === '/health') return sendJson(res, 200, { status: 'ok', part: 'keying', keyId: config.key.id });
      if (path !== EVALUATE_PATH) throw new RequestError(404, 'NOT_FOUND', `no route ${path}`);
      if (req.method !== 'POST') throw new RequestError(405, 'BAD_REQUEST', `${EVALUATE_PATH} takes POST`);
      return evaluate(req, res);
    };
    handle().catch((e: unknown) => {
      if (e instanceof RequestError) return sendJson(res, e.status, { error: { code: e.code, message: e.message } });
      logger.error({ err: e }, 'keying request failed');
      sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'see the keying service log' } });
    });
  });
  return {
    http,
    listen: (port, host) => listen(http, port, host),
    close: () => closeServer(http),
  };
}
