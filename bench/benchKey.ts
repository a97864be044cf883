/**
 * The bench's OPRF key: derived from a fixed label, so data seeded by one run is valid for the next
 * (digests depend on the key). Written to bench/data/keying-key.json for the bench's keying service; never
 * used outside the bench.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentKeyId } from '../shared/indicators/keyIds.js';
import { type IndicatorKey } from '../shared/indicatorKey.js';
import { dataRoot } from './paths.js';

const secret = createHash('sha256').update('asean-antiscam-federation bench key').digest();
// clearing the top four bits keeps the scalar below the group order (2^252 + …): a canonical OPRF key
secret[31]! &= 0x0f;

export const benchKey: IndicatorKey = { id: currentKeyId, secret: Uint8Array.from(secret) };

/** Bumped when the bench's keying changes, so data seeded before is seeded again. */
export const benchKeyGeneration = `${currentKeyId}-bench1`;

export const benchKeyFile = join(dataRoot, 'keying-key.json');
mkdirSync(dataRoot, { recursive: true });
writeFileSync(benchKeyFile, JSON.stringify({ id: benchKey.id, secret: secret.toString('base64') }), { mode: 0o600 });

/** Environment every bench process gets: the key file (for the parts that still key), production mode, quiet logs. */
export const benchEnv: Record<string, string> = {
  KEYING_KEY_FILE: benchKeyFile,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
};
