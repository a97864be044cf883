import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphManager, SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '../subgraphs/shared/logger.js';

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

  constructor(
    private readonly path: string,
    private readonly pollIntervalMs: number,
    private readonly logger: Logger,
    /** Told about every new version seen in the file (metrics). */
    private readonly onVersion: (result: 'applied' | 'refused') => void = () => undefined,
  ) {}

  async initialize({ update }: Parameters<SupergraphSdlHook>[0]) {
    const sdl = await readFile(this.path, 'utf8');
    const hash = sha(sdl);
    this.lastSeenHash = hash;
    this.status.servingHash = hash;
    this.status.loadedAt = new Date();
    this.timer = setInterval(() => void this.poll(update), this.pollIntervalMs);
    this.timer.unref();
    return { supergraphSdl: sdl, cleanup: async () => clearInterval(this.timer) };
  }

  /** One poll; exposed so tests and an operator's signal handler can force a reload. */
  async poll(update: (sdl: string) => void): Promise<void> {
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
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
