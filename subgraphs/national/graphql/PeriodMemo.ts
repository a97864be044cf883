/**
 * A node-level memo (one per node process, shared by every request and caller) of caller-independent
 * period aggregates, for the hub's correlation (issue 10): without it every page of `correlation` made
 * every node re-aggregate its whole period (the statistics row and the indicator list) again. An entry is
 * keyed by the period AND the node's data version (db/dataVersion.ts: the change feed's head and the newest
 * report and revision ids), which every import, seed, update, withdrawal and verdict moves in the same
 * transaction as its data, so any such write makes the next request recompute. Only the raw aggregate is
 * kept: per-caller policy (level, k, coarsening) is applied by the resolvers on every request, after the
 * memo, on copies (limitStats and limitCount never modify what they are given).
 */
export class PeriodMemo<V> {
  /** Insertion order is recency order: a hit moves its entry to the end, the first entry is evicted. */
  private readonly entries = new Map<string, { version: string; value: Promise<V> }>();

  /** A few periods: the correlation pages through one; each entry holds a whole period's list. */
  constructor(private readonly capacity = 4) {}

  /**
   * The value for `period` at `version`, computed when absent or older. Read the version BEFORE computing:
   * a write landing in between makes the value newer than its key, never older, and the next request
   * (seeing the newer version) recomputes.
   */
  get(period: string, version: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(period);
    this.entries.delete(period);
    if (hit && hit.version === version) {
      this.entries.set(period, hit);
      return hit.value;
    }
    const entry = { version, value: compute() };
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
