/** The hub: `npm run hub`. Holds reference data and aggregates; no national data. */
import { ConfigError } from '../../shared/env.js';
import { createLogger } from '../../shared/logger.js';
import { loadHubConfig } from './config.js';
import { buildHubServer } from './server.js';
import { drainServer } from '../../shared/http/drainServer.js';
import { RegistryWatcher } from '../../shared/registry/RegistryWatcher.js';

async function main(): Promise<void> {
  const config = loadHubConfig();
  const logger = createLogger('hub', config.logLevel);
  const server = await buildHubServer(config, logger);
  const port = await server.listen(config.port, config.host);
  logger.info({ port }, 'hub ready');
  // graceful: no new connections, requests in flight finish (up to SHUTDOWN_GRACE_MS); a second signal kills
  const stop = async (signal: string) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping: finishing requests in flight');
    const outcome = await drainServer(server.http, config.shutdownGraceMs);
    await server.close();
    logger.info({ outcome }, 'hub stopped');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // a member joins without a restart: the registry file is polled, and SIGHUP re-reads it at once
  const registry = new RegistryWatcher(config.registry, logger);
  await registry.start();
  process.on('SIGHUP', () => void registry.reload());
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(`hub: ${e.message}`);
    process.exit(2);
  }
  console.error('hub failed to start:', e);
  process.exit(1);
});
