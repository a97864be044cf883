/**
 * Verifies the compact JWS of a gateway assertion (docs/gateway-protocol.md §3, step 1 without the replay
 * cache) with node:crypto's synchronous Ed25519 verify. A node verifies one assertion per call, and jose's
 * jwtVerify (WebCrypto: an async job per signature, plus its generic claim machinery) cost ~130 us of CPU
 * against ~70 us here (bench/levers.md). Key selection stays jose's (local or remote JWKS by `kid`); the
 * checks are jose's for the options GatewayAssertionVerifier used, and stricter where the protocol is:
 * exactly one header `typ`, `alg` EdDSA only, no `crit`, `aud` one string.
 */
import { KeyObject, verify } from 'node:crypto';
import type { CompactJWSHeaderParameters, JWTPayload, JWTVerifyGetKey } from 'jose';

export interface AssertionChecks {
  issuer: string;
  audience: string;
  typ: string;
  alg: string;
  /** Seconds of clock skew allowed either way. */
  clockTolerance: number;
  /** `iat` at most this many seconds ago (plus tolerance), whatever `exp` says. */
  maxTokenAge: number;
  currentDate: Date;
  requiredClaims: readonly string[];
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Thrown for every refusal: the caller answers one 401 whatever the reason (no oracle for forgers). */
export class AssertionRejected extends Error {}

function fail(reason: string): never {
  throw new AssertionRejected(reason);
}

function decodeObject(segment: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    fail('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
  return value as Record<string, unknown>;
}

/** jose hands out CryptoKeys; node:crypto verifies with the KeyObject of the same key, converted once. */
const keyObjects = new WeakMap<object, KeyObject>();
function keyObjectOf(key: unknown): KeyObject {
  if (key instanceof KeyObject) return key;
  if (typeof key !== 'object' || key === null) fail('the key set gave no key');
  let out = keyObjects.get(key);
  if (!out) {
    out = KeyObject.from(key as Parameters<typeof KeyObject.from>[0]);
    keyObjects.set(key, out);
  }
  return out;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The payload of a valid assertion, or AssertionRejected. */
export async function verifyAssertionJws(
  token: string,
  keys: JWTVerifyGetKey,
  checks: AssertionChecks,
): Promise<JWTPayload> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p))) fail('not a compact JWS');
  const [h, p, s] = parts as [string, string, string];
  const header = decodeObject(h);
  if (header.alg !== checks.alg) fail('alg');
  if (header.typ !== checks.typ) fail('typ');
  if ('crit' in header || 'b64' in header) fail('unsupported header parameter');
  // alg and typ checked above; jose's key selection reads kid and alg from it
  const key = keyObjectOf(await keys(header as CompactJWSHeaderParameters, { payload: p, signature: s }));
  if (key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') fail('not an Ed25519 public key');
  if (!verify(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) fail('signature');

  const payload = decodeObject(p) as JWTPayload;
  for (const claim of checks.requiredClaims) if (payload[claim] === undefined) fail(`missing ${claim}`);
  if (payload.iss !== checks.issuer) fail('iss');
  if (payload.aud !== checks.audience) fail('aud');
  if (payload.sub !== undefined && typeof payload.sub !== 'string') fail('sub');
  if (payload.jti !== undefined && typeof payload.jti !== 'string') fail('jti');
  const now = Math.floor(checks.currentDate.getTime() / 1000);
  const tolerance = checks.clockTolerance;
  if (!isNumber(payload.iat)) fail('iat');
  const age = now - payload.iat;
  if (age - tolerance > checks.maxTokenAge) fail('too old');
  if (age < -tolerance) fail('iat in the future');
  if (!isNumber(payload.exp) || payload.exp <= now - tolerance) fail('expired');
  if (payload.nbf !== undefined && (!isNumber(payload.nbf) || payload.nbf > now + tolerance)) fail('nbf');
  return payload;
}
