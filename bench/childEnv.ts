import { benchEnv } from './benchKey.js';

/** The parts' own configuration variables: a developer's shell must not steer the bench's processes. */
const partConfig =
  /^(DATABASE_|INDICATOR_KEY|KEYING_|SUBGRAPH_|SUPERGRAPH_|ISSUER_JWKS|GATEWAY_|TOKEN_|MAX_|(PORT|HOST|COUNTRY|DATA_DIR)$)/;

/**
 * The environment of a bench child process: ours without the parts' configuration (a developer's
 * DATABASE_URL must not receive a million synthetic reports), plus the bench's and the part's own.
 */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !partConfig.test(k)) env[k] = v;
  return { ...env, ...benchEnv, ...extra };
}
