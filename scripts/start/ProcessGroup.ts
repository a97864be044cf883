import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PartSpec {
  name: string;
  script: string;
  env: Record<string, string>;
  healthUrl: string;
  /** When it dies, the federation is down: stop everything. */
  essential: boolean;
  /** It calls the others (the gateway): stopped, and drained, before them. */
  stopFirst?: boolean;
}

/**
 * The local federation's processes: each part a child process (as operators run them), its JSON log in
 * <logDir>/<name>.log, health-checked before it counts as started, all stopped gracefully on Ctrl-C: the
 * gateway first (it finishes its requests in flight while the members still answer), then the rest.
 */
export class ProcessGroup {
  private readonly children = new Map<string, ChildProcess>();
  private readonly firstToStop = new Set<string>();
  private stopping = false;

  constructor(
    private readonly logDir: string,
    private readonly onDeath: (name: string, code: number | null, essential: boolean) => void,
  ) {
    mkdirSync(logDir, { recursive: true });
  }

  start(part: PartSpec): void {
    const log = createWriteStream(join(this.logDir, `${part.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['--import', 'tsx', part.script], {
      env: { ...process.env, ...part.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group: the terminal's Ctrl-C reaches only npm start, which stops the parts in order
      detached: true,
    });
    if (part.stopFirst) this.firstToStop.add(part.name);
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('exit', (code) => {
      this.children.delete(part.name);
      if (!this.stopping) this.onDeath(part.name, code, part.essential);
    });
    this.children.set(part.name, child);
  }

  async waitHealthy(parts: readonly PartSpec[], timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(parts.map((p) => p.name));
    while (pending.size > 0 && Date.now() < deadline) {
      await Promise.all(
        parts
          .filter((p) => pending.has(p.name))
          .map(async (p) => {
            try {
              const res = await fetch(p.healthUrl, { signal: AbortSignal.timeout(500) });
              if (res.ok) pending.delete(p.name);
            } catch {
              // not up yet
            }
          }),
      );
      if (pending.size > 0) await sleep(150);
    }
    return [...pending];
  }

  /**
   * SIGTERM, in two waves (the parts marked stopFirst, then the others); each part drains its requests in
   * flight (SHUTDOWN_GRACE_MS, 10 s by default) and exits; one still running after `graceMs` is killed.
   */
  async stopAll(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    const first = [...this.children].filter(([name]) => this.firstToStop.has(name));
    const rest = [...this.children].filter(([name]) => !this.firstToStop.has(name));
    for (const wave of [first, rest]) await Promise.all(wave.map(([, child]) => stopChild(child, graceMs)));
  }
}

async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
