/**
 * Where a node or the hub finds the keying service and its own client key. Read by their config modules;
 * the key file is read when the keyer is built (a node's CLIs only: the node server never keys).
 */
import { resolve } from 'node:path';
import { ConfigError, type EnvReader } from '../env.js';
import { readSigningKey } from '../identity/keyPairs.js';
import { acceptedKeyIds, currentKeyId, parseKeyIds } from '../indicators/keyIds.js';
import { ServiceKeyer, type ServiceKeyerOptions } from './ServiceKeyer.js';
import { clientKeyPath } from './clientKeys.js';
import { KeyingClient } from './KeyingClient.js';
import { DEFAULT_KEYING_PORT } from './protocol.js';

export interface KeyingClientConfig {
  /** KEYING_URL, default the local service. */
  readonly url: string;
  /** KEYING_CLIENT_KEY_FILE: this client's private JWK (`kid` = its identity). */
  readonly keyFile: string;
  readonly identity: string;
}

export function keyingClientFromEnv(env: EnvReader, dataDir: string, identity: string): KeyingClientConfig {
  const url = env.string('KEYING_URL', `http://127.0.0.1:${DEFAULT_KEYING_PORT}`);
  if (!/^https?:\/\//.test(url)) throw new ConfigError('KEYING_URL must be an http(s) URL');
  return { url, keyFile: resolve(env.string('KEYING_CLIENT_KEY_FILE', clientKeyPath(dataDir, identity))), identity };
}

/**
 * ACCEPTED_KEY_IDS: the key generations whose ids this node or hub accepts, e.g. `o1,o2` during a rotation
 * (docs/operators.md "Rotating the indicator key"); default `o1`. An id of any other generation is
 * BAD_USER_INPUT naming its key id.
 */
export function keyIdsFromEnv(env: EnvReader): readonly string[] {
  const text = env.optional('ACCEPTED_KEY_IDS');
  return text === undefined ? acceptedKeyIds : parseKeyIds(text, 'ACCEPTED_KEY_IDS');
}

export async function createServiceKeyer(
  config: KeyingClientConfig,
  options?: ServiceKeyerOptions,
): Promise<ServiceKeyer> {
  const key = await readSigningKey(config.keyFile, 'KEYING_CLIENT_KEY_FILE');
  if (key.kid !== config.identity) {
    throw new ConfigError(
      `KEYING_CLIENT_KEY_FILE: ${config.keyFile} is the key of ${key.kid}, not of ${config.identity}`,
    );
  }
  return new ServiceKeyer(new KeyingClient({ url: config.url, key }), currentKeyId, options);
}
