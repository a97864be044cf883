/**
 * docker-compose.yml is generated from the member registry (scripts/renderDockerCompose.ts). These tests
 * hold it to that: the committed file is the current render, docker-compose itself accepts it, PyYAML (what
 * docker-compose reads it with: YAML 1.1) reads back exactly the model, the topology wires every member to
 * its own database and the gateway to every member, no country is named outside the registry-rendered
 * strings, and the Dockerfile runs the files the services name.
 *
 * docker-compose must be installed (`apt-get install -y docker-compose`): a missing binary FAILS, always
 * under CI=true; only a developer who sets SKIP_DOCKER_COMPOSE=1 outside CI gets a reported skip instead
 * (the policy test/helpers/databases.ts applies to PostgreSQL).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { members, type Member } from '../../schema/registry.js';
import { composeModel } from '../../scripts/dockerCompose/composeModel.js';
import { emitYaml, type YamlValue } from '../../scripts/dockerCompose/emitYaml.js';
import { renderComposeFile } from '../../scripts/dockerCompose/renderComposeFile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const composePath = join(root, 'docker-compose.yml');
const committed = readFileSync(composePath, 'utf8');

type Obj = Record<string, unknown>;
const obj = (v: unknown, what: string): Obj => {
  assert.ok(v !== null && typeof v === 'object' && !Array.isArray(v), `${what} must be a mapping`);
  return v as Obj;
};
const list = (v: unknown, what: string): unknown[] => {
  assert.ok(Array.isArray(v), `${what} must be a sequence`);
  return v;
};

/**
 * Asserts the topology against the registry; `doc` is the model or the file as PyYAML parsed it. Written
 * from what the processes need (their config modules), not from the renderer's helpers, so a renderer slip
 * can't agree with itself.
 */
function assertTopology(doc: unknown, registry: readonly Member[]): void {
  const top = obj(doc, 'the document');
  assert.deepEqual(Object.keys(top).sort(), ['networks', 'secrets', 'services', 'version', 'volumes']);
  const services = obj(top.services, 'services');
  const service = (name: string) => obj(services[name], `service ${name}`);
  const env = (name: string) => obj(service(name).environment, `${name}.environment`);
  const declaredSecrets = obj(top.secrets, 'secrets');
  const secretPath = (name: string, secret: string) => {
    assert.ok(list(service(name).secrets, `${name}.secrets`).includes(secret), `${name} mounts secret ${secret}`);
    const file = obj(declaredSecrets[secret], `secret ${secret}`).file;
    assert.match(String(file), /^\.\/secrets\/[a-z0-9.-]+$/, `secret ${secret} is a file under ./secrets/`);
    return `/run/secrets/${secret}`;
  };
  const networksOf = (name: string) => list(service(name).networks, `${name}.networks`).map(String);

  assert.deepEqual(
    Object.keys(services).sort(),
    [...registry.flatMap((m) => [`db-${m.ns}`, `node-${m.ns}`]), 'gateway', 'hub-1', 'hub-2', 'keying'].sort(),
    'one database and one node per member, the keying service, two hub replicas and the gateway, nothing else',
  );
  const byCountry = (code: string) => Object.keys(services).filter((s) => env(s).COUNTRY === code);
  const gatewayEnv = env('gateway');
  for (const m of registry) {
    const node = `node-${m.ns}`;
    assert.deepEqual(byCountry(m.code), [node], `exactly one node serves ${m.code}`);
    assert.deepEqual(service(node).command, ['subgraphs/national/main.ts']);
    const e = env(node);
    assert.equal(e.HOST, '0.0.0.0');
    assert.equal(e.PORT, String(m.port));
    assert.equal(e.NODE_ENV, 'production');
    const url = new URL(String(e.DATABASE_URL));
    assert.equal(url.protocol, 'postgres:');
    assert.equal(url.hostname, `db-${m.ns}`, `${node} uses its own database`);
    assert.equal(url.port, '5432');
    assert.equal(url.password, '', 'no password in DATABASE_URL: it comes from DATABASE_PASSWORD_FILE');
    const db = `db-${m.ns}`;
    assert.match(String(service(db).image), /^postgres:\d+/);
    const dbEnv = env(db);
    assert.equal(url.username, dbEnv.POSTGRES_USER);
    assert.equal(url.pathname, `/${String(dbEnv.POSTGRES_DB)}`);
    assert.equal(dbEnv.POSTGRES_PASSWORD, undefined, 'the password is a secret file, not an environment value');
    const password = secretPath(db, `pg-password-${m.ns}`);
    assert.equal(dbEnv.POSTGRES_PASSWORD_FILE, password);
    assert.equal(e.DATABASE_PASSWORD_FILE, secretPath(node, `pg-password-${m.ns}`));
    // blind keying: no node gets the OPRF key; it keys through the service with its own client key
    assert.equal(e.KEYING_URL, `http://keying:${String(env('keying').KEYING_PORT)}`);
    assert.equal(e.KEYING_CLIENT_KEY_FILE, secretPath(node, `keying-client-${m.ns}`));
    assert.deepEqual(service(node).depends_on, { [db]: { condition: 'service_healthy' } });
    assert.ok(list(obj(service(db).healthcheck, 'healthcheck').test, 'test').includes('pg_isready'));
    const volume = String(list(service(db).volumes, `${db}.volumes`)[0]).split(':')[0]!;
    assert.ok(volume in obj(top.volumes, 'volumes'), `${db} keeps its data in the named volume ${volume}`);
    // isolation: the database shares its network(s) with its own node and nobody else
    for (const net of networksOf(db)) {
      const on = Object.keys(services).filter((s) => networksOf(s).includes(net));
      assert.deepEqual(on.sort(), [db, node].sort(), `only ${node} reaches ${db} (network ${net})`);
    }
    // routed by the template, so a member that joins needs no gateway variable (no gateway recreated)
    assert.equal(
      String(gatewayEnv.SUBGRAPH_URL_TEMPLATE).replace('{ns}', m.ns).replace('{port}', String(m.port)),
      `http://${node}:${m.port}/graphql`,
    );
  }
  // named volumes (data) are never shared; the read-only schema folder (registry, supergraph) is
  const volumes = Object.keys(services)
    .flatMap((s) => list(service(s).volumes ?? [], `${s}.volumes`))
    .filter((v) => !String(v).startsWith('./'));
  assert.equal(new Set(volumes).size, volumes.length, 'no two services share a volume');
  // a member joins without any container recreated: every part re-reads the mounted registry; the gateway
  // the mounted supergraph too
  for (const s of ['gateway', 'hub-1', 'hub-2', ...registry.map((m) => `node-${m.ns}`)]) {
    assert.deepEqual(service(s).volumes, ['./schema:/app/federation:ro'], s);
    assert.equal(env(s).REGISTRY_PATH, '/app/federation/members.json', s);
  }
  assert.equal(gatewayEnv.SUPERGRAPH_PATH, '/app/federation/supergraph.graphql');

  const hubs = ['hub-1', 'hub-2'];
  for (const hub of hubs) {
    assert.deepEqual(service(hub).command, ['subgraphs/hub/main.ts']);
    assert.equal(env(hub).KEYING_CLIENT_KEY_FILE, secretPath(hub, 'keying-client-hub'));
  }
  assert.deepEqual(service('keying').command, ['keying/main.ts']);
  assert.equal(env('keying').KEYING_KEY_FILE, secretPath('keying', 'keying-oprf-key'));
  const holders = Object.keys(services).filter((s) =>
    list(service(s).secrets ?? [], `${s}.secrets`).includes('keying-oprf-key'),
  );
  assert.deepEqual(holders, ['keying'], 'only the keying service mounts the OPRF key');
  for (const s of Object.keys(services)) {
    assert.ok(!Object.keys(env(s)).some((k) => k.startsWith('INDICATOR_KEY')), `${s} has no INDICATOR_KEY*`);
  }
  assert.deepEqual(service('gateway').command, ['gateway/main.ts']);
  // no single hub: the gateway knows both replicas and fails over between them
  assert.equal(
    gatewayEnv.SUBGRAPH_URL_HUB,
    hubs.map((hub) => `http://${hub}:${String(env(hub).PORT)}/graphql`).join(','),
  );
  assert.deepEqual(
    Object.keys(gatewayEnv)
      .filter((k) => k.startsWith('SUBGRAPH_URL_'))
      .sort(),
    ['SUBGRAPH_URL_HUB', 'SUBGRAPH_URL_TEMPLATE'],
  );
  assert.deepEqual(service('gateway').ports, [`4000:${String(gatewayEnv.GATEWAY_PORT)}`], 'the gateway on port 4000');
  assert.deepEqual(service('gateway').depends_on, {
    'hub-1': { condition: 'service_healthy' },
    'hub-2': { condition: 'service_healthy' },
  });
  const published = Object.keys(services).filter((s) => (services[s] as Obj).ports !== undefined);
  assert.deepEqual(published, ['gateway'], 'only the gateway publishes a port');
  for (const [name, s] of Object.entries(services)) {
    const check = list(obj(obj(s, name).healthcheck, `${name}.healthcheck`).test, `${name}.healthcheck.test`);
    if (!name.startsWith('db-')) assert.match(String(check.at(-1)), /\/health'/, `${name} is checked on /health`);
    // longer than the parts' own SHUTDOWN_GRACE_MS (10 s), so compose stop lets them drain
    if (!name.startsWith('db-')) assert.equal(obj(s, name).stop_grace_period, '15s', name);
  }
}

/**
 * Tokens that name a member: alpha-3 in lower or upper case and alpha-2 in capitals, as whole words (so
 * `HEALTH` is not Thailand), and the words of its name in any case.
 */
function memberTokens(m: Member): RegExp[] {
  const words = m.name.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const codes = [m.ns, m.ns.toUpperCase(), m.code].map((c) => new RegExp(`\\b${c}\\b`));
  return [...codes, ...words.map((w) => new RegExp(w, 'i'))];
}

/** Where members named in `text` outside the forms the registry renders (each replaced by `<member>`). */
function strayMemberNames(text: string, registry: readonly Member[]): string[] {
  let scrubbed = text;
  for (const m of registry) {
    const ns = m.ns;
    const forms = [
      new RegExp(`\\b(node|db|pgdata|member|pg-password|keying-client)-${ns}\\b`, 'g'),
      new RegExp(`\\bSUBGRAPH_URL_${ns.toUpperCase()}\\b`, 'g'),
      new RegExp(`^( +COUNTRY: )${m.code}$`, 'gm'),
    ];
    for (const form of forms) scrubbed = scrubbed.replace(form, (_all, prefix: string) => `${prefix}<member>`);
  }
  return registry.flatMap((m) =>
    memberTokens(m).flatMap((re) => {
      const hit = re.exec(scrubbed);
      return hit
        ? [
            `${m.code}: ${JSON.stringify(hit[0])} near ${JSON.stringify(scrubbed.slice(Math.max(0, hit.index - 30), hit.index + 30))}`,
          ]
        : [];
    }),
  );
}

describe('docker-compose.yml', () => {
  test('is the current render of the member registry', () => {
    assert.equal(committed, renderComposeFile(members), 'stale: run `npm run compose:docker` and commit the result');
  });

  test('`renderDockerCompose.ts --check` passes on it and fails, saying what to run, on a stale copy', async () => {
    const script = join(root, 'scripts/renderDockerCompose.ts');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
    const ok = run('--check');
    assert.equal(ok.status, 0, ok.stderr);
    const dir = await mkdtemp(join(tmpdir(), 'compose-check-'));
    try {
      const stale = join(dir, 'docker-compose.yml');
      await writeFile(stale, committed.replace('node-', 'nodes-'));
      const failed = run('--check', '--file', stale);
      assert.equal(failed.status, 1);
      assert.match(failed.stderr, /stale: run `npm run compose:docker`/);
      assert.equal(readFileSync(stale, 'utf8'), committed.replace('node-', 'nodes-'), '--check never writes');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('wires every member to its own database and the gateway to every member (the model)', () => {
    assertTopology(composeModel(members), members);
  });

  test('names no member outside the strings rendered from the registry', () => {
    assert.deepEqual(strayMemberNames(committed, members), []);
    // and the check sees one that slipped in
    const [m] = members;
    assert.ok(m);
    assert.equal(strayMemberNames(`${committed}# ${m.code} only\n`, members).length, 1);
    assert.equal(strayMemberNames(committed.replace('LOG_LEVEL: info', `LOG_LEVEL: ${m.ns}`), members).length, 1);
  });

  test('is left unchanged by prettier (npm run lint checks every .yml file)', async () => {
    const options = (await prettier.resolveConfig(composePath)) ?? {};
    assert.equal(await prettier.format(committed, { ...options, filepath: composePath }), committed);
  });
});

describe('docker-compose (the tool) reads docker-compose.yml', () => {
  const tool = findOnPath('docker-compose');
  let skip: string | null = null;
  let missing: Error | null = null;
  try {
    skip = tool ? null : dockerComposeMissing(process.env);
  } catch (e) {
    missing = e as Error;
  }
  if (missing) {
    test('docker-compose is installed', () => {
      throw missing;
    });
    return;
  }
  if (skip !== null || !tool) {
    test('docker-compose checks', { skip: skip ?? true }, () => undefined);
    return;
  }
  let dir = '';
  before(async () => {
    // a copy in a temp folder: docker-compose resolves ./secrets there and nothing is written in the repo.
    // 1.29 validates without the secret files (they are read only by `up`), so none are created.
    dir = await mkdtemp(join(tmpdir(), 'docker-compose-'));
    await copyFile(composePath, join(dir, 'docker-compose.yml'));
  });
  after(() => rm(dir, { recursive: true, force: true }));
  const compose = (...args: string[]) =>
    spawnSync(tool, ['-f', 'docker-compose.yml', ...args], {
      cwd: dir,
      encoding: 'utf8',
      // only what it needs: a developer's COMPOSE_* or DOCKER_* settings must not change the verdict
      env: { PATH: process.env.PATH ?? '', HOME: dir },
    });

  test('`docker-compose config -q` accepts it', () => {
    const r = compose('config', '-q');
    assert.equal(r.status, 0, `docker-compose config -q failed:\n${r.stderr}`);
    assert.deepEqual(compose('config', '--services').stdout.trim().split('\n').sort(), Object.keys(services()).sort());
  });

  test('PyYAML (YAML 1.1, as docker-compose reads it) gives back exactly the model, which matches the registry', () => {
    const parsed = pyyaml(tool, committed);
    assert.deepEqual(parsed, JSON.parse(JSON.stringify(composeModel(members))));
    assertTopology(parsed, members);
  });

  test('the emitter quotes what YAML 1.1 would read as something else, and prettier agrees', async () => {
    const tricky = [
      ...['no', 'NO', 'on', 'Off', 'y', 'N', 'yes', 'true', 'null', '~', '', ' lead', 'trail ', 'a: b', 'a:', 'x #y'],
      ...['#x', '-', '- x', '4000:4000', '0755', '1e5', '1_000', '0x1F', '2024-01-01', '.inf', '12:30', '3.8', '10'],
      ...["it's", 'say "hi"', `'"'`, 'tab\there', 'line\nbreak', '${X:-y}', '@x', '`x', '!x', '&x', '*x', '%x', '?x'],
      ...['|x', '>x', '[x', '{x', ',x', 'é', 'ສະບາຍດີ', '.', '-h', '10s', 'http://a:1/b', 'no-new-privileges:true'],
      ...['del\u007f', 'nel\u0085', 'ls\u2028', 'bom\ufeff', 'astral 😀', 'back\\slash', `both ' " \\`],
    ];
    const doc: YamlValue = { tricky, 'key: with colon': 'v', on: { n: 5, b: true, f: false, none: {}, empty: [] } };
    const text = emitYaml(doc);
    assert.deepEqual(pyyaml(tool, text), doc);
    assert.equal(await prettier.format(text, { parser: 'yaml', singleQuote: true, printWidth: 120 }), text);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const instruction = (name: string) =>
    [...dockerfile.matchAll(new RegExp(`^${name}\\s+(.+)$`, 'gm'))].map((match) => match[1]!.trim());

  test('builds one non-root image that runs `node --import tsx <entry file>`', () => {
    assert.deepEqual(instruction('FROM').at(-1), '${NODE_IMAGE} AS runtime');
    assert.ok(instruction('ARG').includes('NODE_IMAGE=node:20-bookworm-slim'));
    assert.deepEqual(instruction('USER'), ['node']);
    assert.match(dockerfile, /npm ci --omit=dev/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Obj };
    assert.ok('tsx' in pkg.dependencies, 'tsx is a production dependency, so `npm ci --omit=dev` keeps it');
    assert.deepEqual(JSON.parse(instruction('ENTRYPOINT')[0]!), ['node', '--import', 'tsx']);
    // entry files are relative to the working folder; the gateway's supergraph is the checkout's schema
    // folder, mounted (compose model test), so `npm run compose` reaches the running gateway
    assert.equal(instruction('WORKDIR').at(-1), '/app');
    const gatewayEnv = (services().gateway as Obj).environment as Obj;
    assert.equal(gatewayEnv.SUPERGRAPH_PATH, '/app/federation/supergraph.graphql');
    assert.ok(existsSync(join(root, 'schema/supergraph.graphql')));
    const [cmd] = JSON.parse(instruction('CMD')[0]!) as string[];
    assert.ok(cmd && existsSync(join(root, cmd)), `CMD ${cmd} exists`);
  });

  test('every service command is an entry file in the repo, and .dockerignore keeps secrets and state out', () => {
    for (const [name, s] of Object.entries(services())) {
      const command = (s as Obj).command as string[] | undefined;
      if (command === undefined) continue;
      assert.ok(existsSync(join(root, command[0]!)), `${name}: ${command[0]} exists`);
    }
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'data', 'test-output', '.git', 'secrets', '.env']) {
      assert.ok(ignored.includes(entry), `.dockerignore lists ${entry}`);
    }
  });
});

function services(): Obj {
  return composeModel(members).services as Obj;
}

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** The skip reason when the developer opted out (SKIP_DOCKER_COMPOSE=1, never under CI); else throws. */
function dockerComposeMissing(env: NodeJS.ProcessEnv): string {
  const message = 'docker-compose is not installed: `apt-get update && apt-get install -y docker-compose`';
  if (env.CI !== 'true' && env.SKIP_DOCKER_COMPOSE === '1') return `${message} (skipped: SKIP_DOCKER_COMPOSE=1)`;
  throw new Error(message);
}

/** `text` parsed by the PyYAML docker-compose runs on (its script's interpreter), as JSON. */
function pyyaml(tool: string, text: string): unknown {
  const shebang = /^#!\s*(\S*python\S*)/.exec(readFileSync(tool, 'utf8').slice(0, 200));
  const python = shebang?.[1] ?? 'python3';
  const r = spawnSync(python, ['-c', 'import json,sys,yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], {
    input: text,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${python} could not parse the YAML: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as unknown;
}
