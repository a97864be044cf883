/** Configuration of `npm start`, the local federation: everything on this machine, on registry ports. */
import { resolve } from 'node:path';
import { HUB_DEFAULT_PORT } from '../../schema/renderSubgraphs.js';
import { ConfigError, envReader, argValue, type Env, logLevelFrom } from '../../shared/env.js';

export interface StartConfig {
  readonly dataDir: string;
  readonly host: string;
  readonly gatewayPort: number;
  /** The gateway's operator listener (metrics, detailed readiness), on loopback. */
  readonly gatewayAdminPort: number;
  /** The hub replicas' ports: HUB_PORT, then one below it for each further replica (HUB_REPLICAS, default 2). */
  readonly hubPorts: readonly number[];
  /** Added to each member's registry port, to run a second federation beside the first. */
  readonly memberPortOffset: number;
  /** Reports seeded per member on first start. */
  readonly seedReports: number;
  readonly seed: number;
  readonly logLevel: string;
}

export function loadStartConfig(env: Env = process.env, argv: readonly string[] = process.argv.slice(2)): StartConfig {
  const r = envReader({ ...env, ...(argValue(argv, 'reports') ? { SEED_REPORTS: argValue(argv, 'reports') } : {}) });
  const hubPort = r.port('HUB_PORT', HUB_DEFAULT_PORT);
  // below HUB_PORT: the ports above it are the members' (registry ports 4101...)
  const hubReplicas = r.int('HUB_REPLICAS', 2, { min: 1, max: Math.min(9, hubPort) });
  const hubPorts = Array.from({ length: hubReplicas }, (_, i) => hubPort - i);
  const gatewayPort = r.port('GATEWAY_PORT', 4000);
  if (hubPorts.includes(gatewayPort)) {
    throw new ConfigError(
      `the hub replicas listen on ${hubPorts.join(', ')} (HUB_PORT and below, HUB_REPLICAS of them): GATEWAY_PORT ${gatewayPort} is one of them`,
    );
  }
  return {
    dataDir: resolve(r.string('DATA_DIR', 'data')),
    host: r.string('HOST', '127.0.0.1'),
    gatewayPort,
    // beside the API port, so a second federation (another GATEWAY_PORT) does not collide on it
    gatewayAdminPort: r.port('GATEWAY_ADMIN_PORT', gatewayPort + 90),
    hubPorts,
    memberPortOffset: r.int('MEMBER_PORT_OFFSET', 0, { min: 0, max: 60_000 }),
    seedReports: r.int('SEED_REPORTS', 10_000, { min: 0, max: 10_000_000 }),
    seed: r.int('SEED', 42, { min: 0, max: 2 ** 31 - 1 }),
    logLevel: logLevelFrom(r),
  };
}
