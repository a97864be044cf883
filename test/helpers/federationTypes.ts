/**
 * The shapes of test/helpers/startFederation.ts: what it starts (Federation, one MemberNode per member) and
 * the options it takes. Tests import them from startFederation.ts, which re-exports them.
 */
import type { Member } from '../../schema/registry.js';
import type { GatewayServer } from '../../gateway/buildGateway.js';
import type { HubServer } from '../../subgraphs/hub/server.js';
import type { NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import type { NationalServer } from '../../subgraphs/national/server.js';
import type { SharingPolicy } from '../../subgraphs/national/policy/index.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import type { IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import type { SigningKey } from '../../shared/identity/keyPairs.js';
import type { Role } from '../../shared/identity/Caller.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import type { Logger } from '../../shared/logger.js';
import type { BudgetConfig } from '../../keying/config.js';
import type { KeyingFixture } from './startKeying.js';

export interface MemberNode {
  member: Member;
  db: NationalDatabase;
  server: NationalServer;
  port: number;
  /** `_entities` operations this node has served. */
  entityCalls: number;
  /** All operations this node has served. */
  operations: number;
  /** TCP connections the node has accepted (keep-alive means few). */
  connections: number;
}

export interface Federation {
  nodes: Map<string, MemberNode>;
  /** The first hub replica. */
  hub: HubServer;
  /** Every hub replica (one unless `hubReplicas` says more), in the order the gateway's URL lists them. */
  hubs: HubServer[];
  /** The working group's keying service the hub (and the seed) key through. */
  keying: KeyingFixture;
  /** Operations and `_entities` calls the hub has served since the last reset. */
  hubCounter: { entityCalls: number; operations: number };
  gateway: GatewayServer;
  gatewayUrl: string;
  supergraphPath: string;
  dir: string;
  /**
   * Through the gateway, as a Working Group analyst unless `token` says otherwise (policies give WG
   * analysts SUMMARY everywhere).
   */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<GraphQLResult<T>>;
  /** A token from the test issuer. */
  token(claims: {
    member: string;
    role: Role;
    subject?: string;
    ttl?: string | number;
    audience?: string;
  }): Promise<string>;
  identity: IdentityConfig;
  issuerKey: SigningKey;
  /** Stops a member's node (its database stays open), as if its server went down. */
  stopMember(code: string): Promise<void>;
  /** Starts it again on the same port. */
  startMember(code: string): Promise<void>;
  resetCounters(): void;
  close(): Promise<void>;
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface FederationOptions {
  /** Members whose node runs on its own PostgreSQL schema (production's database) instead of SQLite. */
  postgresMembers?: readonly string[];
  /** A logger to capture what the parts log (the leak test reads it); silent by default. */
  logger?: Logger;
  /** Fills a member's database; `keyer` keys blind through the federation's keying service as that node. */
  seed?: (node: { member: Member; db: NationalDatabase; keyer: IndicatorKeyer }) => Promise<void>;
  /** Keying budgets per hour (the service's defaults otherwise). */
  keyingBudget?: Partial<BudgetConfig>;
  /** Extra gateway environment, e.g. SUBGRAPH_TIMEOUT_MS_KHM. */
  gatewayEnv?: Record<string, string>;
  /** The clock every node reads requests for assistance at (tests move it instead of sleeping). */
  clock?: () => Date;
  /** Each member's sharing policy; default: the registry default (loadSharingPolicy without a file). */
  policy?: (member: Member) => SharingPolicy;
  /** Hub replicas to start (default 1); the gateway gets them all, comma-separated. */
  hubReplicas?: number;
  /** The gateway's clock (breakers' half-open wait, retry budget, request deadline); tests step it. */
  gatewayClock?: () => number;
  /** A key rotation: the keying service's current key (default `testKey`) and the other generations it holds. */
  keys?: { current: IndicatorKey; others?: readonly IndicatorKey[] };
  /** The key generations every node and the hub accept (ACCEPTED_KEY_IDS; default o1). */
  keyIds?: readonly string[];
  /** The hub's keying client key (default the one the keying service knows): a misconfigured hub. */
  hubKeyFile?: string;
}
