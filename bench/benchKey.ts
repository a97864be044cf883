/**
 * The bench's indicator key: derived from a fixed label, so data seeded by one run is valid for the next
 * (digests depend on the key) and no key file is written. Never used outside the bench.
 */
import { createHash } from 'node:crypto';
import { type IndicatorKey } from '../subgraphs/shared/indicatorKey.js';

export const benchKey: IndicatorKey = {
  id: 'bench1',
  secret: createHash('sha256').update('asean-antiscam-federation bench key').digest(),
};

/** Environment every bench process gets: the key, production mode, quiet logs. */
export const benchEnv: Record<string, string> = {
  INDICATOR_KEY: benchKey.secret.toString('base64'),
  INDICATOR_KEY_ID: benchKey.id,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
};
