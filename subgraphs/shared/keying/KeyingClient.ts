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
  type EvaluateResponse,
  fromBase64url,
  KEYING_AUDIENCE,
  type KeyingErrorBody,
  type OnBehalfOf,
  toBase64url,
} from './protocol.js';

export interface KeyingClientOptions {
  /** The service's base URL, e.g. http://127.0.0.1:4090. */
  url: string;
  /** This client's signing key; its `kid` is the identity the service counts against. */
  key: SigningKey;
}

export class KeyingClient {
  constructor(private readonly options: KeyingClientOptions) {}

  get identity(): string {
    return this.options.key.kid;
  }

  async evaluate(
    blinded: readonly Uint8Array[],
    onBehalfOf?: OnBehalfOf,
  ): Promise<{ keyId: string; evaluated: Uint8Array[] }> {
    const body = JSON.stringify({ elements: blinded.map(toBase64url) });
    const claims: Record<string, unknown> = { bh: bodyHash(body) };
    if (onBehalfOf) claims.obo = onBehalfOf;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.identity })
      .setIssuer(this.identity)
      .setSubject(this.identity)
      .setAudience(KEYING_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${CLIENT_TOKEN_TTL_SEC}s`)
      .setJti(randomUUID())
      .sign(this.options.key.key);
    let res: Response;
    try {
      res = await fetch(new URL(EVALUATE_PATH, this.options.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    } catch (e) {
      throw userError('SUBGRAPH_UNAVAILABLE', `the keying service at ${this.options.url} did not answer`, {
        cause: (e as Error).message,
      });
    }
    const json = (await res.json().catch(() => ({}))) as Partial<EvaluateResponse & KeyingErrorBody>;
    if (!res.ok || !json.evaluated || !json.keyId) {
      const error = json.error ?? { code: 'INTERNAL_SERVER_ERROR', message: `HTTP ${res.status}` };
      if (error.code === 'RATE_LIMITED') {
        throw userError('RATE_LIMITED', `keying service: ${error.message}`, {
          retryAfterSeconds: error.retryAfterSeconds,
        });
      }
      if (res.status === 401) throw userError('UNAUTHENTICATED', `keying service: ${error.message}`);
      throw new Error(`keying service refused the request (HTTP ${res.status}, ${error.code}): ${error.message}`);
    }
    if (json.evaluated.length !== blinded.length) {
      throw new Error(`keying service answered ${json.evaluated.length} elements for ${blinded.length}`);
    }
    return { keyId: json.keyId, evaluated: json.evaluated.map(fromBase64url) };
  }
}
