/**
 * The working group's indicator key: an RFC 9497 OPRF key (a ristretto255 scalar) that only the keying
 * service holds (keying/). Nodes and the hub get digests from it blind and never see it. The key id travels
 * inside every digest so a rotation never silently mixes generations (indicators/keyIds.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, type EnvReader } from './env.js';
import { currentKeyId, keyIdShape } from './indicators/keyIds.js';
import { checkOprfKey, OprfError, sodiumOprf } from './oprf/index.js';

export interface IndicatorKey {
  /** The generation, e.g. `o1` (indicators/keyIds.ts), embedded in every digest. */
  readonly id: string;
  /** The OPRF secret scalar (32 bytes, little-endian). */
  readonly secret: Uint8Array;
}

export function parseIndicatorKey(id: string, secretBase64: string, source: string): IndicatorKey {
  // any well-formed generation: the keying service holds the next one before nodes and the hub accept it
  if (!keyIdShape.test(id)) {
    throw new ConfigError(`${source}: key id ${JSON.stringify(id)} is not 1 to 16 lowercase letters or digits`);
  }
  const secret = Uint8Array.from(Buffer.from(secretBase64, 'base64'));
  try {
    checkOprfKey(secret);
  } catch (e) {
    if (!(e instanceof OprfError)) throw e;
    throw new ConfigError(`${source}: the secret must be a 32-byte ristretto255 scalar in base64 (${e.message})`);
  }
  return { id, secret };
}

/** The key file generated on a developer's first start (never in production). */
export function devKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'keying-oprf-key.json');
}

/** Writes a new key file `{ "id", "secret" }` (mode 0600) unless one exists: parallel first starts keep one key. */
export function writeKeyFile(file: string, id: string = currentKeyId): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const secret = Buffer.from(sodiumOprf.generateKey()).toString('base64');
  writeFileSync(tmp, JSON.stringify({ id, secret }), { mode: 0o600 });
  // rename is atomic: parallel first starts end with one key, never a torn file
  if (existsSync(file)) rmSync(tmp);
  else renameSync(tmp, file);
}

/**
 * KEYING_KEY_FILE, a JSON file `{ "id", "secret" }` (a container secret); otherwise the local key file under
 * the data folder, generated on first use unless NODE_ENV=production, where a missing key is an error.
 */
export function indicatorKeyFromEnv(env: EnvReader, dataDir: string): IndicatorKey {
  const keyFile = env.optional('KEYING_KEY_FILE');
  if (keyFile) return readKeyFile(keyFile, 'KEYING_KEY_FILE');
  const file = devKeyPath(dataDir);
  if (!existsSync(file)) {
    if (env.optional('NODE_ENV') === 'production') {
      throw new ConfigError('KEYING_KEY_FILE is required in production (the working group generates the key once)');
    }
    writeKeyFile(file);
  }
  return readKeyFile(file, file);
}

export function readKeyFile(file: string, source: string): IndicatorKey {
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
