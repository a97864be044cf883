/**
 * Where a process reads the member registry and how often it looks for a new version: REGISTRY_PATH
 * (default: the committed schema/members.json) and REGISTRY_POLL_MS. Read by the gateway's, the hub's and
 * the nodes' config.ts; loading it installs the file's registry, so a node whose member was added to the
 * operator's copy finds itself there at start.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRegistryPath, parseRegistry, RegistryError, useRegistry } from '../../schema/registry.js';
import { ConfigError, type EnvReader } from '../env.js';

export interface RegistryConfig {
  readonly path: string;
  readonly pollIntervalMs: number;
}

export function registryFromEnv(env: EnvReader): RegistryConfig {
  const config = {
    path: resolve(env.string('REGISTRY_PATH', defaultRegistryPath)),
    pollIntervalMs: env.int('REGISTRY_POLL_MS', 2000, { min: 100, max: 600_000 }),
  };
  if (config.path !== defaultRegistryPath) {
    // a bad file stops the start here, naming the file and field: never serve with half a registry
    try {
      useRegistry(parseRegistry(readFileSync(config.path, 'utf8'), config.path));
    } catch (e) {
      if (e instanceof RegistryError) throw new ConfigError(`REGISTRY_PATH: ${e.message}`);
      throw new ConfigError(`REGISTRY_PATH: cannot read ${config.path} (${(e as Error).message})`);
    }
  }
  return config;
}
