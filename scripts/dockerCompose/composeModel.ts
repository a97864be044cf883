/**
 * The production topology as data, from the member registry: per member a PostgreSQL and a national node on
 * a network of their own, then the hub and the gateway. renderComposeFile writes it as docker-compose.yml;
 * the test checks this same model (and the file parsed back) against the registry.
 *
 * Networks carry the isolation: a member's database is reachable only from its own node (`member-<ns>`,
 * internal); nodes, hub and gateway meet on `federation` (internal: no way out to the internet, so nothing
 * can phone home); only the gateway is also on `edge`, where its port is published and from where it can
 * reach an identity provider. The working group's keying service is on `federation` too: only it holds the
 * OPRF key (secret `keying-oprf-key`); each node and the hub mount only their own client key for it.
 */
import { type Member } from '../../schema/registry.js';
import { HUB_DEFAULT_PORT, HUB_SUBGRAPH } from '../../schema/renderSubgraphs.js';
import { DEFAULT_KEYING_PORT } from '../../shared/keying/protocol.js';
import { type YamlValue } from './emitYaml.js';

/** The one image (see Dockerfile); ANTISCAM_IMAGE selects a released tag instead of the local build. */
export const APP_IMAGE = '${ANTISCAM_IMAGE:-asean-antiscam-federation:latest}';
export const POSTGRES_IMAGE = 'postgres:16';
export const DB_USER = 'antiscam';
export const DB_NAME = 'antiscam';
export const GATEWAY_PORT = 4000;
/** The hub is stateless and runs replicated (`hub-1`, `hub-2`): the gateway fails over between them. */
export const HUB_REPLICAS = 2;
export const hubService = (replica: number): string => `${HUB_SUBGRAPH}-${replica}`;
const hubServices = Array.from({ length: HUB_REPLICAS }, (_, i) => hubService(i + 1));
export const GATEWAY_SERVICE = 'gateway';
export const KEYING_SERVICE = 'keying';
/** The OPRF key: mounted in the keying service only (blind keying, issue 10). */
export const KEYING_KEY_SECRET = 'keying-oprf-key';
/** The public keys of the keying service's clients (every node and the hub), one JWKS. */
export const KEYING_CLIENTS_SECRET = 'keying-clients-jwks';
export const KEYING_AUDIT_VOLUME = 'keying-audit';
/** The working group issuer's public keys (JWKS) and the gateway's key pair: identity (issue 4). */
export const ISSUER_JWKS_SECRET = 'issuer-jwks';
export const GATEWAY_JWKS_SECRET = 'gateway-jwks';
export const GATEWAY_KEY_SECRET = 'gateway-key';
export const FEDERATION_NETWORK = 'federation';
export const EDGE_NETWORK = 'edge';

/** Where the image keeps the app (its WORKDIR) and where compose mounts secrets. */
const APP_DIR = '/app';
const SECRETS_DIR = '/run/secrets';
/**
 * The checkout's schema folder, mounted read-only into the gateway, the hubs and the nodes: the member
 * registry and the supergraph they re-read when they change, so a member joins without any container
 * being recreated (docs/operators.md, "Adding a member"). A folder, not the files: a file mount keeps the
 * old file after the atomic rename `npm run compose` writes with.
 */
export const FEDERATION_DIR = `${APP_DIR}/federation`;
export const FEDERATION_MOUNT = `./schema:${FEDERATION_DIR}:ro`;
const registryEnvironment = { REGISTRY_PATH: `${FEDERATION_DIR}/members.json` };

export const nodeService = (m: Pick<Member, 'ns'>): string => `node-${m.ns}`;
export const dbService = (m: Member): string => `db-${m.ns}`;
export const dbVolume = (m: Member): string => `pgdata-${m.ns}`;
export const memberNetwork = (m: Member): string => `member-${m.ns}`;
export const dbPasswordSecret = (m: Member): string => `pg-password-${m.ns}`;
/** A client's private key for the keying service (its JWK's kid is its identity, `node:XX` or `hub`). */
export const keyingClientSecret = (client: Member | 'hub'): string =>
  `keying-client-${client === 'hub' ? 'hub' : client.ns}`;
/** The gateway's routing override for a subgraph (gateway/config.ts). */
export const subgraphUrlVariable = (subgraph: string): string => `SUBGRAPH_URL_${subgraph.toUpperCase()}`;

type Mapping = { [key: string]: YamlValue };

export function composeModel(members: readonly Member[]): Mapping {
  const services: Mapping = {};
  for (const m of members) {
    services[dbService(m)] = database(m);
    services[nodeService(m)] = nationalNode(m);
  }
  services[KEYING_SERVICE] = keying();
  for (const name of hubServices) services[name] = hub();
  services[GATEWAY_SERVICE] = gateway();

  const networks: Mapping = { [EDGE_NETWORK]: {}, [FEDERATION_NETWORK]: { internal: true } };
  const volumes: Mapping = { [KEYING_AUDIT_VOLUME]: {} };
  const secrets: Mapping = {
    [KEYING_KEY_SECRET]: { file: `./secrets/${KEYING_KEY_SECRET}.json` },
    [KEYING_CLIENTS_SECRET]: { file: `./secrets/${KEYING_CLIENTS_SECRET}.json` },
    [keyingClientSecret('hub')]: { file: `./secrets/${keyingClientSecret('hub')}.jwk` },
    [ISSUER_JWKS_SECRET]: { file: `./secrets/${ISSUER_JWKS_SECRET}.json` },
    [GATEWAY_JWKS_SECRET]: { file: `./secrets/${GATEWAY_JWKS_SECRET}.json` },
    [GATEWAY_KEY_SECRET]: { file: `./secrets/${GATEWAY_KEY_SECRET}.jwk` },
  };
  for (const m of members) {
    networks[memberNetwork(m)] = { internal: true };
    volumes[dbVolume(m)] = {};
    secrets[dbPasswordSecret(m)] = { file: `./secrets/${dbPasswordSecret(m)}` };
    secrets[keyingClientSecret(m)] = { file: `./secrets/${keyingClientSecret(m)}.jwk` };
  }
  // 3.8 with `condition: service_healthy`: docker-compose >= 1.27 and Compose v2 read both (compose spec)
  return { version: '3.8', services, networks, volumes, secrets };
}

/** Zero trust: every node and the hub check the caller's token and the gateway's proof themselves. */
function verifierEnvironment(): Mapping {
  return {
    ISSUER_JWKS_FILE: `${SECRETS_DIR}/${ISSUER_JWKS_SECRET}`,
    GATEWAY_JWKS_FILE: `${SECRETS_DIR}/${GATEWAY_JWKS_SECRET}`,
  };
}

function database(m: Member): Mapping {
  return {
    image: POSTGRES_IMAGE,
    restart: 'unless-stopped',
    environment: {
      POSTGRES_USER: DB_USER,
      POSTGRES_DB: DB_NAME,
      POSTGRES_PASSWORD_FILE: `${SECRETS_DIR}/${dbPasswordSecret(m)}`,
    },
    secrets: [dbPasswordSecret(m)],
    volumes: [`${dbVolume(m)}:/var/lib/postgresql/data`],
    networks: [memberNetwork(m)],
    healthcheck: {
      // over TCP: during first-start initialisation the image runs a socket-only server, which must not count
      test: ['CMD', 'pg_isready', '-h', '127.0.0.1', '-U', DB_USER, '-d', DB_NAME],
      interval: '10s',
      timeout: '5s',
      retries: 5,
      start_period: '30s',
    },
  };
}

function nationalNode(m: Member): Mapping {
  return app('subgraphs/national/main.ts', m.port, {
    environment: {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: String(m.port),
      COUNTRY: m.code,
      DATABASE_URL: `postgres://${DB_USER}@${dbService(m)}:5432/${DB_NAME}`,
      DATABASE_SCHEMA: 'public',
      DATABASE_PASSWORD_FILE: `${SECRETS_DIR}/${dbPasswordSecret(m)}`,
      // no indicator key: the seed and import CLIs (run in this container) key blind through the service
      ...keyingClientEnvironment(m),
      ...verifierEnvironment(),
      ...registryEnvironment,
      LOG_LEVEL: 'info',
    },
    volumes: [FEDERATION_MOUNT],
    secrets: [dbPasswordSecret(m), keyingClientSecret(m), ISSUER_JWKS_SECRET, GATEWAY_JWKS_SECRET],
    networks: [memberNetwork(m), FEDERATION_NETWORK],
    depends_on: { [dbService(m)]: { condition: 'service_healthy' } },
  });
}

function hub(): Mapping {
  return app('subgraphs/hub/main.ts', HUB_DEFAULT_PORT, {
    environment: {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: String(HUB_DEFAULT_PORT),
      ...keyingClientEnvironment('hub'),
      ...verifierEnvironment(),
      ...registryEnvironment,
      LOG_LEVEL: 'info',
    },
    volumes: [FEDERATION_MOUNT],
    secrets: [keyingClientSecret('hub'), ISSUER_JWKS_SECRET, GATEWAY_JWKS_SECRET],
    networks: [FEDERATION_NETWORK],
    depends_on: { [KEYING_SERVICE]: { condition: 'service_healthy' } },
  });
}

function keyingClientEnvironment(client: Member | 'hub'): Mapping {
  return {
    KEYING_URL: `http://${KEYING_SERVICE}:${DEFAULT_KEYING_PORT}`,
    KEYING_CLIENT_KEY_FILE: `${SECRETS_DIR}/${keyingClientSecret(client)}`,
  };
}

/** The working group's keying service: the OPRF key, the clients' public keys, an audit on its own volume. */
function keying(): Mapping {
  return app('keying/main.ts', DEFAULT_KEYING_PORT, {
    environment: {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      KEYING_PORT: String(DEFAULT_KEYING_PORT),
      KEYING_KEY_FILE: `${SECRETS_DIR}/${KEYING_KEY_SECRET}`,
      KEYING_CLIENTS_JWKS_FILE: `${SECRETS_DIR}/${KEYING_CLIENTS_SECRET}`,
      KEYING_AUDIT_FILE: '/var/lib/keying/audit.ndjson',
      LOG_LEVEL: 'info',
    },
    secrets: [KEYING_KEY_SECRET, KEYING_CLIENTS_SECRET],
    volumes: [`${KEYING_AUDIT_VOLUME}:/var/lib/keying`],
    networks: [FEDERATION_NETWORK],
  });
}

function gateway(): Mapping {
  const environment: Mapping = {
    NODE_ENV: 'production',
    HOST: '0.0.0.0',
    GATEWAY_PORT: String(GATEWAY_PORT),
    SUPERGRAPH_PATH: `${FEDERATION_DIR}/supergraph.graphql`,
    ...registryEnvironment,
    ISSUER_JWKS_FILE: `${SECRETS_DIR}/${ISSUER_JWKS_SECRET}`,
    GATEWAY_KEY_FILE: `${SECRETS_DIR}/${GATEWAY_KEY_SECRET}`,
    LOG_LEVEL: 'info',
  };
  // members by the template, not one variable each: a member that joins is routed without the gateway's
  // environment changing (which would make compose recreate it); gateway/config.ts
  environment.SUBGRAPH_URL_TEMPLATE = `http://${nodeService({ ns: '{ns}' })}:{port}/graphql`;
  // a comma-separated list: the gateway's replicas of one subgraph (gateway/config.ts)
  environment[subgraphUrlVariable(HUB_SUBGRAPH)] = hubServices
    .map((name) => `http://${name}:${HUB_DEFAULT_PORT}/graphql`)
    .join(',');
  return app('gateway/main.ts', GATEWAY_PORT, {
    environment,
    volumes: [FEDERATION_MOUNT],
    secrets: [ISSUER_JWKS_SECRET, GATEWAY_KEY_SECRET],
    ports: [`${GATEWAY_PORT}:${GATEWAY_PORT}`],
    networks: [EDGE_NETWORK, FEDERATION_NETWORK],
    // only the hubs, and only at first start: a member that is down degrades answers (coverage names it), it
    // must not hold the gateway; later either hub replica may stop, the gateway fails over to the other
    depends_on: Object.fromEntries(hubServices.map((name) => [name, { condition: 'service_healthy' }])),
  });
}

/**
 * What every part shares: the one image with its entry file as command (the image's entrypoint is
 * `node --import tsx`), a locked-down container and a /health check; `own` is the part's wiring.
 */
function app(entry: string, port: number, own: Mapping): Mapping {
  return {
    image: APP_IMAGE,
    // every service builds: compose would otherwise try to pull a local-only image; layers are shared
    build: '.',
    command: [entry],
    restart: 'unless-stopped',
    ...own,
    // `docker compose stop` sends SIGTERM: the part drains its requests in flight (SHUTDOWN_GRACE_MS,
    // 10 s by default) and exits; compose kills it only after this
    stop_grace_period: '15s',
    read_only: true,
    // tsx keeps its transform cache in the temp folder
    tmpfs: ['/tmp'],
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
    healthcheck: {
      test: [
        'CMD',
        'node',
        '-e',
        `fetch('http://127.0.0.1:${port}/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
      ],
      interval: '10s',
      timeout: '5s',
      retries: 5,
      start_period: '30s',
    },
  };
}
