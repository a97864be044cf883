import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from './Caller.js';
import { SIGNING_ALG, type SigningKey } from './keyPairs.js';

export interface TokenRequest {
  subject: string;
  member: string;
  role: Role;
  /** Lifetime as `<n>s|m|h|d` ('8h', '30m'), or an absolute expiry in epoch seconds. */
  ttl: string | number;
  issuer: string;
  audience: string;
}

const unitSeconds = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/**
 * Signs an analyst token as the working group's issuer does (locally: `npm run token`). `iat` and `exp` come
 * from ONE reading of the clock: the gateway caps `exp - iat`, and a second ticking over between two
 * readings would make a 12 h token 12 h 1 s long.
 */
export function issueToken(key: SigningKey, request: TokenRequest): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  let exp: number;
  if (typeof request.ttl === 'number') exp = request.ttl;
  else {
    const m = /^(\d+)\s*([smhd])$/.exec(request.ttl);
    if (!m) throw new TypeError(`ttl must look like 30m, 8h or 7d, got ${JSON.stringify(request.ttl)}`);
    exp = iat + Number(m[1]) * unitSeconds[m[2] as keyof typeof unitSeconds];
  }
  return new SignJWT({ member: request.member, role: request.role })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(request.subject)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(key.key);
}
