/**
 * The federation under test, every part a child process as operators run it (scripts/start/ProcessGroup):
 * the 11 national nodes over a bench data folder and the hub on bench-only ports, then our gateway and Hive
 * Gateway side by side on the same supergraph, both routing to those nodes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { members, memberByCode } from '../schema/registry.js';
import { HUB_SUBGRAPH } from '../schema/renderSubgraphs.js';
import { ProcessGroup, type PartSpec } from '../scripts/start/ProcessGroup.js';
import { childEnv } from './childEnv.js';
import { benchKeyingBudget, benchKeyingClients } from './benchKeying.js';
import { ensureClientKeys } from '../shared/keying/clientKeys.js';
import { benchDir, hiveDir, projectDir } from './paths.js';
import { childPid, cpuMs, memoryOf, type Memory } from './procStats.js';
import { benchPorts, type BenchPorts } from './ports.js';

export type GatewayName = 'ours' | 'hive';

export interface BenchFederationOptions {
  dataDir: string;
  /** Logs and the rewritten supergraph go here. */
  workDir: string;
  portOffset: number;
  portBase?: number | undefined;
  /** Part names to run under --cpu-prof. */
  profile?: readonly string[];
}

const host = '127.0.0.1';
const supergraphFile = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

export class BenchFederation {
  readonly deaths: string[] = [];
  private readonly group: ProcessGroup;
  private readonly subgraphUrls = new Map<string, string>();
  private readonly gatewayPorts: Record<GatewayName, number>;
  private readonly ports: BenchPorts;
  private readonly started: string[] = [];
  private readonly pids = new Map<string, number>();

  private constructor(private readonly options: BenchFederationOptions) {
    this.group = new ProcessGroup(join(options.workDir, 'logs'), (name, code) =>
      this.deaths.push(`${name} exited with code ${code}`),
    );
    this.ports = benchPorts(options);
    for (const m of members) this.subgraphUrls.set(m.ns, this.url(this.ports.member(m), '/graphql'));
    this.subgraphUrls.set(HUB_SUBGRAPH, this.url(this.ports.hub, '/graphql'));
    this.gatewayPorts = this.ports.gateway;
  }

  /** Starts the nodes and the hub; gateways come next with startGateway. */
  static async start(options: BenchFederationOptions): Promise<BenchFederation> {
    if (options.profile?.length) mkdirSync(join(options.workDir, 'profiles'), { recursive: true });
    const fed = new BenchFederation(options);
    try {
      await fed.startSubgraphs();
    } catch (e) {
      await fed.stop();
      throw e;
    }
    return fed;
  }

  gatewayUrl(name: GatewayName): string {
    return this.url(this.gatewayPorts[name], '/graphql');
  }

  /** A member node's GraphQL endpoint, for direct calls. */
  memberUrl(code: string): string {
    return this.subgraphUrls.get(memberByCode(code).ns)!;
  }

  /** Resident memory of a gateway process now (null when it is not running or /proc is missing). */
  memory(name: GatewayName): Memory | null {
    const pid = this.pid(`gateway-${name}`);
    return pid === null ? null : memoryOf(pid);
  }

  /** CPU time used so far (ms) by each running part, by part name (`gateway-ours`, `hub`, `node-tha`). */
  cpuSnapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of this.started) {
      const pid = this.pid(name);
      const ms = pid === null ? null : cpuMs(pid);
      if (ms !== null) out[name] = ms;
    }
    return out;
  }

  private pid(name: string): number | null {
    const known = this.pids.get(name);
    if (known !== undefined) return known;
    const pid = childPid(name);
    if (pid !== null) this.pids.set(name, pid);
    return pid;
  }

  /** Starts the CPU profiler of the parts run with `profile` (see cpuProfile.mjs); they write it on exit. */
  startProfiling(): void {
    for (const name of this.options.profile ?? []) {
      const pid = this.pid(name);
      if (pid !== null) process.kill(pid, 'SIGUSR2');
    }
  }

  /** Throws when a part died during the run: its figures would be about a partial federation. */
  assertAlive(): void {
    if (this.deaths.length > 0)
      throw new Error(`${this.deaths.join('; ')}; see the logs in ${join(this.options.workDir, 'logs')}`);
  }

  async stop(): Promise<void> {
    await this.group.stopAll();
  }

  private url(port: number, path: string): string {
    return `http://${host}:${port}${path}`;
  }

  private part(name: string, script: string, port: number, healthPath: string, env: Record<string, string>) {
    // --cpu-prof is refused in NODE_OPTIONS: a preload starts the inspector's profiler instead
    const profile: Record<string, string> = this.options.profile?.includes(name)
      ? {
          NODE_OPTIONS: `--import=${pathToFileURL(join(benchDir, 'cpuProfile.mjs')).href}`,
          BENCH_CPU_PROFILE: join(this.options.workDir, 'profiles', `${name}-${Date.now()}.cpuprofile`),
        }
      : {};
    return {
      name,
      script,
      env: childEnv({ ...env, ...profile, BENCH_PART: name, HOST: host, DATA_DIR: this.options.dataDir }),
      healthUrl: this.url(port, healthPath),
      essential: true,
    } satisfies PartSpec;
  }

  private async startSubgraphs(): Promise<void> {
    // the keying service first: the hub keys analysts' values through it (bench key, generous budgets)
    const keyingPort = this.ports.keying;
    await ensureClientKeys(this.options.dataDir, benchKeyingClients);
    await this.launch(
      [
        this.part('keying', 'keying/main.ts', keyingPort, '/health', {
          KEYING_PORT: String(keyingPort),
          KEYING_BUDGET_NODE: String(benchKeyingBudget.node),
          KEYING_BUDGET_ANALYST: String(benchKeyingBudget.analyst),
          KEYING_BUDGET_OTHER: String(benchKeyingBudget.other),
          KEYING_AUDIT_FILE: join(this.options.workDir, 'keying-audit.ndjson'),
        }),
      ],
      60_000,
    );
    const parts = [
      ...members.map((m) =>
        this.part(`node-${m.ns}`, 'subgraphs/national/main.ts', this.ports.member(m), '/health', {
          COUNTRY: m.code,
          PORT: String(this.ports.member(m)),
        }),
      ),
      this.part('hub', 'subgraphs/hub/main.ts', this.ports.hub, '/health', {
        PORT: String(this.ports.hub),
        KEYING_URL: this.url(keyingPort, ''),
      }),
    ];
    await this.launch(parts, 120_000);
  }

  /** Starts a gateway and waits until it answers; `extraEnv` goes to its process. */
  async startGateway(name: GatewayName, extraEnv: Record<string, string> = {}): Promise<void> {
    const port = this.gatewayPorts[name];
    if (name === 'ours') {
      const env: Record<string, string> = {
        ...extraEnv,
        GATEWAY_PORT: String(port),
        GATEWAY_ADMIN_PORT: String(this.ports.gatewayAdmin),
        SUPERGRAPH_PATH: supergraphFile,
      };
      for (const [subgraph, url] of this.subgraphUrls) env[`SUBGRAPH_URL_${subgraph.toUpperCase()}`] = url;
      await this.launch([this.part('gateway-ours', 'gateway/main.ts', port, '/health', env)], 60_000);
      return;
    }
    const cwd = join(this.options.workDir, 'hive-cwd');
    mkdirSync(cwd, { recursive: true });
    const supergraphPath = join(this.options.workDir, 'supergraph.hive.graphql');
    writeFileSync(supergraphPath, rewriteRoutingUrls(readFileSync(supergraphFile, 'utf8'), this.subgraphUrls));
    const env = { ...extraEnv, HIVE_DIR: hiveDir, HIVE_CWD: cwd, SUPERGRAPH_PATH: supergraphPath, PORT: String(port) };
    await this.launch([this.part('gateway-hive', 'bench/hive/serve.ts', port, '/readiness', env)], 60_000);
  }

  private async launch(parts: PartSpec[], timeoutMs: number): Promise<void> {
    for (const p of parts) {
      this.group.start({ ...p, script: join(projectDir, p.script) });
      this.started.push(p.name);
    }
    const slow = await this.group.waitHealthy(parts, timeoutMs);
    this.assertAlive();
    if (slow.length > 0)
      throw new Error(`not healthy after ${timeoutMs / 1000} s: ${slow.join(', ')} (logs in ${this.options.workDir})`);
  }
}

/**
 * The supergraph with each `join__graph(name: "x", url: "...")` pointing at the bench's port for x. Every
 * subgraph must be rewritten: a forgotten one would send Hive's load to the `npm start` federation.
 */
export function rewriteRoutingUrls(sdl: string, urls: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  const out = sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_all, name: string) => {
    const url = urls.get(name);
    if (!url) throw new Error(`supergraph names subgraph ${name}, which the bench does not start`);
    seen.add(name);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  const missing = [...urls.keys()].filter((n) => !seen.has(n));
  if (missing.length > 0) throw new Error(`supergraph has no join__graph for ${missing.join(', ')}`);
  return out;
}
