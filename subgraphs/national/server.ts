import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Server } from 'node:http';
import { parse } from 'graphql';
import { renderNationalSdl } from '../../schema/renderSubgraphs.js';
import type { Member } from '../../schema/registry.js';
import { subgraphServerOptions } from '../../shared/graphql/subgraphServerOptions.js';
import { closeServer, createHttpServer, listen, sendJson } from '../../shared/http/createHttpServer.js';
import type { Logger } from '../../shared/logger.js';
import { NationalStore } from './db/NationalStore.js';
import type { NationalDatabase } from './db/openDatabase.js';
import { buildResolvers } from './graphql/buildResolvers.js';
import { createLoaders, nodeMemos } from './graphql/createLoaders.js';
import { dataVersion } from './db/dataVersion.js';
import type { NationalContext } from './graphql/NationalContext.js';
import { AuditLog } from './audit/AuditLog.js';
import { auditPlugin } from './audit/auditPlugin.js';
import type { SharingPolicy } from './policy/index.js';
import type { IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import { SubgraphGuard } from '../../shared/identity/SubgraphGuard.js';
import { AssistanceRequests } from './requests/AssistanceRequests.js';
import { RequestStore } from './requests/RequestStore.js';
import { FeedbackStore } from './feedback/FeedbackStore.js';
import { IndicatorFeedbacks } from './feedback/IndicatorFeedbacks.js';
import { ChangeStore } from './feed/ChangeStore.js';
import { ChangeFeed } from './feed/ChangeFeed.js';
import { Watchlists } from './feed/Watchlists.js';
import { IndicatorAliases } from './db/IndicatorAliases.js';
import { acceptedKeyIds } from '../../shared/indicators/keyIds.js';
import { defaultServiceLevels, type ServiceLevels } from './requests/serviceLevels.js';

export interface NationalServerOptions {
  member: Member;
  db: NationalDatabase;
  logger: Logger;
  identity: IdentityConfig;
  /** The owner's sharing policy (loadSharingPolicy). */
  policy: SharingPolicy;
  /** Extra Apollo plugins (metrics; tests count `_entities` calls with one). */
  plugins?: ApolloServerPlugin<NationalContext>[];
  /** The owner's service levels for requests for assistance (loadServiceLevels); defaults when absent. */
  serviceLevels?: ServiceLevels;
  /** The time requests are read and moved at; tests inject one to see EXPIRED without sleeping. */
  clock?: () => Date;
  /** The key generations whose indicator ids this node answers (ACCEPTED_KEY_IDS); default `o1`. */
  keyIds?: readonly string[];
}

export interface NationalServer {
  readonly http: Server;
  readonly apollo: ApolloServer<NationalContext>;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Builds a member's national subgraph over its open database, without listening: main.ts listens on the
 * configured port, tests on port 0. The schema is rendered from the one national template.
 */
export async function buildNationalServer(options: NationalServerOptions): Promise<NationalServer> {
  const { member, db, logger, policy } = options;
  const store = new NationalStore(db, member);
  const aliases = new IndicatorAliases(db);
  const guard = new SubgraphGuard(options.identity, member.ns);
  const auditLog = new AuditLog(db);
  const clock = options.clock ?? (() => new Date());
  const requestStore = new RequestStore(db, options.keyIds);
  const requests = new AssistanceRequests({
    member,
    store: requestStore,
    auditLog,
    serviceLevels: options.serviceLevels ?? defaultServiceLevels,
    clock,
  });
  const feedback = new IndicatorFeedbacks({ member, store: new FeedbackStore(db), requestStore, auditLog, clock });
  const changeStore = new ChangeStore(db);
  // one per node, shared by all requests: the correlation's period aggregates until the next write
  const memos = nodeMemos(() => dataVersion(db));
  const changeFeed = new ChangeFeed(member, changeStore);
  const watchlists = new Watchlists(member, changeStore, clock);
  const schema = buildSubgraphSchema({
    typeDefs: parse(renderNationalSdl(member)),
    resolvers: buildResolvers(member),
  });
  const base = subgraphServerOptions(logger);
  const apollo = new ApolloServer<NationalContext>({
    schema,
    ...base,
    plugins: [...base.plugins, auditPlugin(member, logger), ...(options.plugins ?? [])],
  });
  await apollo.start();
  const http = createHttpServer({
    apollo,
    context: async (req, rawBody): Promise<NationalContext> => {
      const caller = await guard.check(req, rawBody);
      const decision = policy.decide({ member: caller.member, role: caller.role, subject: caller.subject });
      return {
        member,
        keyIds: options.keyIds ?? acceptedKeyIds,
        store,
        loaders: createLoaders(store, aliases, memos),
        caller,
        decision,
        level: decision.level,
        limits: policy.limits,
        auditLog,
        requests,
        feedback,
        changeFeed,
        watchlists,
        audit: { digests: new Set(), withheld: new Set(), reports: new Set() },
      };
    },
    // the gateway's assertion, from the headers, before any body byte is read
    checkHeaders: (req) => guard.checkHeaders(req),
    // a 10,000-indicator screen is 10,000 representations (~1 MB); leave room for long ids
    maxBodyBytes: 32 * 1024 * 1024,
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok', member: member.code }),
    },
  });
  http.on('handlerError', (err) => logger.error({ err }, 'request failed'));
  return {
    http,
    apollo,
    listen: (port, host) => listen(http, port, host),
    async close() {
      await closeServer(http);
      await apollo.stop();
    },
  };
}
