/**
 * A national node's configuration: which member it serves and where that member's data lives. The
 * member comes from `--country XX` or COUNTRY and is checked against the registry; everything else has a
 * local default so `npm run node -- --country KH` just works.
 */
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { memberByCode, type Member } from '../../schema/registry.js';
import { argValue, ConfigError, envReader, type Env, logLevelFrom } from '../../shared/env.js';
import { keyIdsFromEnv, keyingClientFromEnv, type KeyingClientConfig } from '../../shared/keying/keyingClientConfig.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { identityFromEnv, type IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import { registryFromEnv, type RegistryConfig } from '../../shared/registry/RegistryConfig.js';

export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly path: string }
  | { readonly type: 'postgres'; readonly url: string; readonly schema: string };

export interface NationalConfig {
  readonly member: Member;
  /** The member registry file, re-read on change and on SIGHUP (REGISTRY_PATH, REGISTRY_POLL_MS). */
  readonly registry: RegistryConfig;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /**
   * The working group's keying service, for the seed and import CLIs: the node holds no indicator key and
   * keys its own values blind through the service. The node server never uses it.
   */
  readonly keying: KeyingClientConfig;
  /** ACCEPTED_KEY_IDS: the key generations whose indicator ids this node answers (a rotation's overlap: two). */
  readonly keyIds: readonly string[];
  readonly logLevel: string;
  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before they are cut. */
  readonly shutdownGraceMs: number;
  /** How this node checks the gateway's assertion of who is calling. */
  readonly identity: IdentityConfig;
  /** The member's own sharing-policy file; absent: the registry-derived default policy. */
  readonly policyFile: string | undefined;
  /** The member's service levels for requests for assistance; absent: the defaults (requests/serviceLevels.ts). */
  readonly serviceLevelsFile: string | undefined;
}

/** DATABASE_URL: `postgres://…` (schema from DATABASE_SCHEMA) or `sqlite:path`; default `<DATA_DIR>/<ns>.sqlite`. */
export function databaseFromEnv(env: Env, member: Member, dataDir: string): DatabaseConfig {
  const r = envReader(env);
  const url = r.optional('DATABASE_URL');
  if (!url) return { type: 'sqlite', path: join(dataDir, `${member.ns}.sqlite`) };
  if (/^postgres(ql)?:\/\//.test(url)) {
    const passwordFile = r.optional('DATABASE_PASSWORD_FILE');
    const schema = r.string('DATABASE_SCHEMA', 'public');
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new ConfigError('DATABASE_SCHEMA must be a lowercase PostgreSQL identifier');
    }
    return { type: 'postgres', url: passwordFile ? withPassword(url, passwordFile) : url, schema };
  }
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: resolve(url.slice('sqlite:'.length)) };
  throw new ConfigError('DATABASE_URL must start with postgres://, postgresql:// or sqlite:');
}

/** Puts the password from a secret file (DATABASE_PASSWORD_FILE) into the URL, so no secret sits in env or compose files. */
function withPassword(url: string, file: string): string {
  let password: string;
  try {
    password = readFileSync(file, 'utf8').trim();
  } catch (e) {
    throw new ConfigError(`DATABASE_PASSWORD_FILE: cannot read ${file}: ${(e as Error).message}`);
  }
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function memberFrom(env: Env, argv: readonly string[]): Member {
  const code = argValue(argv, 'country') ?? envReader(env).optional('COUNTRY');
  if (!code)
    throw new ConfigError('COUNTRY (or --country XX) is required: the alpha-2 code of the member this node serves');
  try {
    return memberByCode(code);
  } catch (e) {
    throw new ConfigError(`COUNTRY: ${(e as Error).message}`);
  }
}

export function loadNationalConfig(
  env: Env = process.env,
  argv: readonly string[] = process.argv.slice(2),
): NationalConfig {
  const r = envReader(env);
  // first: a member added to the operator's registry copy is found in it
  const registry = registryFromEnv(r);
  const member = memberFrom(env, argv);
  const dataDir = resolve(r.string('DATA_DIR', 'data'));
  return {
    member,
    registry,
    host: r.string('HOST', '127.0.0.1'),
    port: r.port('PORT', member.port),
    dataDir,
    database: databaseFromEnv(env, member, dataDir),
    keying: keyingClientFromEnv(r, dataDir, nodeIdentity(member.code)),
    keyIds: keyIdsFromEnv(r),
    logLevel: logLevelFrom(r),
    shutdownGraceMs: r.int('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    identity: identityFromEnv(r, dataDir),
    policyFile: r.optional('POLICY_FILE') ? resolve(r.string('POLICY_FILE')) : undefined,
    serviceLevelsFile: r.optional('SERVICE_LEVELS_FILE') ? resolve(r.string('SERVICE_LEVELS_FILE')) : undefined,
  };
}
