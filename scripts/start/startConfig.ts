/** Configuration of `npm start`, the local federation: everything on this machine, on registry ports. */
import { resolve } from 'node:path';
import { HUB_DEFAULT_PORT } from '../../schema/renderSubgraphs.js';
import { envReader, argValue, type Env, logLevelFrom } from '../../subgraphs/shared/env.js';

export interface StartConfig {
  readonly dataDir: string;
  readonly host: string;
  readonly gatewayPort: number;
  /** The gateway's operator listener (metrics, detailed readiness), on loopback. */
  readonly gatewayAdminPort: number;
  readonly hubPort: number;
  /** Added to each member's registry port, to run a second federation beside the first. */
  readonly memberPortOffset: number;
  /** Reports seeded per member on first start. */
  readonly seedReports: number;
  readonly seed: number;
  readonly logLevel: string;
}

export function loadStartConfig(env: Env = process.env, argv: readonly string[] = process.argv.slice(2)): StartConfig {
  const r = envReader({ ...env, ...(argValue(argv, 'reports') ? { SEED_REPORTS: argValue(argv, 'reports') } : {}) });
  return {
    dataDir: resolve(r.string('DATA_DIR', 'data')),
    host: r.string('HOST', '127.0.0.1'),
    gatewayPort: r.port('GATEWAY_PORT', 4000),
    // beside the API port, so a second federation (another GATEWAY_PORT) does not collide on it
    gatewayAdminPort: r.port('GATEWAY_ADMIN_PORT', r.port('GATEWAY_PORT', 4000) + 90),
    hubPort: r.port('HUB_PORT', HUB_DEFAULT_PORT),
    memberPortOffset: r.int('MEMBER_PORT_OFFSET', 0, { min: 0, max: 60_000 }),
    seedReports: r.int('SEED_REPORTS', 10_000, { min: 0, max: 10_000_000 }),
    seed: r.int('SEED', 42, { min: 0, max: 2 ** 31 - 1 }),
    logLevel: logLevelFrom(r),
  };
}
