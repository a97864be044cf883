import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { unauthenticated, sha256Base64url } from './CallerVerifier.js';
import type { IdentityConfig } from './IdentityConfig.js';
import { readJwks, SIGNING_ALG, type SigningKey } from './keyPairs.js';

export const PROOF_HEADER = 'x-gateway-proof';
const PROOF_ISSUER = 'asean-antiscam-gateway';
const PROOF_TTL_SEC = 60;

/**
 * The gateway's proof that a subgraph request came through it: a short-lived token it signs per request,
 * addressed to that subgraph (aud), bound to the exact request body (bh) and to the caller's token (th).
 * A stolen analyst token sent straight to a node has no proof; a captured proof fits one body, one node,
 * one token, for a minute, and only once (jti).
 */
export class GatewayProofSigner {
  constructor(private readonly key: SigningKey) {}

  sign(subgraph: string, body: string, callerToken: string): Promise<string> {
    return new SignJWT({ bh: sha256Base64url(body), th: sha256Base64url(callerToken) })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.key.kid })
      .setIssuer(PROOF_ISSUER)
      .setAudience(subgraph)
      .setIssuedAt()
      .setExpirationTime(`${PROOF_TTL_SEC}s`)
      .setJti(randomUUID())
      .sign(this.key.key);
  }
}

export class GatewayProofVerifier {
  private readonly keys: JWTVerifyGetKey;
  /** jti -> expiry (ms); proofs seen within their lifetime, to refuse a replay. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly config: IdentityConfig,
    private readonly subgraph: string,
  ) {
    const source = config.gatewayJwks;
    this.keys =
      'url' in source
        ? createRemoteJWKSet(new URL(source.url))
        : createLocalJWKSet(readJwks(source.file, 'GATEWAY_JWKS_FILE'));
  }

  async verify(proof: string | undefined, body: string, callerToken: string): Promise<void> {
    if (!proof) throw unauthenticated(`this node answers only through the federation gateway (no ${PROOF_HEADER})`);
    let payload;
    try {
      ({ payload } = await jwtVerify(proof, this.keys, {
        issuer: PROOF_ISSUER,
        audience: this.subgraph,
        algorithms: [SIGNING_ALG],
        clockTolerance: this.config.clockToleranceSec,
        requiredClaims: ['jti', 'exp'],
      }));
    } catch {
      throw unauthenticated('the gateway proof does not verify (forged, expired or for another node)');
    }
    if (payload.bh !== sha256Base64url(body)) throw unauthenticated('the gateway proof is for another request body');
    if (payload.th !== sha256Base64url(callerToken))
      throw unauthenticated("the gateway proof is for another caller's token");
    const now = Date.now();
    for (const [jti, exp] of this.seen) if (exp < now) this.seen.delete(jti);
    if (this.seen.has(payload.jti!)) throw unauthenticated('the gateway proof was already used (replay)');
    this.seen.set(payload.jti!, (payload.exp! + this.config.clockToleranceSec) * 1000);
  }
}
