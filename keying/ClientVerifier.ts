/**
 * Who is asking the keying service: a token the client signed for this very request with its own key
 * (`kid` = its identity; the service holds the public keys), audience the keying service, bound to the body
 * (`bh`), short-lived and single use (`jti`). An `obo` claim (an analyst the hub keys for) is honoured only
 * from the configured delegates.
 */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { SIGNING_ALG, readJwks } from '../shared/identity/keyPairs.js';
import {
  analystIdentity,
  bodyHash,
  CLIENT_TOKEN_TTL_SEC,
  KEYING_AUDIENCE,
  type OnBehalfOf,
} from '../shared/keying/protocol.js';

export class KeyingAuthError extends Error {}

export interface VerifiedClient {
  /** The client that signed. */
  client: string;
  /** Whose budget is charged: the client, or the analyst it keys for. */
  identity: string;
  /** Whether a delegate keys for an analyst (`obo`). */
  delegated: boolean;
}

export class ClientVerifier {
  private keys: JWTVerifyGetKey;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly jwksFile: string,
    private readonly delegates: readonly string[],
    private readonly clockToleranceSec: number,
    private readonly now: () => number = Date.now,
  ) {
    this.keys = createLocalJWKSet(readJwks(jwksFile, 'KEYING_CLIENTS_JWKS_FILE'));
  }

  /**
   * Re-reads the clients' public keys (a member that joined brings its node's key) without a restart. A file
   * that does not read as a JWKS throws, naming it, and the keys in use stay.
   */
  reloadClients(): void {
    this.keys = createLocalJWKSet(readJwks(this.jwksFile, 'KEYING_CLIENTS_JWKS_FILE'));
  }

  async verify(authorization: string | undefined, body: string): Promise<VerifiedClient> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new KeyingAuthError('missing token: send "Authorization: Bearer <client token>"');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        audience: KEYING_AUDIENCE,
        algorithms: [SIGNING_ALG],
        clockTolerance: this.clockToleranceSec,
        requiredClaims: ['sub', 'iat', 'exp', 'jti'],
        currentDate: new Date(this.now()),
      }));
    } catch {
      throw new KeyingAuthError(
        'the client token does not verify (unknown client, forged, expired or for another audience)',
      );
    }
    const client = decodeProtectedHeader(token).kid;
    if (!client || payload.sub !== client || payload.iss !== client) {
      throw new KeyingAuthError('the client token names another identity than its key');
    }
    if (payload.exp! - payload.iat! > CLIENT_TOKEN_TTL_SEC) {
      throw new KeyingAuthError(`client tokens may live at most ${CLIENT_TOKEN_TTL_SEC} s`);
    }
    if (payload.bh !== bodyHash(body)) throw new KeyingAuthError('the client token is for another request body');
    const now = this.now();
    for (const [jti, exp] of this.seen) if (exp < now) this.seen.delete(jti);
    if (this.seen.has(payload.jti!)) throw new KeyingAuthError('the client token was already used (replay)');
    this.seen.set(payload.jti!, (payload.exp! + this.clockToleranceSec) * 1000);
    const obo = payload.obo as OnBehalfOf | undefined;
    if (obo === undefined) return { client, identity: client, delegated: false };
    if (!this.delegates.includes(client)) throw new KeyingAuthError(`${client} may not key on behalf of others`);
    if (typeof obo?.member !== 'string' || typeof obo.subject !== 'string' || !obo.member || !obo.subject) {
      throw new KeyingAuthError('obo must be { member, subject }');
    }
    return { client, identity: analystIdentity(obo), delegated: true };
  }
}
