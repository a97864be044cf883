/**
 * Starts the whole federation inside the test process, over real HTTP on port 0: one national node per
 * registry member (each on its own SQLite file), the hub and the gateway reading a supergraph file whose
 * subgraph URLs are overridden to the ports the nodes got. Counts `_entities` calls per member so tests
 * can assert routing, and exposes each node's SQL statement counter. A real keying service (port 0, key
 * `testKey`) serves the hub and the seeding: ids come from it as in production. Its types (Federation,
 * FederationOptions, MemberNode) are in federationTypes.ts, re-exported here.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { members, type Member } from '../../schema/registry.js';
import { HUB_SUBGRAPH } from '../../schema/renderSubgraphs.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { buildGateway } from '../../gateway/buildGateway.js';
import { buildHubServer, type HubServer } from '../../subgraphs/hub/server.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { buildNationalServer } from '../../subgraphs/national/server.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { createLogger } from '../../shared/logger.js';
import { envReader } from '../../shared/env.js';
import { identityFromEnv } from '../../shared/identity/IdentityConfig.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../../shared/identity/keyPairs.js';
import { issueToken } from '../../shared/identity/issueToken.js';
import { loadSharingPolicy } from '../../subgraphs/national/policy/index.js';
import { clientKeyPath } from '../../shared/keying/clientKeys.js';
import { HUB_IDENTITY, nodeIdentity } from '../../shared/keying/protocol.js';
import { postgresTestDatabase } from './databases.js';
import type { Federation, FederationOptions, MemberNode } from './federationTypes.js';
import { startKeying } from './startKeying.js';

export const testKey: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 7) };

export type { Federation, FederationOptions, GraphQLResult, MemberNode } from './federationTypes.js';

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
