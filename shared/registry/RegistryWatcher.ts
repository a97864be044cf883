import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { currentRegistry, parseRegistry, type Registry, useRegistry } from '../../schema/registry.js';
import type { Logger } from '../logger.js';
import type { RegistryConfig } from './RegistryConfig.js';

export interface RegistryStatus {
  /** Hash of the registry file in use (null until the first poll read it). */
  servingHash: string | null;
  /** Alpha-2 codes of the members in use. */
  members: string[];
  loadedAt: Date | null;
  /** Why the newest file was refused, when it was; the registry in use keeps serving. */
  lastRejection: { hash: string; at: Date; reason: string } | null;
}

/**
 * Re-reads the registry file (REGISTRY_PATH) when it changes, and on `reload()` (main.ts calls it on
 * SIGHUP), so a member joins without any process restarting. Polling, not fs.watch, for the same reason as
 * the supergraph: watchers miss the atomic rename a deploy uses. A new version is checked in full by
 * parseRegistry before the swap; a bad one is logged with the reason and the registry in use stays.
 */
export class RegistryWatcher {
  readonly status: RegistryStatus = { servingHash: null, members: [], loadedAt: null, lastRejection: null };
  private timer: NodeJS.Timeout | undefined;
  private lastSeenHash: string | null = null;
  private polling = false;

  constructor(
    private readonly config: RegistryConfig,
    private readonly logger: Logger,
  ) {
    this.status.members = currentRegistry().members.map((m) => m.code);
  }

  /** Reads the file now (the first read only notes its hash: config loading installed it) and polls. */
  async start(): Promise<void> {
    const text = await readFile(this.config.path, 'utf8').catch(() => null);
    if (text !== null) {
      this.lastSeenHash = sha(text);
      this.status.servingHash = this.lastSeenHash;
      this.status.loadedAt = new Date();
    }
    this.timer = setInterval(() => {
      if (!this.polling) {
        this.polling = true;
        void this.reload().finally(() => (this.polling = false));
      }
    }, this.config.pollIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * One look at the file; swaps the registry when it changed and is valid. Says whether it swapped. Looks
   * never overlap: a slow read finishing after a newer one would swap the older file back in.
   */
  reload(): Promise<boolean> {
    const run = this.inFlight.then(() => this.look());
    this.inFlight = run.catch(() => false);
    return run;
  }

  private inFlight: Promise<unknown> = Promise.resolve();

  private async look(): Promise<boolean> {
    let text: string;
    try {
      text = await readFile(this.config.path, 'utf8');
    } catch (e) {
      this.logger.warn({ path: this.config.path, err: e }, 'registry file unreadable; keeping the registry in use');
      return false;
    }
    const hash = sha(text);
    if (hash === this.lastSeenHash) return false;
    this.lastSeenHash = hash;
    const before = new Set(currentRegistry().members.map((m) => m.code));
    let registry: Registry;
    try {
      registry = parseRegistry(text, this.config.path);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.status.lastRejection = { hash, at: new Date(), reason };
      this.logger.error({ hash, reason }, 'new member registry refused; keeping the registry in use');
      return false;
    }
    try {
      useRegistry(registry);
    } catch (err) {
      // swapped; what failed is something derived from it (e.g. the hub's schema), which says so itself
      this.logger.error({ err }, 'member registry swapped, but a part could not follow it');
    }
    this.status.servingHash = hash;
    this.status.loadedAt = new Date();
    this.status.members = registry.members.map((m) => m.code);
    const joined = this.status.members.filter((code) => !before.has(code));
    this.logger.info({ hash, members: registry.members.length, joined }, 'member registry reloaded');
    return true;
  }
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
