/**
 * The hub's configuration; the hub holds no national data and no indicator key: it keys analysts' values
 * blind through the working group's keying service, charged to the analyst.
 */
import { resolve } from 'node:path';
import { HUB_DEFAULT_PORT } from '../../schema/renderSubgraphs.js';
import { envReader, type Env, logLevelFrom } from '../../shared/env.js';
import { keyIdsFromEnv, keyingClientFromEnv, type KeyingClientConfig } from '../../shared/keying/keyingClientConfig.js';
import { HUB_IDENTITY } from '../../shared/keying/protocol.js';
import { identityFromEnv, type IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import { BenignList } from '../../shared/indicators/benignList.js';
import { registryFromEnv, type RegistryConfig } from '../../shared/registry/RegistryConfig.js';

export interface HubConfig {
  readonly host: string;
  readonly port: number;
  /** The keying service and the hub's client key for it. */
  readonly keying: KeyingClientConfig;
  /** Recent digests the hub remembers (a screen repeated costs no keying and no budget). */
  readonly keyingCacheSize: number;
  /** ACCEPTED_KEY_IDS: the key generations whose indicator ids the hub accepts (a rotation's overlap: two). */
  readonly keyIds: readonly string[];
  readonly logLevel: string;
  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before they are cut. */
  readonly shutdownGraceMs: number;
  /** Largest screen request, in indicators. */
  readonly maxScreen: number;
  /** The hub checks the gateway's assertion like every node: it sees raw indicator values. */
  readonly identity: IdentityConfig;
  /** Hotlines and official domains never answered as hits: the registry's, plus BENIGN_FILE's (optional). */
  readonly benign: BenignList;
  /** The member registry file, re-read on change and on SIGHUP (REGISTRY_PATH, REGISTRY_POLL_MS). */
  readonly registry: RegistryConfig;
}

export function loadHubConfig(env: Env = process.env): HubConfig {
  const r = envReader(env);
  const dataDir = resolve(r.string('DATA_DIR', 'data'));
  const registry = registryFromEnv(r); // first: the benign lists below come from the registry in use
  return {
    registry,
    host: r.string('HOST', '127.0.0.1'),
    port: r.port('PORT', HUB_DEFAULT_PORT),
    keying: keyingClientFromEnv(r, dataDir, HUB_IDENTITY),
    keyIds: keyIdsFromEnv(r),
    keyingCacheSize: r.int('KEYING_CACHE_SIZE', 200_000, { min: 0, max: 10_000_000 }),
    logLevel: logLevelFrom(r),
    shutdownGraceMs: r.int('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    maxScreen: r.int('MAX_SCREEN', 10_000, { min: 1, max: 100_000 }),
    identity: identityFromEnv(r, dataDir),
    benign: BenignList.load(r.optional('BENIGN_FILE')),
  };
}
