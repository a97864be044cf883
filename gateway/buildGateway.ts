import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import { maskErrors } from '../shared/graphql/maskErrors.js';
import { closeServer, createHttpServer, listen, sendJson } from '../shared/http/createHttpServer.js';
import type { Logger } from '../shared/logger.js';
import type { GatewayConfig } from './config.js';
import { FileSupergraphManager } from './FileSupergraphManager.js';
import { GatewayMetrics } from './GatewayMetrics.js';
import { probeSubgraphs } from './probeSubgraphs.js';
import { mountStaticRoutes } from './staticRoutes.js';
import { TolerantDataSource, type GatewayContext } from './TolerantDataSource.js';
import { assertingFetcher } from './AssertingDataSource.js';
import { adminServer } from './adminServer.js';
import { requestLimits } from './requestLimits.js';
import { CallerVerifier } from '../shared/identity/CallerVerifier.js';
import { GatewayAssertionSigner } from '../shared/identity/GatewayAssertion.js';
import { readSigningKey } from '../shared/identity/keyPairs.js';
import { createHttpFetcher } from './httpFetcher.js';
import { systemClock, type Clock } from './resilience/Clock.js';
import { MemberPolicy } from './resilience/MemberPolicy.js';
import { RequestDeadlines } from './resilience/RequestDeadlines.js';
import { onRegistryChange } from '../schema/registry.js';
import { subgraphRoute, unknownMembers } from './subgraphRoute.js';
import { RegistryWatcher } from '../shared/registry/RegistryWatcher.js';

export interface GatewayServer {
  readonly http: Server;
  /** The operator's listener (metrics, detailed readiness); see adminServer. */
  readonly admin: Server;
  readonly supergraph: FileSupergraphManager;
  /** The member registry this gateway routes by; `reload()` is what SIGHUP does. */
  readonly registry: RegistryWatcher;
  /** The subgraphs and the URLs this gateway calls them at. */
  subgraphs(): { name: string; url: string }[];
  listen(port: number, host?: string): Promise<number>;
  listenAdmin(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Builds the federation gateway without listening: @apollo/gateway over the committed supergraph file,
 * tolerant data sources, masked errors, and no call to any vendor service.
 */
export async function buildGateway(
  config: GatewayConfig,
  logger: Logger,
  // the breakers' and deadlines' clock; tests step it
  { clock = systemClock }: { clock?: Clock } = {},
): Promise<GatewayServer> {
  // @apollo/gateway 2.x starts an opt-out usage exporter to its vendor at construction. A sovereign
  // system must not phone home, so it is switched off here, in code, before the gateway exists.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';

  const callers = new CallerVerifier(config.identity);
  // signs the assertion each subgraph call carries instead of the caller's token (docs/gateway-protocol.md)
  const signer = new GatewayAssertionSigner(await readSigningKey(config.keyFile, 'GATEWAY_KEY_FILE'));
  // query limits and client mistakes at the edge, before planning
  const limits = requestLimits<GatewayContext>(config.limits, config.production);
  const metrics = new GatewayMetrics();
  const supergraph = new FileSupergraphManager(
    config.supergraphPath,
    config.pollIntervalMs,
    logger,
    (result) => metrics.supergraphReloads.inc({ result }),
    unknownMembers,
  );
  // a member joins by registry first (its entry and URL), then supergraph: a supergraph that arrived first
  // waits, and is taken as soon as the registry names the member
  const registry = new RegistryWatcher(config.registry, logger);
  const unsubscribe = onRegistryChange(() => void supergraph.recheck());
  const sources = new Map<string, TolerantDataSource>();
  const policies = new Map<string, MemberPolicy>();
  const deadlines = new RequestDeadlines(config.requestDeadlineMs, clock);
  const send = createHttpFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph,
    logger,
    buildService: ({ name, url }) => {
      const urls = subgraphRoute(name, url, config);
      const breakerState = { closed: 0, open: 1, 'half-open': 2 } as const;
      for (const replica of urls) metrics.breakerState.set({ subgraph: name, url: replica }, 0);
      const policy = new MemberPolicy(
        name,
        urls,
        { ...config.resilience, timeoutMs: config.subgraphTimeouts[name] ?? config.subgraphTimeoutMs },
        {
          // signed per attempt, inside the policy: a retried read carries a fresh single-use assertion
          send: assertingFetcher(name, signer, send),
          deadlines,
          clock,
          onBreakerChange: (replica, state) => {
            metrics.breakerState.set({ subgraph: name, url: replica }, breakerState[state]);
            logger.warn({ subgraph: name, url: replica, state }, 'subgraph circuit breaker');
          },
          onRetry: () => metrics.subgraphRetries.inc({ subgraph: name }),
        },
      );
      policies.set(name, policy);
      const source = new TolerantDataSource({
        name,
        url: urls[0]!,
        policy,
        logger,
        metrics,
      });
      sources.set(name, source);
      return source;
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskErrors(logger),
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes the database too); many servers in one test process would
    // otherwise each add a listener
    stopOnTerminationSignals: false,
    introspection: !config.production,
    plugins: [
      // no cache hints are used; the plugin would otherwise wrap every field resolver
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...limits.plugins,
      deadlines.plugin<GatewayContext>(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
              metrics.requests.inc({ outcome: !errors?.length ? 'ok' : data ? 'partial' : 'error' });
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  await registry.start();
  const subgraphs = () => [...sources.values()].map((s) => ({ name: s.name, url: s.url ?? '' }));
  const http = createHttpServer({
    apollo,
    // every GraphQL request carries a valid, unrevoked working-group token within the lifetime policy;
    // 401 with the reason otherwise
    context: async (req) => ({ caller: await callers.verifyHeader(req.headers.authorization) }),
    maxBodyBytes: config.maxBodyBytes,
    refuseDocument: limits.refuseDocument,
    routes: {
      // public: alive, and ready or not; the details are for the operator, on the admin listener
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const { ready } = await readiness(false);
        sendJson(res, ready ? 200 : 503, { ready });
      },
    },
  });
  const readiness = async (strict: boolean) => {
    const probes = await probeSubgraphs(
      [...policies.values()].map((p) => ({ name: p.name, urls: p.endpoints.map((e) => e.url) })),
      1000,
    );
    const down = probes.filter((p) => !p.up).map((p) => p.name);
    const replicaDown = probes.some((p) => p.replicas.some((r) => !r.up));
    const loaded = supergraph.status.servingHash !== null;
    // ready = can serve: supergraph loaded and a hub replica up. One member (or one hub replica) down
    // degrades answers (coverage names it) but must not pull every gateway out of the load balancer;
    // ?strict=1 asks for every member and replica.
    const ready = loaded && !down.includes('hub') && (!strict || !replicaDown);
    return { ready, probes, degraded: replicaDown };
  };
  const admin = adminServer(
    {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/metrics': async (_req, res) => {
        metrics.supergraphLoaded.set(supergraph.status.servingHash ? 1 : 0);
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      },
      '/ready': async (req, res) => {
        const strict = new URL(req.url ?? '/', 'http://local').searchParams.has('strict');
        const { ready, probes, degraded } = await readiness(strict);
        sendJson(res, ready ? 200 : 503, {
          ready,
          degraded,
          supergraph: supergraph.status,
          registry: registry.status,
          subgraphs: Object.fromEntries(probes.map((p) => [p.name, p.up ? 'up' : 'down'])),
          replicas: Object.fromEntries(
            probes
              .filter((p) => p.replicas.length > 1)
              .map((p) => [p.name, Object.fromEntries(p.replicas.map((r) => [r.url, r.up ? 'up' : 'down']))]),
          ),
        });
      },
    },
    logger,
  );
  mountStaticRoutes(http); // /dashboard, its assets, and GraphiQL for browsers at GET /graphql
  http.on('handlerError', (err) => logger.error({ err }, 'request failed'));
  return {
    http,
    admin,
    supergraph,
    registry,
    subgraphs,
    listen: (port, host) => listen(http, port, host),
    listenAdmin: (port, host) => listen(admin, port, host),
    async close() {
      registry.stop();
      unsubscribe();
      await closeServer(http);
      if (admin.listening) await closeServer(admin);
      await apollo.stop();
    },
  };
}
