import type { Clock } from './Clock.js';

export interface RetryBudgetSettings {
  /** Retries allowed per call made, over the window (0.2: one retry per five calls). */
  readonly ratio: number;
  /** Retries always allowed per window, so a quiet gateway can still retry. */
  readonly minRetries: number;
  readonly windowMs: number;
}

const SLOTS = 10;

/**
 * How many retries one subgraph may get: at most `ratio` of its calls in the last `windowMs`, plus a floor
 * of `minRetries`. Retries multiply load exactly when a member struggles; a budget caps the extra load at a
 * fraction (Finagle's RetryBudget, Apollo Router's `retry_percent`). cockatiel has retries but no budget,
 * so this is the small piece written by hand: counts in ten slots of a sliding window.
 */
export class RetryBudget {
  private readonly slots = Array.from({ length: SLOTS }, () => ({ id: -1, calls: 0, retries: 0 }));

  constructor(
    private readonly settings: RetryBudgetSettings,
    private readonly clock: Clock,
  ) {}

  recordCall(): void {
    this.slot().calls += 1;
  }

  canRetry(): boolean {
    const { calls, retries } = this.totals();
    return retries < Math.max(this.settings.minRetries, Math.floor(calls * this.settings.ratio));
  }

  spend(): void {
    this.slot().retries += 1;
  }

  private slotId(): number {
    return Math.floor(this.clock() / (this.settings.windowMs / SLOTS));
  }

  private slot() {
    const id = this.slotId();
    const slot = this.slots[id % SLOTS]!;
    if (slot.id !== id) Object.assign(slot, { id, calls: 0, retries: 0 });
    return slot;
  }

  private totals(): { calls: number; retries: number } {
    const oldest = this.slotId() - SLOTS + 1;
    let calls = 0;
    let retries = 0;
    for (const slot of this.slots) {
      if (slot.id < oldest) continue;
      calls += slot.calls;
      retries += slot.retries;
    }
    return { calls, retries };
  }
}
