/**
 * The working group's indicator key: every node and the hub digest canonical indicator values with
 * HMAC-SHA-256 under it, so the same indicator has the same id everywhere while keys, logs and caches
 * on the way carry digests, not phone numbers. The key id travels inside every digest so a rotation
 * (new id, re-digest on import) never silently mixes generations.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, type EnvReader } from './env.js';

export interface IndicatorKey {
  /** Short id, e.g. `k1`: letters and digits only, since it is embedded in digests. */
  readonly id: string;
  readonly secret: Buffer;
}

export function parseIndicatorKey(id: string, secretBase64: string, source: string): IndicatorKey {
  if (!/^[a-z0-9]{1,16}$/i.test(id)) throw new ConfigError(`${source}: key id must be 1-16 letters or digits`);
  const secret = Buffer.from(secretBase64, 'base64');
  if (secret.length < 32) throw new ConfigError(`${source}: key must be at least 32 bytes of base64`);
  return { id, secret };
}

/** The key file generated on a developer's first start (never in production). */
export function devKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'indicator-key.json');
}

/**
 * In order: INDICATOR_KEY (base64) + INDICATOR_KEY_ID; INDICATOR_KEY_FILE, a JSON file `{ "id", "secret" }`
 * (a container secret); otherwise the local key file under the data folder, generated on first use unless
 * NODE_ENV=production, where a missing key is an error.
 */
export function indicatorKeyFromEnv(env: EnvReader, dataDir: string): IndicatorKey {
  const secret = env.optional('INDICATOR_KEY');
  if (secret) return parseIndicatorKey(env.string('INDICATOR_KEY_ID', 'k1'), secret, 'INDICATOR_KEY');
  const keyFile = env.optional('INDICATOR_KEY_FILE');
  if (keyFile) return readKeyFile(keyFile, 'INDICATOR_KEY_FILE');
  const file = devKeyPath(dataDir);
  if (!existsSync(file)) {
    if (env.optional('NODE_ENV') === 'production') {
      throw new ConfigError('INDICATOR_KEY is required in production (the working group distributes it)');
    }
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ id: 'dev1', secret: randomBytes(32).toString('base64') }), { mode: 0o600 });
    // rename is atomic: parallel first starts end with one key, never a torn file
    if (existsSync(file)) rmSync(tmp);
    else renameSync(tmp, file);
  }
  return readKeyFile(file, file);
}

function readKeyFile(file: string, source: string): IndicatorKey {
  let parsed: { id?: unknown; secret?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (e) {
    throw new ConfigError(`${source}: cannot read ${file} as JSON { "id", "secret" }: ${(e as Error).message}`);
  }
  if (typeof parsed.id !== 'string' || typeof parsed.secret !== 'string') {
    throw new ConfigError(`${source}: ${file} must hold { "id": "...", "secret": "<base64>" }`);
  }
  return parseIndicatorKey(parsed.id, parsed.secret, source);
}
