/**
 * A real keying service in the test process, over HTTP on port 0, with its own OPRF key, client key pairs
 * for the identities asked for, a temporary audit file and an injectable clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKeyingServer } from '../../keying/server.js';
import { type BudgetConfig } from '../../keying/config.js';
import { readSigningKey } from '../../shared/identity/keyPairs.js';
import { type IndicatorKey } from '../../shared/indicatorKey.js';
import { ServiceKeyer, type ServiceKeyerOptions } from '../../shared/keying/ServiceKeyer.js';
import { clientKeyPath, ensureClientKeys } from '../../shared/keying/clientKeys.js';
import { KeyingClient } from '../../shared/keying/KeyingClient.js';
import { HUB_IDENTITY } from '../../shared/keying/protocol.js';
import { createLogger } from '../../shared/logger.js';
import { sodiumOprf } from '../../shared/oprf/index.js';

export interface KeyingFixture {
  url: string;
  key: IndicatorKey;
  dir: string;
  auditFile: string;
  /** Milliseconds added to the real clock, for budget windows. */
  advance(ms: number): void;
  client(identity: string): Promise<KeyingClient>;
  keyer(identity: string, options?: ServiceKeyerOptions): Promise<ServiceKeyer>;
  /** Creates key pairs for more clients, rewrites the clients' JWKS and has the running service re-read it. */
  addClients(identities: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function startKeying(
  options: {
    identities?: readonly string[];
    key?: IndicatorKey;
    /** Other generations the service holds (a key rotation: KEYING_OTHER_KEY_FILES). */
    otherKeys?: readonly IndicatorKey[];
    budget?: Partial<BudgetConfig>;
    maxBatch?: number;
    /** Where client keys go (the federation's data dir); a new temporary folder by default. */
    dir?: string;
  } = {},
): Promise<KeyingFixture> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'keying-'));
  let identities = options.identities ?? [HUB_IDENTITY];
  const clientsJwksFile = await ensureClientKeys(dir, identities);
  const key = options.key ?? { id: 'o1', secret: sodiumOprf.generateKey() };
  const auditFile = join(dir, 'keying-audit.ndjson');
  let offset = 0;
  const server = buildKeyingServer(
    {
      key,
      otherKeys: options.otherKeys ?? [],
      clientsJwksFile,
      delegates: [HUB_IDENTITY],
      budget: { node: 2_000_000, analyst: 20_000, other: 20_000, overrides: new Map(), ...options.budget },
      maxBatch: options.maxBatch ?? 10_000,
      auditFile,
      clockToleranceSec: 5,
    },
    createLogger('keying-test', process.env.TEST_LOG_LEVEL ?? 'silent'),
    { now: () => Date.now() + offset },
  );
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}`;
  const client = async (identity: string) =>
    new KeyingClient({ url, key: await readSigningKey(clientKeyPath(dir, identity), identity) });
  return {
    url,
    key,
    dir,
    auditFile,
    advance: (ms) => (offset += ms),
    client,
    keyer: async (identity, keyerOptions) => new ServiceKeyer(await client(identity), key.id, keyerOptions),
    async addClients(more) {
      identities = [...identities, ...more];
      await ensureClientKeys(dir, identities);
      server.reloadClients();
    },
    async close() {
      await server.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
