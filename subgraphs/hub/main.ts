/** The hub: `npm run hub`. Holds reference data and aggregates; no national data. */
import { ConfigError } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { loadHubConfig } from './config.js';
import { buildHubServer } from './server.js';

async function main(): Promise<void> {
  const config = loadHubConfig();
  const logger = createLogger('hub', config.logLevel);
  const server = await buildHubServer(config, logger);
  const port = await server.listen(config.port, config.host);
  logger.info({ port }, 'hub ready');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(`hub: ${e.message}`);
    process.exit(2);
  }
  console.error('hub failed to start:', e);
  process.exit(1);
});
