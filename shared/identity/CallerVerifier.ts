import { createHash } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { userError } from '../errors.js';
import { callerFromClaims, type Caller } from './Caller.js';
import type { IdentityConfig } from './IdentityConfig.js';
import { readJwks, SIGNING_ALG } from './keyPairs.js';
import { RevocationList } from './RevocationList.js';

/** 401 with a registered code and a message a person can act on. */
export function unauthenticated(message: string) {
  return userError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

function keySet(source: IdentityConfig['issuerJwks'], variable: string): JWTVerifyGetKey {
  // a remote JWKS is the one peer identity adds: the issuer the operator configured, nothing else
  return 'url' in source ? createRemoteJWKSet(new URL(source.url)) : createLocalJWKSet(readJwks(source.file, variable));
}

function why(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'the token has expired; ask for a new one';
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return 'the token is for another audience';
    if (e.claim === 'iss') return 'the token is from an unknown issuer';
    if (e.reason === 'missing') return `the token has no "${e.claim}" claim`;
    return `the token's "${e.claim}" claim is invalid`;
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed || e instanceof joseErrors.JWKSNoMatchingKey) {
    return 'the token signature does not verify (forged, or signed by another key)';
  }
  return 'the token is malformed';
}

export interface CallerVerifierOptions {
  /** Now, in ms since the epoch: tests move time instead of sleeping. */
  clock?: () => number;
}

/**
 * Verifies analysts' tokens at the edge, once per request: the working group issuer's signature, audience,
 * expiry, a required `iat` and `jti`, a lifetime (`exp - iat`) no longer than the configured maximum, the
 * claims every node needs (callerFromClaims, the same rule the nodes apply to the gateway's assertion), and
 * the revocation list. Nodes never see this token: the gateway speaks for the caller with an assertion.
 */
export class CallerVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly clock: () => number;
  private readonly revocations: RevocationList | undefined;
  /**
   * Tokens already verified, until they expire: a client sends the same token with every request and its
   * signature verifies the same way each time. Revocation is still checked on every use. Bounded: the
   * oldest entry goes first.
   */
  private readonly verified = new Map<string, { caller: Caller; expiresAtMs: number }>();
  private static readonly maxCached = 10_000;

  constructor(
    private readonly config: IdentityConfig,
    options: CallerVerifierOptions = {},
  ) {
    this.keys = keySet(config.issuerJwks, 'ISSUER_JWKS_FILE');
    this.clock = options.clock ?? Date.now;
    this.revocations = config.revocationFile
      ? new RevocationList(config.revocationFile, { pollMs: config.revocationPollMs, clock: this.clock })
      : undefined;
  }

  /** From an `Authorization` header value; throws UNAUTHENTICATED (401) saying what is wrong. */
  async verifyHeader(authorization: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) {
      throw unauthenticated('missing token: send "Authorization: Bearer <token>" (npm run token prints one locally)');
    }
    return this.verify(match[1]!);
  }

  async verify(token: string): Promise<Caller> {
    let entry = this.verified.get(token);
    if (entry && entry.expiresAtMs <= this.clock()) {
      this.verified.delete(token);
      entry = undefined;
    }
    if (!entry) {
      entry = await this.verifyUncached(token);
      if (this.verified.size >= CallerVerifier.maxCached) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, entry);
    }
    if (this.revocations?.isRevoked(entry.caller.tokenId, entry.caller.subject)) {
      throw unauthenticated('invalid token: it has been revoked');
    }
    return entry.caller;
  }

  private async verifyUncached(token: string): Promise<{ caller: Caller; expiresAtMs: number }> {
    const tolerance = this.config.clockToleranceSec;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: [SIGNING_ALG],
        clockTolerance: tolerance,
        currentDate: new Date(this.clock()),
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      }));
    } catch (e) {
      throw unauthenticated(`invalid token: ${why(e)}`);
    }
    const { iat, exp } = payload as { iat: number; exp: number };
    if (iat > this.clock() / 1000 + tolerance) throw unauthenticated('invalid token: it was issued in the future');
    const maxLifetime = this.config.maxTokenLifetimeSec;
    if (exp - iat > maxLifetime) {
      throw unauthenticated(`invalid token: it lives longer than the ${maxLifetime} s allowed (exp - iat)`);
    }
    const caller = callerFromClaims({ ...payload, tokenId: payload.jti });
    if (typeof caller === 'string') throw unauthenticated(`invalid token: ${caller}`);
    return { caller, expiresAtMs: exp * 1000 };
  }
}

export const sha256Base64url = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');
