/**
 * The gateway's configuration. Subgraph URLs come from the supergraph (local defaults) and can be
 * overridden per subgraph with SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_THA, SUBGRAPH_URL_HUB), as an
 * operator does when members run on their own infrastructure. A comma-separated list names replicas
 * (the hub runs two): the gateway spreads calls over them and fails over (resilience/MemberPolicy).
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { members } from '../schema/registry.js';
import { HUB_SUBGRAPH } from '../schema/renderSubgraphs.js';
import { ConfigError, envReader, type Env, logLevelFrom } from '../shared/env.js';
import { gatewayKeyFile, identityFromEnv, type IdentityConfig } from '../shared/identity/IdentityConfig.js';
import type { ResilienceSettings } from './resilience/MemberPolicy.js';
import { registryFromEnv, type RegistryConfig } from '../shared/registry/RegistryConfig.js';

export interface GatewayConfig {
  readonly host: string;
  readonly port: number;
  /** The operator's listener (metrics, detailed readiness): loopback unless set otherwise. */
  readonly adminHost: string;
  readonly adminPort: number;
  readonly supergraphPath: string;
  readonly pollIntervalMs: number;
  readonly subgraphTimeoutMs: number;
  /** Per-subgraph timeouts (SUBGRAPH_TIMEOUT_MS_<NAME>), e.g. longer for a member on a slow link. */
  readonly subgraphTimeouts: Readonly<Record<string, number>>;
  /** The first URL of each overridden subgraph (its primary). */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Every URL of each overridden subgraph: replicas, e.g. two hubs. */
  readonly subgraphReplicas: Readonly<Record<string, readonly string[]>>;
  /**
   * SUBGRAPH_URL_TEMPLATE: a member's URL from its registry entry (`{ns}`, `{port}`), e.g. compose's
   * `http://node-{ns}:{port}/graphql`, so a member that joins is routed with no variable of its own.
   * SUBGRAPH_URL_<NS> and the entry's `url` win over it.
   */
  readonly subgraphUrlTemplate: string | undefined;
  /** Breakers, retries and their budget; `timeoutMs` is SUBGRAPH_TIMEOUT_MS (per subgraph above). */
  readonly resilience: ResilienceSettings;
  /**
   * A whole GraphQL request's deadline: no subgraph call starts or waits past it. Default 15 s, or 1.5 x
   * the longest SUBGRAPH_TIMEOUT_MS[_<NAME>] when that is longer.
   */
  readonly requestDeadlineMs: number;
  readonly production: boolean;
  readonly logLevel: string;
  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before they are cut. */
  readonly shutdownGraceMs: number;
  readonly maxBodyBytes: number;
  readonly dataDir: string;
  readonly identity: IdentityConfig;
  /** The gateway's private signing key (its proof to the nodes). */
  readonly keyFile: string;
  readonly limits: QueryLimits;
  /** The member registry file, re-read on change (REGISTRY_PATH, REGISTRY_POLL_MS). */
  readonly registry: RegistryConfig;
}

/** GraphQL Armor's limits at the edge; each can be set by its variable. */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** Indicators screened or looked up by one request, summed over its aliases and fields. */
  readonly maxScreenItems: number;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const r = envReader(env);
  // first: a REGISTRY_PATH naming members the committed registry lacks must be in use before their
  // SUBGRAPH_URL_<NS> and timeouts are read below
  const registry = registryFromEnv(r);
  const subgraphUrls: Record<string, string> = {};
  const subgraphReplicas: Record<string, string[]> = {};
  const subgraphTimeouts: Record<string, number> = {};
  for (const name of [...members.map((m) => m.ns), HUB_SUBGRAPH]) {
    const timeoutVariable = `SUBGRAPH_TIMEOUT_MS_${name.toUpperCase()}`;
    if (r.optional(timeoutVariable) !== undefined) {
      subgraphTimeouts[name] = r.int(timeoutVariable, 0, { min: 100, max: 300_000 });
    }
    const variable = `SUBGRAPH_URL_${name.toUpperCase()}`;
    const value = r.optional(variable);
    if (value === undefined) continue;
    const urls = value.split(',').map((u) => u.trim());
    for (const url of urls) {
      if (!/^https?:\/\/[^\s,]+$/.test(url))
        throw new ConfigError(
          `${variable} must be an http(s) URL or a comma-separated list of them, got ${JSON.stringify(url)}`,
        );
    }
    subgraphUrls[name] = urls[0]!;
    subgraphReplicas[name] = urls;
  }
  const subgraphUrlTemplate = r.optional('SUBGRAPH_URL_TEMPLATE');
  if (
    subgraphUrlTemplate !== undefined &&
    !/^https?:\/\/[^\s,]+$/.test(subgraphUrlTemplate.replaceAll('{ns}', 'ns').replaceAll('{port}', '1'))
  ) {
    throw new ConfigError(
      `SUBGRAPH_URL_TEMPLATE must be an http(s) URL using {ns} and {port}, got ${subgraphUrlTemplate}`,
    );
  }
  const subgraphTimeoutMs = r.int('SUBGRAPH_TIMEOUT_MS', 10_000, { min: 100, max: 300_000 });
  const dataDir = resolve(r.string('DATA_DIR', 'data'));
  return {
    registry,
    dataDir,
    identity: identityFromEnv(r, dataDir),
    keyFile: gatewayKeyFile(r, dataDir),
    limits: {
      maxDepth: r.int('MAX_DEPTH', 10, { min: 1, max: 100 }),
      maxCost: r.int('MAX_COST', 5000, { min: 1, max: 1_000_000 }),
      maxAliases: r.int('MAX_ALIASES', 15, { min: 0, max: 1000 }),
      maxDirectives: r.int('MAX_DIRECTIVES', 50, { min: 0, max: 1000 }),
      maxTokens: r.int('MAX_TOKENS', 5000, { min: 100, max: 1_000_000 }),
      maxScreenItems: r.int('MAX_SCREEN_ITEMS', 10_000, { min: 1, max: 1_000_000 }),
    },
    host: r.string('HOST', '127.0.0.1'),
    port: r.port('GATEWAY_PORT', 4000),
    adminHost: r.string('GATEWAY_ADMIN_HOST', '127.0.0.1'),
    adminPort: r.port('GATEWAY_ADMIN_PORT', 4090),
    supergraphPath: resolve(
      r.string('SUPERGRAPH_PATH', fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url))),
    ),
    pollIntervalMs: r.int('SUPERGRAPH_POLL_MS', 2000, { min: 100, max: 600_000 }),
    subgraphTimeoutMs,
    subgraphTimeouts,
    subgraphUrls,
    subgraphReplicas,
    subgraphUrlTemplate,
    resilience: {
      timeoutMs: subgraphTimeoutMs,
      breakerTimeouts: r.int('BREAKER_TIMEOUTS', 1, { min: 1, max: 1000 }),
      breakerFailures: r.int('BREAKER_FAILURES', 5, { min: 1, max: 1000 }),
      halfOpenMs: r.int('BREAKER_HALF_OPEN_MS', 5000, { min: 10, max: 600_000 }),
      coldProbeMs: r.int('BREAKER_COLD_PROBE_MS', 250, { min: 10, max: 600_000 }),
      retryMax: r.int('RETRY_MAX', 1, { min: 0, max: 5 }),
      retryBudget: {
        ratio: r.int('RETRY_BUDGET_PERCENT', 20, { min: 0, max: 100 }) / 100,
        minRetries: r.int('RETRY_BUDGET_MIN', 10, { min: 0, max: 100_000 }),
        windowMs: r.int('RETRY_BUDGET_WINDOW_MS', 10_000, { min: 100, max: 600_000 }),
      },
      retryAfterMaxMs: r.int('RETRY_AFTER_MAX_MS', 2000, { min: 0, max: 60_000 }),
    },
    // by default never shorter than one and a half of the longest call timeout, so raising a timeout alone
    // (the bench does, for cold 10,000-indicator screens) is not undone by the deadline
    requestDeadlineMs: r.int(
      'REQUEST_DEADLINE_MS',
      Math.max(15_000, Math.ceil(Math.max(subgraphTimeoutMs, ...Object.values(subgraphTimeouts)) * 1.5)),
      {
        min: 100,
        max: 600_000,
      },
    ),
    production: r.optional('NODE_ENV') === 'production',
    logLevel: logLevelFrom(r),
    shutdownGraceMs: r.int('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 }),
    maxBodyBytes: r.int('MAX_BODY_BYTES', 4 * 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }),
  };
}
