import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphManager, SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '../shared/logger.js';

export interface SupergraphStatus {
  /** Hash of the supergraph being served. */
  servingHash: string | null;
  loadedAt: Date | null;
  /** Why the newest file was refused, when it was; the last good supergraph keeps serving. */
  lastRejection: { hash: string; at: Date; reason: string } | null;
}

/**
 * Serves the supergraph from a file and polls it for changes. Polling, not fs.watch: watchers miss the
 * atomic rename that `npm run compose` (and any sane deploy) uses. Each new version is validated by the
 * gateway's own `update`; a version it refuses is logged and the last good one keeps serving. Updates are
 * never gated on subgraph health: a member being down must not freeze schema changes.
 */
export class FileSupergraphManager implements SupergraphManager {
  readonly status: SupergraphStatus = { servingHash: null, loadedAt: null, lastRejection: null };
  private timer: NodeJS.Timeout | undefined;
  private lastSeenHash: string | null = null;
  private polling = false;

  constructor(
    private readonly path: string,
    private readonly pollIntervalMs: number,
    private readonly logger: Logger,
    /** Told about every new version seen in the file (metrics). */
    private readonly onVersion: (result: 'applied' | 'refused') => void = () => undefined,
    /**
     * Why a supergraph cannot be served yet (it names a member the registry in use does not know, so
     * there is no URL to route it to), or null. Checked before `update`; `recheck` retries after a change.
     */
    private readonly notReady: (sdl: string) => string | null = () => null,
  ) {}

  private update: ((sdl: string) => void) | undefined;

  async initialize({ update }: Parameters<SupergraphSdlHook>[0]) {
    const sdl = await readFile(this.path, 'utf8');
    const hash = sha(sdl);
    this.lastSeenHash = hash;
    this.status.servingHash = hash;
    this.status.loadedAt = new Date();
    this.update = update;
    this.timer = setInterval(() => {
      if (this.polling) return; // the last poll is still reading
      this.polling = true;
      void this.poll(update).finally(() => (this.polling = false));
    }, this.pollIntervalMs);
    this.timer.unref();
    return { supergraphSdl: sdl, cleanup: async () => clearInterval(this.timer) };
  }

  /**
   * One poll; exposed so tests and an operator's signal handler can force a reload. Polls never overlap: a
   * slow read finishing after a newer one would otherwise put the older supergraph back (seen under load).
   */
  poll(update: (sdl: string) => void): Promise<void> {
    const run = this.inFlight.then(() => this.look(update));
    this.inFlight = run.catch(() => undefined);
    return run;
  }

  private inFlight: Promise<unknown> = Promise.resolve();

  private async look(update: (sdl: string) => void): Promise<void> {
    let sdl: string;
    try {
      sdl = await readFile(this.path, 'utf8');
    } catch (e) {
      this.logger.warn({ path: this.path, err: e }, 'supergraph file unreadable; keeping the last good one');
      return;
    }
    const hash = sha(sdl);
    if (hash === this.lastSeenHash) return;
    this.lastSeenHash = hash;
    const wait = this.notReady(sdl);
    if (wait !== null) {
      this.status.lastRejection = { hash, at: new Date(), reason: wait };
      this.logger.warn(
        { hash, reason: wait },
        'new supergraph waits for the member registry; keeping the last good one',
      );
      return;
    }
    try {
      update(sdl);
      this.status.servingHash = hash;
      this.status.loadedAt = new Date();
      this.logger.info({ hash }, 'supergraph updated');
      this.onVersion('applied');
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      this.status.lastRejection = { hash, at: new Date(), reason };
      this.logger.error({ hash, reason }, 'new supergraph refused; keeping the last good one');
      this.onVersion('refused');
    }
  }

  /** Looks at the file again even if unchanged: a supergraph that waited for the registry may be servable now. */
  async recheck(): Promise<void> {
    if (!this.update) return;
    this.lastSeenHash = this.status.servingHash === this.lastSeenHash ? this.lastSeenHash : null;
    await this.poll(this.update);
  }
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
