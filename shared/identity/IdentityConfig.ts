/**
 * Where a part finds the keys that prove who is calling. Read once by each part's config from the
 * environment; the identity functions take this, never the environment.
 */
import { resolve } from 'node:path';
import { ConfigError, type EnvReader } from '../env.js';
import { privateKeyPath, publicJwksPath } from './keyPairs.js';

export interface IdentityConfig {
  /** `iss` of analysts' tokens. */
  readonly issuer: string;
  /** `aud` of analysts' tokens: this federation. */
  readonly audience: string;
  /**
   * The issuer's public keys: a JWKS URL (production) or file (local default under DATA_DIR/keys). Only the
   * gateway verifies analysts' tokens; nodes and the hub never see one.
   */
  readonly issuerJwks: { url: string } | { file: string };
  /** The gateway's public keys, for nodes and the hub checking its assertions (docs/gateway-protocol.md). */
  readonly gatewayJwks: { url: string } | { file: string };
  /** Seconds of clock skew tolerated between parts. */
  readonly clockToleranceSec: number;
  /** Longest analyst token accepted, `exp - iat` in seconds (12 h by default); `npm run token` obeys it too. */
  readonly maxTokenLifetimeSec: number;
  /** Revoked token ids and subjects, one a line (RevocationList); re-read when it changes. */
  readonly revocationFile?: string;
  /** How often the gateway looks at the revocation file for a change, in ms. */
  readonly revocationPollMs: number;
  /** Oldest gateway assertion a node accepts, seconds from its `iat`, whatever its `exp` says. */
  readonly assertionMaxAgeSec: number;
}

export function identityFromEnv(env: EnvReader, dataDir: string): IdentityConfig {
  const jwks = (urlVar: string, fileVar: string, fallback: string) => {
    const url = env.optional(urlVar);
    if (url) {
      if (!/^https?:\/\//.test(url)) throw new ConfigError(`${urlVar} must be an http(s) URL`);
      return { url };
    }
    return { file: resolve(env.string(fileVar, fallback)) };
  };
  return {
    issuer: env.string('TOKEN_ISSUER', 'asean-wg-anti-scam'),
    audience: env.string('TOKEN_AUDIENCE', 'asean-antiscam-federation'),
    issuerJwks: jwks('ISSUER_JWKS_URL', 'ISSUER_JWKS_FILE', publicJwksPath(dataDir, 'issuer')),
    gatewayJwks: jwks('GATEWAY_JWKS_URL', 'GATEWAY_JWKS_FILE', publicJwksPath(dataDir, 'gateway')),
    clockToleranceSec: env.int('CLOCK_TOLERANCE_SEC', 5, { min: 0, max: 300 }),
    maxTokenLifetimeSec: env.int('TOKEN_MAX_LIFETIME_SEC', 12 * 3600, { min: 60, max: 7 * 24 * 3600 }),
    ...(env.optional('REVOCATION_FILE') ? { revocationFile: resolve(env.string('REVOCATION_FILE')) } : {}),
    revocationPollMs: env.int('REVOCATION_POLL_MS', 5000, { min: 100, max: 3_600_000 }),
    assertionMaxAgeSec: env.int('ASSERTION_MAX_AGE_SEC', 60, { min: 1, max: 300 }),
  };
}

/** The gateway's own private key (it signs an assertion for every subgraph call). */
export function gatewayKeyFile(env: EnvReader, dataDir: string): string {
  return resolve(env.string('GATEWAY_KEY_FILE', privateKeyPath(dataDir, 'gateway')));
}
