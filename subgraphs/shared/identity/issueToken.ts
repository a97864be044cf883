import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from './Caller.js';
import { SIGNING_ALG, type SigningKey } from './keyPairs.js';

export interface TokenRequest {
  subject: string;
  member: string;
  role: Role;
  /** Lifetime in jose's notation ('8h', '30m', '7d'), or an absolute expiry in epoch seconds. */
  ttl: string | number;
  issuer: string;
  audience: string;
}

/** Signs an analyst token as the working group's issuer does (locally: `npm run token`). */
export function issueToken(key: SigningKey, request: TokenRequest): Promise<string> {
  return new SignJWT({ member: request.member, role: request.role })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.ttl)
    .setJti(randomUUID())
    .sign(key.key);
}
