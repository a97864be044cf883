/**
 * The bench's keying service: client keys for every node and the hub under the data folder, and (for the
 * seed) the service itself in this process on port 0 with the bench key. The bench's federation runs it as
 * a child process instead (BenchFederation), like every other part.
 */
import { join } from 'node:path';
import { members } from '../schema/registry.js';
import { buildKeyingServer, type KeyingServer } from '../keying/server.js';
import { ensureClientKeys } from '../shared/keying/clientKeys.js';
import { HUB_IDENTITY, nodeIdentity } from '../shared/keying/protocol.js';
import { createLogger } from '../shared/logger.js';
import { benchKey } from './benchKey.js';

export const benchKeyingClients = [HUB_IDENTITY, ...members.map((m) => nodeIdentity(m.code))];

/** Generous budgets: the bench measures speed, the test suite checks the budget. */
export const benchKeyingBudget = { node: 100_000_000, analyst: 100_000_000, other: 100_000_000 };

export async function startBenchKeying(dataDir: string): Promise<{ url: string; server: KeyingServer }> {
  const clientsJwksFile = await ensureClientKeys(dataDir, benchKeyingClients);
  const server = buildKeyingServer(
    {
      key: benchKey,
      clientsJwksFile,
      delegates: [HUB_IDENTITY],
      budget: { ...benchKeyingBudget, overrides: new Map() },
      maxBatch: 10_000,
      auditFile: join(dataDir, 'keying-audit.ndjson'),
      clockToleranceSec: 5,
    },
    createLogger('bench-keying', 'warn'),
  );
  const port = await server.listen(0);
  return { url: `http://127.0.0.1:${port}`, server };
}
