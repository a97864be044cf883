/** The gateway: `npm run gateway`. Serves the supergraph at http://HOST:GATEWAY_PORT/graphql. */
import { ConfigError } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { buildGateway } from './buildGateway.js';
import { loadGatewayConfig } from './config.js';
import { drainServer } from '../shared/http/drainServer.js';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = await buildGateway(config, logger);
  const port = await gateway.listen(config.port, config.host);
  const adminPort = await gateway.listenAdmin(config.adminPort, config.adminHost);
  logger.info(
    { url: `http://${config.host}:${port}/graphql`, admin: `http://${config.adminHost}:${adminPort}/metrics` },
    'gateway ready',
  );
  // graceful: no new connections, requests in flight finish (up to SHUTDOWN_GRACE_MS); a second signal kills
  const stop = async (signal: string) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping: finishing requests in flight');
    const outcome = await drainServer(gateway.http, config.shutdownGraceMs);
    await gateway.close();
    logger.info({ outcome }, 'gateway stopped');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // a member joins without a restart: SIGHUP re-reads the registry, then the supergraph, at once
  process.on('SIGHUP', () => void gateway.registry.reload().then(() => gateway.supergraph.recheck()));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(`gateway: ${e.message}`);
    process.exit(2);
  }
  console.error('gateway failed to start:', e);
  process.exit(1);
});
