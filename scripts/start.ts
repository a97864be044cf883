/**
 * `npm start`: the whole federation on this machine. Starts the working group's keying service, seeds every
 * member's SQLite file on first run (keyed blind through it), then starts the 11 national nodes, the hub and
 * the gateway as separate processes talking real HTTP, prints
 * the gateway URL and a copy-paste query, and stops everything on Ctrl-C.
 */
import { join } from 'node:path';
import { members } from '../schema/registry.js';
import { ConfigError, envReader } from '../shared/env.js';
import { ensureClientKeys } from '../shared/keying/clientKeys.js';
import { createServiceKeyer, keyingClientFromEnv } from '../shared/keying/keyingClientConfig.js';
import { DEFAULT_KEYING_PORT, HUB_IDENTITY, nodeIdentity } from '../shared/keying/protocol.js';
import { identityFromEnv } from '../shared/identity/IdentityConfig.js';
import { issueToken } from '../shared/identity/issueToken.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../shared/identity/keyPairs.js';
import { awaitCompleteAnswer, findExample, lookupQuery } from './start/exampleQuery.js';
import { ProcessGroup, type PartSpec } from './start/ProcessGroup.js';
import { loadStartConfig } from './start/startConfig.js';
import { seedIfEmpty } from './start/seedIfEmpty.js';

const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    say(`Usage: npm start [-- --reports N]

Starts the whole federation locally: every ASEAN member's national node on its own SQLite file
(seeded with synthetic data on first run), the hub and the gateway.

Environment: DATA_DIR (./data), GATEWAY_PORT (4000; its admin listener on GATEWAY_PORT + 90), HUB_PORT (4100),
HUB_REPLICAS (2: hubs on 4100, 4099), MEMBER_PORT_OFFSET (0: members on 4101-4111, the keying service on
4080), SEED_REPORTS (10000 per member, first run only), SEED (42), LOG_LEVEL (info).
Logs: <DATA_DIR>/logs/<part>.log. Reset the data: delete DATA_DIR.`);
    return 0;
  }
  const config = loadStartConfig();
  const env = envReader(process.env);
  // the local working-group issuer and the gateway's signing key, generated on first start
  await ensureKeyPair(config.dataDir, 'issuer');
  await ensureKeyPair(config.dataDir, 'gateway');
  // each node's and the hub's key for the keying service, and the service's list of them
  await ensureClientKeys(config.dataDir, [HUB_IDENTITY, ...members.map((m) => nodeIdentity(m.code))]);
  const identity = identityFromEnv(env, config.dataDir);
  say(`ASEAN anti-scam federation: data in ${config.dataDir}`);

  const base = { DATA_DIR: config.dataDir, HOST: config.host, LOG_LEVEL: config.logLevel };
  const url = (port: number, path: string) => `http://${config.host}:${port}${path}`;
  const keyingPort = DEFAULT_KEYING_PORT + config.memberPortOffset;
  const keyingUrl = url(keyingPort, '');
  const keying: PartSpec = {
    name: 'keying',
    script: 'keying/main.ts',
    env: { ...base, KEYING_PORT: String(keyingPort) },
    healthUrl: url(keyingPort, '/health'),
    essential: true,
  };
  const nodes: PartSpec[] = members.map((m) => {
    const port = m.port + config.memberPortOffset;
    return {
      name: `node-${m.ns}`,
      script: 'subgraphs/national/main.ts',
      env: { ...base, COUNTRY: m.code, PORT: String(port) },
      healthUrl: url(port, '/health'),
      essential: false,
    };
  });
  // the hub is stateless: replicas, so that one stopping loses nothing (the gateway fails over between them)
  const hubs: PartSpec[] = config.hubPorts.map((port, i) => ({
    name: `hub-${i + 1}`,
    script: 'subgraphs/hub/main.ts',
    env: { ...base, PORT: String(port), KEYING_URL: keyingUrl },
    healthUrl: url(port, '/health'),
    essential: false,
  }));
  const gatewayEnv: Record<string, string> = {
    ...base,
    GATEWAY_PORT: String(config.gatewayPort),
    GATEWAY_ADMIN_PORT: String(config.gatewayAdminPort),
    SUBGRAPH_URL_HUB: config.hubPorts.map((port) => url(port, '/graphql')).join(','),
  };
  for (const m of members)
    gatewayEnv[`SUBGRAPH_URL_${m.ns.toUpperCase()}`] = url(m.port + config.memberPortOffset, '/graphql');
  const gateway: PartSpec = {
    name: 'gateway',
    script: 'gateway/main.ts',
    env: gatewayEnv,
    healthUrl: url(config.gatewayPort, '/health'),
    essential: true,
    stopFirst: true,
  };

  const logDir = join(config.dataDir, 'logs');
  let exitCode = 0;
  let stopping: Promise<void> | undefined;
  const group = new ProcessGroup(logDir, (name, code, essential) => {
    say(`! ${name} exited (code ${code}); see ${join(logDir, `${name}.log`)}`);
    if (essential) {
      exitCode = 1;
      stopping ??= group.stopAll().then(() => process.exit(exitCode));
    } else {
      say(
        name.startsWith('hub-')
          ? `  the gateway fails over to the other hub replica(s)`
          : `  the federation keeps answering without it; coverage.unavailable names it`,
      );
    }
  });
  const stop = () => {
    say('\nstopping…');
    stopping ??= group.stopAll().then(() => process.exit(exitCode));
  };
  // `on`, not `once`: tsx may relay the terminal's Ctrl-C a second time; stopping is idempotent
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // the keying service first: the seed keys every member's values through it (blind, as the node)
  group.start(keying);
  if ((await group.waitHealthy([keying], 30_000)).length > 0) {
    say(`! the keying service did not start; see ${join(logDir, 'keying.log')}`);
    await group.stopAll();
    return 1;
  }
  const keyerFor = (m: (typeof members)[number]) =>
    createServiceKeyer({ ...keyingClientFromEnv(env, config.dataDir, nodeIdentity(m.code)), url: keyingUrl });
  await seedIfEmpty(members, config.dataDir, keyerFor, { reports: config.seedReports, seed: config.seed }, say);

  for (const part of [...nodes, ...hubs]) group.start(part);
  const slow = await group.waitHealthy([...nodes, ...hubs], 60_000);
  group.start(gateway);
  const gatewayDown = await group.waitHealthy([gateway], 30_000);
  if (gatewayDown.length > 0) {
    say(`! the gateway did not start; see ${join(logDir, 'gateway.log')}`);
    await group.stopAll();
    return 1;
  }
  for (const name of slow) say(`! ${name} is not answering yet; see ${join(logDir, `${name}.log`)}`);

  const gatewayUrl = url(config.gatewayPort, '/graphql');
  const issuerKey = await readSigningKey(privateKeyPath(config.dataDir, 'issuer'), 'issuer key');
  // a Working Group analyst: the default policies give WG analysts SUMMARY on every member's node
  const token = await issueToken(issuerKey, {
    subject: 'wg-analyst@local',
    member: 'WG',
    role: 'analyst',
    ttl: '12h',
    issuer: identity.issuer,
    audience: identity.audience,
  });
  const example = await findExample(gatewayUrl, config.seed, token);
  const variables = example
    ? { kind: example.kind, value: example.value }
    : { kind: 'PHONE', value: '+66 81 234 5678' };
  const missing = await awaitCompleteAnswer(gatewayUrl, token, variables);
  say();
  if (missing.length > 0) say(`! not every member answers yet: ${missing.join(', ')}; see ${logDir}`);
  say(`Gateway:  ${gatewayUrl}   (${members.length} members, ${hubs.length} hub replicas, gateway; logs in ${logDir})`);
  say(`Dashboard: ${url(config.gatewayPort, '/dashboard')}   (paste the token below)`);
  say(`GraphiQL:  ${gatewayUrl}   (open in a browser)`);
  if (example) say(`Example:  ${example.value} was reported in ${example.members} members. Ask the region:`);
  say();
  say(`export TOKEN='${token}'   # a Working Group analyst, valid 12 h; more: npm run token -- --help`);
  say(
    `curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\\n  --data '${JSON.stringify({ query: lookupQuery.replace(/\s+/g, ' '), variables })}'`,
  );
  say();
  say('Ctrl-C stops everything.');
  return new Promise<number>(() => undefined); // run until a signal
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof ConfigError) {
      console.error(`npm start: ${e.message}`);
      process.exit(2);
    }
    console.error('npm start failed:', e);
    process.exit(1);
  });
