import { createHash } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { isMemberCode } from '../../../schema/registry.js';
import { userError } from '../errors.js';
import { roles, WORKING_GROUP, type Caller, type Role } from './Caller.js';
import type { IdentityConfig } from './IdentityConfig.js';
import { readJwks, SIGNING_ALG } from './keyPairs.js';

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
    return `the token's "${e.claim}" claim is invalid`;
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed || e instanceof joseErrors.JWKSNoMatchingKey) {
    return 'the token signature does not verify (forged, or signed by another key)';
  }
  return 'the token is malformed';
}

/**
 * Verifies analysts' tokens: the working group issuer's signature, audience, expiry, and the claims the
 * federation needs (subject, member, role). The gateway uses it at the edge and every node uses it again,
 * because a node never takes the gateway's word alone.
 */
export class CallerVerifier {
  private readonly keys: JWTVerifyGetKey;
  /**
   * Tokens already verified, until they expire. An analyst's token arrives with every subgraph call of
   * every query (13 calls for one cross-border lookup); its signature verifies the same way each time, so
   * it is checked once. Bounded: the oldest entry goes first.
   */
  private readonly verified = new Map<string, { caller: Caller; expiresAtMs: number }>();
  private static readonly maxCached = 10_000;

  constructor(private readonly config: IdentityConfig) {
    this.keys = keySet(config.issuerJwks, 'ISSUER_JWKS_FILE');
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
    const cached = this.verified.get(token);
    if (cached && cached.expiresAtMs > Date.now()) return cached.caller;
    if (cached) this.verified.delete(token);
    const { caller, expiresAtMs } = await this.verifyUncached(token);
    if (this.verified.size >= CallerVerifier.maxCached) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { caller, expiresAtMs });
    return caller;
  }

  private async verifyUncached(token: string): Promise<{ caller: Caller; expiresAtMs: number }> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: [SIGNING_ALG],
        clockTolerance: this.config.clockToleranceSec,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (e) {
      throw unauthenticated(`invalid token: ${why(e)}`);
    }
    const member = typeof payload.member === 'string' ? payload.member.toUpperCase() : '';
    if (member !== WORKING_GROUP && !isMemberCode(member)) {
      throw unauthenticated(`invalid token: "member" must be a member's alpha-2 code or ${WORKING_GROUP}`);
    }
    const role = payload.role as Role;
    if (!roles.includes(role)) throw unauthenticated(`invalid token: "role" must be one of ${roles.join(', ')}`);
    return { caller: { subject: String(payload.sub), member, role, token }, expiresAtMs: payload.exp! * 1000 };
  }
}

export const sha256Base64url = (text: string) => createHash('sha256').update(text).digest('base64url');
