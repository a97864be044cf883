/** The keying service: `npm run keying`. Run by the working group; holds the OPRF key (see README.md). */
import { ConfigError } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { loadKeyingConfig } from './config.js';
import { buildKeyingServer } from './server.js';

async function main(): Promise<void> {
  const config = loadKeyingConfig();
  const logger = createLogger('keying', config.logLevel);
  const server = buildKeyingServer(config, logger);
  const port = await server.listen(config.port, config.host);
  logger.info({ port, keyId: config.key.id }, 'keying service ready');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // a member joins: its node's public key is added to KEYING_CLIENTS_JWKS_FILE, then SIGHUP
  process.on('SIGHUP', () => {
    try {
      server.reloadClients();
      logger.info('keying clients reloaded');
    } catch (err) {
      logger.error({ err }, 'keying clients file refused; keeping the clients in use');
    }
  });
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(`keying: ${e.message}`);
    process.exit(2);
  }
  console.error('keying service failed to start:', e);
  process.exit(1);
});
