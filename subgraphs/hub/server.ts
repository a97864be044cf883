import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { Server } from 'node:http';
import { HUB_SUBGRAPH } from '../../schema/renderSubgraphs.js';
import { SubgraphGuard } from '../../shared/identity/SubgraphGuard.js';
import { createServiceKeyer } from '../../shared/keying/keyingClientConfig.js';
import { subgraphServerOptions } from '../../shared/graphql/subgraphServerOptions.js';
import { closeServer, createHttpServer, listen, sendJson } from '../../shared/http/createHttpServer.js';
import type { Logger } from '../../shared/logger.js';
import type { HubConfig } from './config.js';
import { acceptedKeyIds } from '../../shared/indicators/keyIds.js';
import { BenignList } from '../../shared/indicators/benignList.js';
import { BenignIndicators } from './graphql/BenignIndicators.js';
import { MaskedKeyer } from './graphql/MaskedKeyer.js';
import { HubSchema } from './HubSchema.js';
import type { HubContext } from './graphql/HubContext.js';

export interface HubServer {
  readonly http: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Builds the hub subgraph without listening (main.ts listens; tests use port 0). */
export async function buildHubServer(
  config: Pick<HubConfig, 'keying' | 'keyingCacheSize' | 'maxScreen' | 'identity'> &
    Partial<Pick<HubConfig, 'benign' | 'keyIds'>>,
  logger: Logger,
  plugins: ApolloServerPlugin<HubContext>[] = [],
): Promise<HubServer> {
  // rebuilt when the member registry changes (a member joining adds its part to the hub's SDL)
  const schema = new HubSchema(logger);
  const base = subgraphServerOptions(logger);
  const apollo = new ApolloServer<HubContext>({
    gateway: schema,
    ...base,
    plugins: [...base.plugins, ...plugins],
  });
  await apollo.start();
  const guard = new SubgraphGuard(config.identity, HUB_SUBGRAPH);
  // direct: the hub has the analysts' values anyway; the service evaluates them, charged to the analyst
  // a refusal of the hub's own credential is the working group's fault, not the analyst's (MaskedKeyer)
  const keyer = new MaskedKeyer(
    await createServiceKeyer(config.keying, { cacheSize: config.keyingCacheSize, direct: true }),
    logger,
  );
  // the benign lists are the hub's own values: keyed blind, under the hub's identity, once
  const benign = new BenignIndicators(config.benign ?? BenignList.load());
  const listKeyer = await createServiceKeyer(config.keying, { cacheSize: 0 });
  const pinBenign = () =>
    benign.pin(listKeyer).catch((err: unknown) => logger.warn({ err }, 'benign lists not keyed yet; retrying'));
  await pinBenign();
  const http = createHttpServer({
    apollo,
    context: async (req, rawBody): Promise<HubContext> => {
      const caller = await guard.check(req, rawBody);
      void pinBenign(); // settled at once once the lists are keyed
      return { keyer, caller, maxScreen: config.maxScreen, benign, keyIds: config.keyIds ?? acceptedKeyIds };
    },
    // the gateway's assertion, from the headers, before any body byte is read
    checkHeaders: (req) => guard.checkHeaders(req),
    // With @requires, a 10,000-indicator screen reaches the hub as 10,000 representations each carrying
    // 11 members' sightings: tens of MB. The hub is internal (callers need the gateway's assertion), and the
    // gateway's own body limit bounds what a client can make it send.
    maxBodyBytes: 256 * 1024 * 1024,
    routes: { '/health': (_req, res) => sendJson(res, 200, { status: 'ok', part: 'hub' }) },
  });
  http.on('handlerError', (err) => logger.error({ err }, 'request failed'));
  return {
    http,
    listen: (port, host) => listen(http, port, host),
    async close() {
      await closeServer(http);
      await apollo.stop();
    },
  };
}
