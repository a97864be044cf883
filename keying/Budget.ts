/**
 * Evaluations per identity per hour. The service cannot tell distinct values apart (they arrive blinded,
 * each blinding different), so it counts every evaluation; clients key each distinct value once per batch
 * and the hub caches, so for honest use the count is the number of distinct values. A fixed window per
 * identity, opened by its first request: simple to explain, and a refusal can say exactly when to retry.
 */
import { type BudgetConfig } from './config.js';

export type BudgetAnswer =
  { ok: true; used: number; limit: number } | { ok: false; used: number; limit: number; retryAfterSeconds: number };

const HOUR_MS = 3_600_000;

/** A node's re-key allowance is its own window: `rekey:node:TH` (config.ts BudgetConfig.rekey). */
export const REKEY_PREFIX = 'rekey:';

export function budgetFor(config: BudgetConfig, identity: string): number {
  const override = config.overrides.get(identity);
  if (override !== undefined) return override;
  if (identity.startsWith(REKEY_PREFIX)) return config.rekey ?? config.node;
  if (identity.startsWith('node:')) return config.node;
  if (identity.startsWith('analyst:')) return config.analyst;
  return config.other;
}

export class Budget {
  private readonly windows = new Map<string, { startMs: number; used: number }>();

  constructor(
    private readonly config: BudgetConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `count` evaluations from `identity`'s hour, all or none. */
  take(identity: string, count: number): BudgetAnswer {
    const now = this.now();
    const limit = budgetFor(this.config, identity);
    let window = this.windows.get(identity);
    if (!window || now >= window.startMs + HOUR_MS) {
      window = { startMs: now, used: 0 };
      this.windows.set(identity, window);
    }
    if (window.used + count > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startMs + HOUR_MS - now) / 1000));
      return { ok: false, used: window.used, limit, retryAfterSeconds };
    }
    window.used += count;
    return { ok: true, used: window.used, limit };
  }
}
