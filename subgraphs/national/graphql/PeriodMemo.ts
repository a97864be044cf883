/**
 * A node-level memo (one per node process, shared by every request and caller) of caller-independent
 * period aggregates, for the hub's correlation (issue 10): without it every page of `correlation` made
 * every node re-aggregate its whole period twice. An entry is keyed by the period AND the node's change-feed
 * head (`MAX(seq)` of indicator_change), which every import, seed, update, withdrawal and verdict advances
 * in the same transaction as its data (feed/recordIndicatorChanges.ts), so any such write makes the next
 * request recompute. Only the raw aggregate is kept: per-caller policy (level, k, coarsening) is applied by
 * the resolvers on every request, after the memo.
 *
 * Not for the statistics row: a report naming no indicator writes no change, so the head would not move.
 */
export class PeriodMemo<V> {
  /** Insertion order is recency order: a hit moves its entry to the end, the first entry is evicted. */
  private readonly entries = new Map<string, { seq: number; value: Promise<V> }>();

  constructor(
    private readonly head: () => Promise<number>,
    private readonly capacity = 4,
  ) {}

  /** The values of `periods` (one DataLoader batch): one `MAX(seq)` read, then a hit or `compute` each. */
  async loadMany(periods: readonly string[], compute: (period: string) => Promise<V>): Promise<V[]> {
    // read the head BEFORE computing: a write landing in between makes the value newer than its key,
    // never older, and the next request (seeing the higher head) recomputes
    const seq = await this.head();
    return Promise.all(periods.map((p) => this.get(p, seq, () => compute(p))));
  }

  private get(period: string, seq: number, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(period);
    this.entries.delete(period);
    if (hit && hit.seq === seq) {
      this.entries.set(period, hit);
      return hit.value;
    }
    const entry = { seq, value: compute() };
    this.entries.set(period, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    // a failed computation is not remembered: the next request tries again
    entry.value.catch(() => {
      if (this.entries.get(period) === entry) this.entries.delete(period);
    });
    return entry.value;
  }
}
