/**
 * A national node: `npm run node -- --country KH` (or COUNTRY=KH). Opens the member's database, brings its
 * schema up to date, and serves the member's subgraph until SIGINT/SIGTERM.
 */
import { ConfigError } from '../../shared/env.js';
import { createLogger } from '../../shared/logger.js';
import { loadNationalConfig } from './config.js';
import { openDatabase } from './db/openDatabase.js';
import { buildNationalServer } from './server.js';
import { loadSharingPolicy, PolicyError } from './policy/index.js';
import { loadServiceLevels, ServiceLevelsError } from './requests/serviceLevels.js';
import { drainServer } from '../../shared/http/drainServer.js';
import { RegistryWatcher } from '../../shared/registry/RegistryWatcher.js';

async function main(): Promise<void> {
  const config = loadNationalConfig();
  const logger = createLogger(`national-${config.member.ns}`, config.logLevel);
  const db = await openDatabase(config.database);
  // a bad policy file stops the node here, naming the file and line: never serve under a policy half-read
  const policy = loadSharingPolicy(config.member, config.policyFile);
  const serviceLevels = loadServiceLevels(config.serviceLevelsFile);
  const server = await buildNationalServer({
    member: config.member,
    db,
    logger,
    identity: config.identity,
    policy,
    serviceLevels,
    keyIds: config.keyIds,
  });
  const port = await server.listen(config.port, config.host);
  logger.info({ member: config.member.code, port, database: config.database.type }, 'national node ready');
  // graceful: no new connections, requests in flight finish (up to SHUTDOWN_GRACE_MS) before the database
  // closes under them; a second signal kills
  const stop = async (signal: string) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping: finishing requests in flight');
    const outcome = await drainServer(server.http, config.shutdownGraceMs);
    await server.close();
    await db.close();
    logger.info({ outcome }, 'national node stopped');
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
  if (e instanceof ConfigError || e instanceof PolicyError || e instanceof ServiceLevelsError) {
    console.error(`national node: ${e.message}`);
    process.exit(2);
  }
  console.error('national node failed to start:', e);
  process.exit(1);
});
