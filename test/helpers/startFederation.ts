/**
 * Starts the whole federation inside the test process, over real HTTP on port 0: one national node per
 * registry member (each on its own SQLite file), the hub and the gateway reading a supergraph file whose
 * subgraph URLs are overridden to the ports the nodes got. Counts `_entities` calls per member so tests
 * can assert routing, and exposes each node's SQL statement counter. A real keying service (port 0, key
 * `testKey`) serves the hub and the seeding: ids come from it as in production.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { members, type Member } from '../../schema/registry.js';
import { HUB_SUBGRAPH } from '../../schema/renderSubgraphs.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { buildGateway, type GatewayServer } from '../../gateway/buildGateway.js';
import { buildHubServer, type HubServer } from '../../subgraphs/hub/server.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { buildNationalServer, type NationalServer } from '../../subgraphs/national/server.js';
import type { IndicatorKey } from '../../subgraphs/shared/indicatorKey.js';
import { createLogger, type Logger } from '../../subgraphs/shared/logger.js';
import { envReader } from '../../subgraphs/shared/env.js';
import { identityFromEnv, type IdentityConfig } from '../../subgraphs/shared/identity/IdentityConfig.js';
import {
  ensureKeyPair,
  privateKeyPath,
  readSigningKey,
  type SigningKey,
} from '../../subgraphs/shared/identity/keyPairs.js';
import { issueToken } from '../../subgraphs/shared/identity/issueToken.js';
import type { Role } from '../../subgraphs/shared/identity/Caller.js';
import { loadSharingPolicy, type SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { type IndicatorKeyer } from '../../subgraphs/shared/keying/IndicatorKeyer.js';
import { clientKeyPath } from '../../subgraphs/shared/keying/clientKeys.js';
import { HUB_IDENTITY, nodeIdentity } from '../../subgraphs/shared/keying/protocol.js';
import { postgresTestDatabase } from './databases.js';
import { startKeying, type KeyingFixture } from './startKeying.js';
import type { BudgetConfig } from '../../keying/config.js';

export const testKey: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 7) };

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

/** Counts a part's operations and `_entities` calls; typed by the part's context (a node's or the hub's). */
function countingPlugin<TContext extends BaseContext>(node: {
  entityCalls: number;
  operations: number;
}): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          node.operations += 1;
          const fields = (operation?.selectionSet.selections ?? []).map((s) =>
            s.kind === 'Field' ? s.name.value : '',
          );
          if (fields.includes('_entities')) node.entityCalls += 1;
        },
      };
    },
  };
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

export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const dir = mkdtempSync(join(tmpdir(), 'federation-'));
  const policyOf = options.policy ?? ((member: Member) => loadSharingPolicy(member));
  const logger = options.logger ?? createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  await ensureKeyPair(dir, 'issuer');
  await ensureKeyPair(dir, 'gateway');
  const identity = identityFromEnv(envReader({}), dir);
  const issuerKey = await readSigningKey(privateKeyPath(dir, 'issuer'), 'issuer key');
  const token: Federation['token'] = (claims) =>
    issueToken(issuerKey, {
      subject: claims.subject ?? `${claims.member.toLowerCase()}-${claims.role}@test`,
      member: claims.member,
      role: claims.role,
      ttl: claims.ttl ?? '1h',
      issuer: identity.issuer,
      audience: claims.audience ?? identity.audience,
    });
  const defaultToken = await token({ member: 'WG', role: 'analyst' });
  const keying = await startKeying({
    dir,
    key: options.keys?.current ?? testKey,
    otherKeys: options.keys?.others ?? [],
    identities: [HUB_IDENTITY, ...members.map((m) => nodeIdentity(m.code))],
    ...(options.keyingBudget ? { budget: options.keyingBudget } : {}),
  });
  const nodes = new Map<string, MemberNode>();
  const cleanups: (() => Promise<void>)[] = [];
  const openDbs: NationalDatabase[] = [];
  // a failing seed (or node) must not leave the others listening: the test process would never exit
  const started = Promise.allSettled(
    members.map(async (member) => {
      const pg = options.postgresMembers?.includes(member.code) ? postgresTestDatabase() : undefined;
      if (pg) cleanups.push(pg.cleanup);
      const db = await openDatabase(pg?.config ?? { type: 'sqlite', path: join(dir, `${member.ns}.sqlite`) });
      openDbs.push(db);
      if (options.seed) await options.seed({ member, db, keyer: await keying.keyer(nodeIdentity(member.code)) });
      const node = { member, db, entityCalls: 0, operations: 0, connections: 0 } as MemberNode;
      node.server = await buildNationalServer({
        member,
        db,
        logger,
        identity,
        policy: policyOf(member),
        plugins: [countingPlugin(node)],
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.keyIds ? { keyIds: options.keyIds } : {}),
      });
      node.server.http.on('connection', () => (node.connections += 1));
      nodes.set(member.code, node);
      node.port = await node.server.listen(0);
    }),
  );
  const failed = (await started).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    for (const n of nodes.values()) await n.server.close().catch(() => undefined);
    for (const db of openDbs) await db.close().catch(() => undefined);
    await keying.close();
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw failed.reason;
  }
  const hubCounter = { entityCalls: 0, operations: 0 };
  const hubs: HubServer[] = [];
  const hubPorts: number[] = [];
  for (let i = 0; i < (options.hubReplicas ?? 1); i++) {
    const hub = await buildHubServer(
      {
        keying: {
          url: keying.url,
          keyFile: options.hubKeyFile ?? clientKeyPath(dir, HUB_IDENTITY),
          identity: HUB_IDENTITY,
        },
        keyingCacheSize: 200_000,
        maxScreen: 10_000,
        identity,
        ...(options.keyIds ? { keyIds: options.keyIds } : {}),
      },
      logger,
      [countingPlugin(hubCounter)],
    );
    hubs.push(hub);
    hubPorts.push(await hub.listen(0));
  }

  const supergraphPath = join(dir, 'supergraph.graphql');
  copyFileSync(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)), supergraphPath);
  const env: Record<string, string> = {
    DATA_DIR: dir,
    SUPERGRAPH_PATH: supergraphPath,
    SUPERGRAPH_POLL_MS: '100',
    SUBGRAPH_TIMEOUT_MS: '5000',
    [`SUBGRAPH_URL_${HUB_SUBGRAPH.toUpperCase()}`]: hubPorts.map((p) => `http://127.0.0.1:${p}/graphql`).join(','),
    ...options.gatewayEnv,
  };
  for (const node of nodes.values()) {
    // a URL in gatewayEnv wins (the chaos bench routes members through its fault proxies)
    env[`SUBGRAPH_URL_${node.member.ns.toUpperCase()}`] ??= `http://127.0.0.1:${node.port}/graphql`;
  }
  const gateway = await buildGateway(
    loadGatewayConfig(env),
    logger,
    options.gatewayClock ? { clock: options.gatewayClock } : {},
  );
  const gatewayPort = await gateway.listen(0);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;

  const rebuild = async (node: MemberNode) => {
    node.server = await buildNationalServer({
      member: node.member,
      db: node.db,
      logger,
      identity,
      policy: policyOf(node.member),
      plugins: [countingPlugin(node)],
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.keyIds ? { keyIds: options.keyIds } : {}),
    });
    await node.server.listen(node.port);
  };

  return {
    nodes,
    hub: hubs[0]!,
    hubs,
    keying,
    hubCounter,
    gateway,
    gatewayUrl,
    supergraphPath,
    dir,
    token,
    identity,
    issuerKey,
    async query(query, variables, options = {}) {
      const bearer = options.token === undefined ? defaultToken : options.token;
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stopMember(code) {
      await nodes.get(code)!.server.close();
    },
    async startMember(code) {
      await rebuild(nodes.get(code)!);
    },
    resetCounters() {
      hubCounter.entityCalls = 0;
      hubCounter.operations = 0;
      for (const node of nodes.values()) {
        node.entityCalls = 0;
        node.operations = 0;
        node.connections = 0;
        node.db.queries.reset();
      }
    },
    async close() {
      await gateway.close();
      for (const hub of hubs) await hub.close().catch(() => undefined);
      await keying.close();
      await Promise.all(
        [...nodes.values()].map(async (n) => {
          await n.server.close().catch(() => undefined);
          await n.db.close();
        }),
      );
      for (const cleanup of cleanups) await cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
