/**
 * A node's or the hub's connection to the keying service: signs a short-lived token per request (its own
 * key, `kid` = its identity, bound to the body), posts blinded elements, returns the evaluated ones. A
 * refusal becomes a registered error: RATE_LIMITED with the retry time, UNAUTHENTICATED, or
 * SUBGRAPH_UNAVAILABLE when the service cannot be reached.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { userError } from '../errors.js';
import { SIGNING_ALG, type SigningKey } from '../identity/keyPairs.js';
import {
  bodyHash,
  CLIENT_TOKEN_TTL_SEC,
  EVALUATE_PATH,
  EVALUATE_VALUES_PATH,
  type EvaluateRequest,
  type EvaluateResponse,
  type EvaluateValuesResponse,
  fromBase64url,
  KEYING_AUDIENCE,
  type KeyingErrorBody,
  type OnBehalfOf,
  toBase64url,
} from './protocol.js';

export interface KeyingClientOptions {
  /** The service's base URL, e.g. http://127.0.0.1:4080. */
  url: string;
  /** This client's signing key; its `kid` is the identity the service counts against. */
  key: SigningKey;
}

export class KeyingClient {
  constructor(private readonly options: KeyingClientOptions) {}

  get identity(): string {
    return this.options.key.kid;
  }

  /** `keyId`: a generation other than the service's current one (a node's re-key during a rotation). */
  async evaluate(
    blinded: readonly Uint8Array[],
    onBehalfOf?: OnBehalfOf,
    keyId?: string,
  ): Promise<{ keyId: string; evaluated: Uint8Array[] }> {
    const request: EvaluateRequest = { elements: blinded.map(toBase64url), ...(keyId ? { keyId } : {}) };
    const json = await this.post<EvaluateResponse>(EVALUATE_PATH, request, onBehalfOf);
    if (json.evaluated.length !== blinded.length) {
      throw new Error(`keying service answered ${json.evaluated.length} elements for ${blinded.length}`);
    }
    if (keyId && json.keyId !== keyId) throw new Error(`keying service keyed with ${json.keyId}, not ${keyId}`);
    return { keyId: json.keyId, evaluated: json.evaluated.map(fromBase64url) };
  }

  /** The hub's direct path (protocol.ts EVALUATE_VALUES_PATH): digests of canonical values. */
  async evaluateValues(
    inputs: readonly { kind: string; canonical: string }[],
    onBehalfOf: OnBehalfOf,
  ): Promise<{ keyId: string; digests: string[] }> {
    const request = { inputs: inputs.map(({ kind, canonical }) => ({ kind, canonical })) };
    const json = await this.post<EvaluateValuesResponse>(EVALUATE_VALUES_PATH, request, onBehalfOf);
    if (json.digests.length !== inputs.length) {
      throw new Error(`keying service answered ${json.digests.length} digests for ${inputs.length}`);
    }
    return json;
  }

  private async post<T extends { keyId: string }>(path: string, request: object, onBehalfOf?: OnBehalfOf): Promise<T> {
    const body = JSON.stringify(request);
    const claims: Record<string, unknown> = { bh: bodyHash(body) };
    if (onBehalfOf) claims.obo = onBehalfOf;
    // one reading of the clock for both: read twice, a second boundary between them (a loaded machine)
    // makes a token of 61 s, which the service refuses as longer-lived than allowed
    const iat = Math.floor(Date.now() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.identity })
      .setIssuer(this.identity)
      .setSubject(this.identity)
      .setAudience(KEYING_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + CLIENT_TOKEN_TTL_SEC)
      .setJti(randomUUID())
      .sign(this.options.key.key);
    let res: Response | undefined;
    for (let attempt = 1; !res; attempt++) {
      try {
        res = await fetch(new URL(path, this.options.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
      } catch (e) {
        // once more on a fresh connection: a pooled keep-alive socket may have been closed under us (the
        // request never reached the service, so nothing was evaluated or charged)
        if (attempt < 2) continue;
        // the hub passes this to analysts: the reason's code only, never the service's address (the
        // operator of a CLI knows KEYING_URL; the hub's log has the full error from its caller)
        const code = (e as { cause?: { code?: unknown } }).cause?.code;
        throw userError(
          'SUBGRAPH_UNAVAILABLE',
          `the keying service (KEYING_URL) did not answer${typeof code === 'string' ? ` (${code})` : ''}`,
        );
      }
    }
    const json = (await res.json().catch(() => ({}))) as Partial<KeyingErrorBody> & { keyId?: string };
    if (!res.ok || !json.keyId) {
      const error: KeyingErrorBody['error'] = json.error ?? {
        code: 'INTERNAL_SERVER_ERROR',
        message: `HTTP ${res.status}`,
      };
      if (error.code === 'RATE_LIMITED') {
        throw userError('RATE_LIMITED', `keying service: ${error.message}`, {
          retryAfterSeconds: error.retryAfterSeconds,
        });
      }
      if (res.status === 401) throw userError('UNAUTHENTICATED', `keying service: ${error.message}`);
      throw new Error(`keying service refused the request (HTTP ${res.status}, ${error.code}): ${error.message}`);
    }
    return json as unknown as T;
  }
}
