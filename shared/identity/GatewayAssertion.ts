/**
 * The gateway's assertion: how the gateway tells a subgraph who is asking, without forwarding the analyst's
 * token (which would work anywhere it was replayed). docs/gateway-protocol.md specifies it for other
 * gateways; this file is the reference implementation. In short, per subgraph call the gateway signs a JWT:
 *
 *   header  { alg: EdDSA, kid, typ: "gateway-assertion+jwt" }
 *   claims  { iss: "asean-antiscam-gateway", aud: <subgraph name>, iat, exp, jti,
 *             sub, member, role, tid (the analyst token's jti), rh (hash of the canonical request) }
 *
 * and sends it in the `x-gateway-assertion` header. A node checks signature, issuer, type, audience, age
 * (`iat` at most assertionMaxAgeSec ago, whatever `exp` says) and single use (`jti`) from the header alone,
 * before it reads the body; then `rh` against the method, path, query string and body bytes it received.
 */
import { KeyObject, randomUUID, sign as signBytes } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { verifyAssertionJws } from './assertionJws.js';
import { callerFromClaims, type Caller } from './Caller.js';
import { sha256Base64url, unauthenticated } from './CallerVerifier.js';
import type { IdentityConfig } from './IdentityConfig.js';
import { readJwks, SIGNING_ALG, type SigningKey } from './keyPairs.js';

export const ASSERTION_HEADER = 'x-gateway-assertion';
export const ASSERTION_ISSUER = 'asean-antiscam-gateway';
export const ASSERTION_TYPE = 'gateway-assertion+jwt';
/** The `exp` the gateway writes; verifiers cap the age themselves (IdentityConfig.assertionMaxAgeSec). */
export const ASSERTION_LIFETIME_SEC = 60;

/** One HTTP request to a subgraph, as sent (gateway) or received (node). */
export interface BoundRequest {
  method: string;
  /** The request target: path and query string as on the request line, e.g. `/graphql?x=1`. */
  target: string;
  /** The body; its UTF-8 bytes are hashed. Empty for a GET. */
  body: string | Buffer;
}

/**
 * `METHOD \n PATH \n QUERY \n base64url(SHA-256(body bytes))`: method upper-case, path and query exactly
 * as on the request line (query without its `?`, empty when absent). No normalisation: the gateway signs
 * the bytes it sends and the node checks the bytes it got.
 */
export function canonicalRequest(request: BoundRequest): string {
  const q = request.target.indexOf('?');
  const path = q < 0 ? request.target : request.target.slice(0, q);
  const query = q < 0 ? '' : request.target.slice(q + 1);
  return `${request.method.toUpperCase()}\n${path}\n${query}\n${sha256Base64url(request.body)}`;
}

export const requestHash = (request: BoundRequest) => sha256Base64url(canonicalRequest(request));

export interface AssertionOptions {
  /** Now, in ms since the epoch: tests move time instead of sleeping. */
  clock?: () => number;
}

const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class GatewayAssertionSigner {
  private readonly clock: () => number;
  /** The same Ed25519 key as a KeyObject: node:crypto signs it synchronously, in a third of jose's CPU. */
  private readonly privateKey: KeyObject;
  /** The protected header never changes: encoded once. */
  private readonly header: string;

  constructor(key: SigningKey, options: AssertionOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.privateKey = KeyObject.from(key.key);
    this.header = base64urlJson({ alg: SIGNING_ALG, kid: key.kid, typ: ASSERTION_TYPE });
  }

  /**
   * An assertion for one call to `subgraph` on behalf of `caller`, bound to exactly `request`: a compact
   * JWS (RFC 7515) any JOSE library verifies, built by hand because the gateway signs one per subgraph
   * call and jose's WebCrypto path (an async job per signature) cost ~90 us of CPU against ~35 us here
   * (bench/levers.md).
   */
  sign(subgraph: string, caller: Caller, request: BoundRequest): Promise<string> {
    const iat = Math.floor(this.clock() / 1000);
    const claims = {
      member: caller.member,
      role: caller.role,
      tid: caller.tokenId,
      rh: requestHash(request),
      iss: ASSERTION_ISSUER,
      aud: subgraph,
      sub: caller.subject,
      iat,
      exp: iat + ASSERTION_LIFETIME_SEC,
      jti: randomUUID(),
    };
    const input = `${this.header}.${base64urlJson(claims)}`;
    return Promise.resolve(`${input}.${signBytes(null, Buffer.from(input), this.privateKey).toString('base64url')}`);
  }
}

/** An assertion whose header checks passed; its request binding is checked once the body is read. */
export interface VerifiedAssertion {
  caller: Caller;
  requestHash: string;
}

export class GatewayAssertionVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly clock: () => number;
  /** jti -> when it can be forgotten (ms): past its maximum age the assertion is refused anyway. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly config: IdentityConfig,
    private readonly subgraph: string,
    options: AssertionOptions = {},
  ) {
    const source = config.gatewayJwks;
    this.keys =
      'url' in source
        ? createRemoteJWKSet(new URL(source.url))
        : createLocalJWKSet(readJwks(source.file, 'GATEWAY_JWKS_FILE'));
    this.clock = options.clock ?? Date.now;
  }

  /** Everything that needs no body: signature, issuer, type, audience, age, claims, single use. */
  async verifyHeader(assertion: string | undefined): Promise<VerifiedAssertion> {
    if (!assertion) {
      throw unauthenticated(`this node answers only through the federation gateway (no ${ASSERTION_HEADER})`);
    }
    const now = this.clock();
    let payload;
    try {
      payload = await verifyAssertionJws(assertion, this.keys, {
        issuer: ASSERTION_ISSUER,
        audience: this.subgraph,
        typ: ASSERTION_TYPE,
        alg: SIGNING_ALG,
        clockTolerance: this.config.clockToleranceSec,
        maxTokenAge: this.config.assertionMaxAgeSec,
        currentDate: new Date(now),
        requiredClaims: ['sub', 'jti', 'iat', 'exp', 'tid', 'rh'],
      });
    } catch {
      throw unauthenticated('the gateway assertion does not verify (forged, too old or for another subgraph)');
    }
    const caller = callerFromClaims({ ...payload, tokenId: payload.tid });
    if (typeof caller === 'string') throw unauthenticated(`the gateway assertion is invalid: ${caller}`);
    if (typeof payload.rh !== 'string') throw unauthenticated('the gateway assertion has no request hash');
    // check and record in one synchronous step: two concurrent replays cannot both pass
    for (const [jti, forgetAt] of this.seen) {
      if (forgetAt > now) break; // insertion order is iat order, give or take the clock tolerance
      this.seen.delete(jti);
    }
    if (this.seen.has(payload.jti!)) throw unauthenticated('the gateway assertion was already used (replay)');
    const tolerance = this.config.clockToleranceSec;
    this.seen.set(payload.jti!, (payload.iat! + this.config.assertionMaxAgeSec + 2 * tolerance) * 1000);
    return { caller, requestHash: payload.rh };
  }

  /** The request the node received is the one the gateway signed for. */
  bind(assertion: VerifiedAssertion, request: BoundRequest): Caller {
    if (assertion.requestHash !== requestHash(request)) {
      throw unauthenticated('the gateway assertion is for another request (method, path, query or body differ)');
    }
    return assertion.caller;
  }
}
