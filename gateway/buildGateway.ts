import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import { maskErrors } from '../subgraphs/shared/graphql/maskErrors.js';
import { closeServer, createHttpServer, listen, sendJson } from '../subgraphs/shared/http/createHttpServer.js';
import type { Logger } from '../subgraphs/shared/logger.js';
import type { GatewayConfig } from './config.js';
import { FileSupergraphManager } from './FileSupergraphManager.js';
import { probeSubgraphs } from './probeSubgraphs.js';
import { TolerantDataSource } from './TolerantDataSource.js';

export interface GatewayServer {
  readonly http: Server;
  readonly supergraph: FileSupergraphManager;
  /** The subgraphs and the URLs this gateway calls them at. */
  subgraphs(): { name: string; url: string }[];
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Builds the federation gateway without listening: @apollo/gateway over the committed supergraph file,
 * tolerant data sources, masked errors, and no call to any vendor service.
 */
export async function buildGateway(config: GatewayConfig, logger: Logger): Promise<GatewayServer> {
  // @apollo/gateway 2.x starts an opt-out usage exporter to its vendor at construction. A sovereign
  // system must not phone home, so it is switched off here, in code, before the gateway exists.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';

  const supergraph = new FileSupergraphManager(config.supergraphPath, config.pollIntervalMs, logger);
  const sources = new Map<string, TolerantDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph,
    logger,
    buildService: ({ name, url }) => {
      const source = new TolerantDataSource({
        name,
        url: config.subgraphUrls[name] ?? url ?? '',
        timeoutMs: config.subgraphTimeouts[name] ?? config.subgraphTimeoutMs,
        logger,
      });
      sources.set(name, source);
      return source;
    },
  });
  const apollo = new ApolloServer({
    gateway,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM (it closes the database too); many servers in one test process would
    // otherwise each add a listener
    stopOnTerminationSignals: false,
    introspection: !config.production,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();
  const subgraphs = () => [...sources.values()].map((s) => ({ name: s.name, url: s.url ?? '' }));
  const http = createHttpServer({
    apollo,
    context: async () => ({}),
    maxBodyBytes: config.maxBodyBytes,
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (req, res) => {
        const strict = new URL(req.url ?? '/', 'http://local').searchParams.has('strict');
        const probes = await probeSubgraphs(subgraphs(), 1000);
        const down = probes.filter((p) => !p.up).map((p) => p.name);
        const loaded = supergraph.status.servingHash !== null;
        // ready = can serve: supergraph loaded and the hub up. One member down degrades answers (coverage
        // names it) but must not pull every gateway out of the load balancer; ?strict=1 asks for all.
        const ready = loaded && !down.includes('hub') && (!strict || down.length === 0);
        sendJson(res, ready ? 200 : 503, {
          ready,
          degraded: down.length > 0,
          supergraph: supergraph.status,
          subgraphs: Object.fromEntries(probes.map((p) => [p.name, p.up ? 'up' : 'down'])),
        });
      },
    },
  });
  http.on('handlerError', (err) => logger.error({ err }, 'request failed'));
  return {
    http,
    supergraph,
    subgraphs,
    listen: (port, host) => listen(http, port, host),
    async close() {
      await closeServer(http);
      await apollo.stop();
    },
  };
}
