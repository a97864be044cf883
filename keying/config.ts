/**
 * The keying service's configuration: its OPRF key, whom it serves (the clients' public keys), how much
 * each may key per hour, and where its audit goes. Read once at start; a bad value stops it naming the
 * variable.
 */
import { join, resolve } from 'node:path';
import { ConfigError, type Env, envReader, logLevelFrom } from '../shared/env.js';
import { type IndicatorKey, indicatorKeyFromEnv, readKeyFile } from '../shared/indicatorKey.js';
import { clientsJwksPath } from '../shared/keying/clientKeys.js';
import { DEFAULT_KEYING_PORT, HUB_IDENTITY } from '../shared/keying/protocol.js';

export interface BudgetConfig {
  /** Evaluations per hour for a member's node (seed and import volumes). */
  readonly node: number;
  /** Per hour for one analyst, keyed through the hub. */
  readonly analyst: number;
  /** Per hour for any other identity (the hub keying without an analyst). */
  readonly other: number;
  /**
   * Per node per hour, keyings under a generation other than the current one: a node re-keying its own
   * stock during a key rotation (`npm run rekey`), counted apart from its ordinary budget. Only nodes may
   * ask for another generation; the hub keys analysts' values with the current one.
   */
  readonly rekey?: number;
  /** Per-identity overrides. */
  readonly overrides: ReadonlyMap<string, number>;
}

export interface KeyingConfig {
  readonly host: string;
  readonly port: number;
  /** The current generation: what a request that names none is keyed with (the hub's, a seed's, an import's). */
  readonly key: IndicatorKey;
  /**
   * Other generations held during a key rotation (KEYING_OTHER_KEY_FILES): the next one while nodes re-key
   * into it, or the previous one after the switch. A request names one with `keyId`.
   */
  readonly otherKeys: readonly IndicatorKey[];
  /** The clients' public keys (JWKS); each key's `kid` is the client's identity. */
  readonly clientsJwksFile: string;
  /** Identities allowed to key on behalf of an analyst (`obo` claim). */
  readonly delegates: readonly string[];
  readonly budget: BudgetConfig;
  /** Elements per request. */
  readonly maxBatch: number;
  /** Append-only NDJSON audit: who keyed how many, never what. */
  readonly auditFile: string;
  readonly clockToleranceSec: number;
  readonly logLevel: string;
}

/** `KEYING_BUDGETS=node:TH=5000000,analyst:WG:bob@wg=100`: identity=evaluations per hour, comma-separated. */
function overrides(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of (text ?? '').split(',').filter((p) => p.trim() !== '')) {
    const at = part.lastIndexOf('=');
    const n = Number(part.slice(at + 1));
    if (at <= 0 || !Number.isSafeInteger(n) || n < 0) {
      throw new ConfigError(`KEYING_BUDGETS: ${JSON.stringify(part)} is not identity=evaluations-per-hour`);
    }
    out.set(part.slice(0, at).trim(), n);
  }
  return out;
}

/** `KEYING_OTHER_KEY_FILES=/run/secrets/o2.json,…`: key files `{ "id", "secret" }` of other generations. */
function otherKeys(text: string | undefined): IndicatorKey[] {
  const files = (text ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return files.map((f) => readKeyFile(resolve(f), 'KEYING_OTHER_KEY_FILES'));
}

export function loadKeyingConfig(env: Env = process.env): KeyingConfig {
  const r = envReader(env);
  const dataDir = resolve(r.string('DATA_DIR', 'data'));
  const per = { min: 0, max: 1_000_000_000 };
  const config: KeyingConfig = {
    host: r.string('HOST', '127.0.0.1'),
    port: r.port('KEYING_PORT', DEFAULT_KEYING_PORT),
    key: indicatorKeyFromEnv(r, dataDir),
    otherKeys: otherKeys(r.optional('KEYING_OTHER_KEY_FILES')),
    clientsJwksFile: resolve(r.string('KEYING_CLIENTS_JWKS_FILE', clientsJwksPath(dataDir))),
    delegates: r
      .string('KEYING_DELEGATES', HUB_IDENTITY)
      .split(',')
      .map((d) => d.trim()),
    budget: {
      node: r.int('KEYING_BUDGET_NODE', 2_000_000, per),
      analyst: r.int('KEYING_BUDGET_ANALYST', 20_000, per),
      other: r.int('KEYING_BUDGET_OTHER', 20_000, per),
      rekey: r.int('KEYING_BUDGET_REKEY', 5_000_000, per),
      overrides: overrides(r.optional('KEYING_BUDGETS')),
    },
    maxBatch: r.int('KEYING_MAX_BATCH', 10_000, { min: 1, max: 100_000 }),
    auditFile: resolve(r.string('KEYING_AUDIT_FILE', join(dataDir, 'keying-audit.ndjson'))),
    clockToleranceSec: r.int('CLOCK_TOLERANCE_SEC', 5, { min: 0, max: 300 }),
    logLevel: logLevelFrom(r),
  };
  const ids = [config.key.id, ...config.otherKeys.map((k) => k.id)];
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new ConfigError(`KEYING_OTHER_KEY_FILES: key id ${twice} is held twice (each generation once)`);
  return config;
}
