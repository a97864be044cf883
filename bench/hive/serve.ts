/**
 * Hive Gateway for the benchmark: `createGatewayRuntime` (from @graphql-hive/gateway, installed by the bench
 * under bench/.hive, never a product dependency) on a plain node:http server, serving the SAME supergraph as
 * our gateway with its routing URLs already rewritten to the bench nodes. Run from an empty working folder:
 * the Hive CLI would load any gateway config it finds there; the runtime is given everything explicitly.
 *
 * To do the same work as our gateway it speaks the federation's gateway protocol (docs/gateway-protocol.md)
 * with the product's own identity code: it verifies the caller's token at the edge (HIVE_VERIFY_CALLERS=1)
 * and, when the nodes demand it (HIVE_SIGN_PROOFS=1), sends each subgraph call the gateway's signed
 * assertion of that caller instead of the token (keys under DATA_DIR as for our gateway). The caller's
 * token never reaches a subgraph.
 *
 * Environment: HIVE_DIR (folder whose node_modules holds @graphql-hive/gateway), SUPERGRAPH_PATH, PORT,
 * HOST (127.0.0.1), HIVE_CWD (an empty folder to run from), DATA_DIR.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { envReader } from '../../shared/env.js';
import { CallerVerifier } from '../../shared/identity/CallerVerifier.js';
import { ASSERTION_HEADER, GatewayAssertionSigner } from '../../shared/identity/GatewayAssertion.js';
import { gatewayKeyFile, identityFromEnv } from '../../shared/identity/IdentityConfig.js';
import { readSigningKey } from '../../shared/identity/keyPairs.js';

interface HiveRuntime {
  (req: IncomingMessage, res: ServerResponse): void;
  dispose?: () => Promise<void> | void;
}
interface HiveModule {
  createGatewayRuntime(config: Record<string, unknown>): HiveRuntime;
}
/** The parts of Hive's plugin hooks used here (Yoga's onRequest, Mesh's onFetch). */
interface FetchInit {
  method?: string;
  headers?: Record<string, string> | { forEach(fn: (value: string, key: string) => void): void };
  body?: unknown;
}
interface RequestLike {
  headers: { get(name: string): string | null };
}

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

function plainHeaders(headers: FetchInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (typeof headers.forEach !== 'function') return { ...(headers as Record<string, string>) };
  const out: Record<string, string> = {};
  headers.forEach((value, key) => (out[key] = value));
  return out;
}

/** Subgraph name by routing URL, from the supergraph's `join__graph` lines (the assertion's audience). */
function subgraphNames(sdl: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) out.set(m[2]!, m[1]!);
  return out;
}

async function identityPlugin(sdl: string) {
  const env = envReader(process.env);
  const dataDir = resolve(env.string('DATA_DIR', 'data'));
  const identity = identityFromEnv(env, dataDir);
  const signer =
    process.env.HIVE_SIGN_PROOFS === '1'
      ? new GatewayAssertionSigner(await readSigningKey(gatewayKeyFile(env, dataDir), 'GATEWAY_KEY_FILE'))
      : null;
  // an assertion speaks for a verified caller: signing implies verifying (cached per token, as ours)
  const callers = process.env.HIVE_VERIFY_CALLERS === '1' || signer ? new CallerVerifier(identity) : null;
  const verifier = process.env.HIVE_VERIFY_CALLERS === '1' ? callers : null;
  const names = subgraphNames(sdl);
  return {
    onRequest({
      request,
      url,
      endResponse,
      fetchAPI,
    }: {
      request: RequestLike;
      url: URL;
      endResponse(response: unknown): void;
      fetchAPI: { Response: new (body: string, init: object) => unknown };
    }) {
      if (!verifier || url.pathname !== '/graphql') return;
      return verifier.verifyHeader(request.headers.get('authorization') ?? undefined).then(
        () => undefined,
        (e: Error) =>
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({ errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] }),
              {
                status: 401,
                headers: { 'content-type': 'application/json' },
              },
            ),
          ),
      );
    },
    onFetch({
      url,
      options,
      setOptions,
      context,
    }: {
      url: string;
      options: FetchInit;
      setOptions(options: FetchInit): void;
      context?: { request?: RequestLike };
    }) {
      // the caller's token is never forwarded: only the assertion, when the nodes want one
      const headers = plainHeaders(options.headers);
      delete headers.authorization;
      if (!signer || !callers) return setOptions({ ...options, headers });
      const body = String(options.body ?? '');
      const target = new URL(url);
      return callers
        .verifyHeader(context?.request?.headers.get('authorization') ?? undefined)
        .then((caller) =>
          signer.sign(names.get(url) ?? '', caller, {
            method: options.method ?? 'POST',
            target: `${target.pathname}${target.search}`,
            body,
          }),
        )
        .then((assertion) => {
          headers[ASSERTION_HEADER] = assertion;
          setOptions({ ...options, headers });
        });
    },
  };
}

async function main(): Promise<void> {
  const hiveDir = required('HIVE_DIR');
  const supergraphPath = resolve(required('SUPERGRAPH_PATH'));
  if (process.env.HIVE_CWD) process.chdir(process.env.HIVE_CWD);
  const port = Number(process.env.PORT ?? 4400);
  const host = process.env.HOST ?? '127.0.0.1';
  // resolved from bench/.hive, not from this file: the package is not in the project's node_modules
  const resolveFromHive = createRequire(join(hiveDir, 'package.json'));
  const hive = (await import(
    pathToFileURL(resolveFromHive.resolve('@graphql-hive/gateway')).href
  )) as unknown as HiveModule;

  // Validated before Hive sees it: a broken file should fail here with a clear message, not crash the runtime.
  const sdl = readFileSync(supergraphPath, 'utf8');
  if (!/@join__graph\(/.test(sdl)) throw new Error(`${supergraphPath} is not a supergraph (no join__graph)`);
  const plugin = await identityPlugin(sdl);

  const runtime = hive.createGatewayRuntime({
    supergraph: () => sdl,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    plugins: () => [plugin],
  });
  const server = createServer(runtime);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((done) => server.listen(port, host, done));
  console.log(JSON.stringify({ msg: 'hive gateway ready', url: `http://${host}:${port}/graphql` }));
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    void runtime.dispose?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error('hive gateway failed to start:', e);
  process.exit(1);
});
