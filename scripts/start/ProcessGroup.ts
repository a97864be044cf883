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
}

/**
 * The local federation's processes: each part a child process (as operators run them), its JSON log in
 * <logDir>/<name>.log, health-checked before it counts as started, all stopped together on Ctrl-C.
 */
export class ProcessGroup {
  private readonly children = new Map<string, ChildProcess>();
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
    });
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

  async stopAll(graceMs = 5000): Promise<void> {
    this.stopping = true;
    const exits = [...this.children.values()].map(
      (child) =>
        new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve()))),
    );
    for (const child of this.children.values()) child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const child of this.children.values()) child.kill('SIGKILL');
    }, graceMs);
    await Promise.all(exits);
    clearTimeout(timer);
  }
}
