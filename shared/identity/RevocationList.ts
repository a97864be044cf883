/**
 * The working group's revocation list, as a file the gateway watches: a stolen or leaked token (by its id)
 * or a person who left (by subject) is refused from the next request on, without a restart.
 *
 * Format, one entry a line; blank lines and `#` comments ignored:
 *
 *   token 2f1c0e1a-...      # a token id (the token's jti)
 *   subject alice@police.go.th
 *
 * The file is looked at lazily, on a request, at most once per `pollMs` (stat only; re-read when its size,
 * mtime or inode changed), so the check costs nothing between polls and needs no timer. A file that
 * becomes unreadable or invalid after start keeps the last good list (and says so in `problem`): an
 * operator's typo must not silently un-revoke everyone.
 */
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../env.js';

export interface RevocationListOptions {
  /** Milliseconds between looks at the file. */
  pollMs: number;
  /** Now, in ms since the epoch (tests pass their own clock). */
  clock?: () => number;
}

interface Entries {
  tokens: Set<string>;
  subjects: Set<string>;
}

export function parseRevocations(text: string, file: string): Entries {
  const entries: Entries = { tokens: new Set(), subjects: new Set() };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const m = /^(token|subject)\s+(.+)$/.exec(line);
    if (!m) throw new ConfigError(`${file}:${i + 1}: expected "token <id>" or "subject <subject>", got ${line}`);
    (m[1] === 'token' ? entries.tokens : entries.subjects).add(m[2]!.trim());
  });
  return entries;
}

export class RevocationList {
  private entries: Entries;
  private signature: string;
  private lastLookMs: number;
  private readonly clock: () => number;
  /** Why the last reload was refused (the previous list stays in force), or undefined. */
  problem: string | undefined;

  /** Throws ConfigError when the file cannot be read or parsed at start. */
  constructor(
    private readonly file: string,
    private readonly options: RevocationListOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    try {
      this.signature = this.stat();
      this.entries = parseRevocations(readFileSync(file, 'utf8'), file);
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new ConfigError(`REVOCATION_FILE: cannot read ${file}: ${(e as Error).message}`);
    }
    this.lastLookMs = this.clock();
  }

  isRevoked(tokenId: string, subject: string): boolean {
    this.refresh();
    return this.entries.tokens.has(tokenId) || this.entries.subjects.has(subject);
  }

  private stat(): string {
    const s = statSync(this.file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  }

  private refresh(): void {
    const now = this.clock();
    if (now - this.lastLookMs < this.options.pollMs) return;
    this.lastLookMs = now;
    try {
      const signature = this.stat();
      if (signature === this.signature) return;
      this.entries = parseRevocations(readFileSync(this.file, 'utf8'), this.file);
      this.signature = signature;
      this.problem = undefined;
    } catch (e) {
      this.problem = `kept the previous revocation list: ${(e as Error).message}`;
    }
  }
}
