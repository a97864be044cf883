/**
 * Which indicator ids are benign values (shared/indicators/benignList.ts). The hub sees the raw
 * value only in `indicator(...)` and `screen`, while `sightings` and `benign` are resolved later from the
 * id alone (the gateway's `@requires` round trip), so the verdict is remembered by id: the exact values of
 * the lists are keyed once through the keying service (`pin`, so `indicatorById` knows them too), and
 * values matched by domain (a URL on an official bank domain) are remembered when the hub keys them, in a
 * bounded map.
 */
import type { IndicatorKind } from '../../../schema/typology.js';
import { type BenignList, type BenignMatch } from '../../../shared/indicators/benignList.js';
import { keyCanonicals } from '../../../shared/indicators/index.js';
import type { IndicatorKeyer } from '../../../shared/keying/IndicatorKeyer.js';

/** After a failed pin, the wait before the next try: doubling from the first to the last. */
export const PIN_BACKOFF_MS = { first: 1_000, max: 60_000 };

export class BenignIndicators {
  private readonly pinned = new Map<string, BenignMatch>();
  private readonly recent = new Map<string, BenignMatch>();
  private pinning: Promise<void> | null = null;
  private failures = 0;
  private retryAtMs = 0;

  constructor(
    private readonly list: BenignList,
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Keys the lists' exact values (charged to the hub's own identity, a few hundred values). Until it
   * succeeds, exact values are still recognised when an analyst's lookup keys them (`check`). A failure
   * (keying service not up yet, or down) is retried by a later call, but not before a wait that doubles
   * with each failure (PIN_BACKOFF_MS): the hub calls this on every request, and a service that is down
   * must not get a keying attempt per analyst request. Resolves at once while waiting.
   */
  pin(keyer: IndicatorKeyer): Promise<void> {
    if (!this.pinning && this.now() < this.retryAtMs) return Promise.resolve();
    this.pinning ??= (async () => {
      const exact = this.list.exactValues();
      const keyed = await keyCanonicals(
        exact.map(({ kind, canonical }) => ({ kind, canonical })),
        keyer,
      );
      keyed.forEach((k, i) => this.pinned.set(k.id, exact[i]!.match));
    })().catch((e: unknown) => {
      this.pinning = null;
      this.failures += 1;
      const wait = Math.min(PIN_BACKOFF_MS.max, PIN_BACKOFF_MS.first * 2 ** (this.failures - 1));
      this.retryAtMs = this.now() + wait;
      throw e;
    });
    return this.pinning;
  }

  /** The verdict for a value the hub has just keyed; remembered by its id. */
  check(keyed: { id: string; kind: IndicatorKind; canonical: string }): BenignMatch | undefined {
    const match = this.list.match(keyed.kind, keyed.canonical);
    if (match && !this.pinned.has(keyed.id)) {
      this.recent.delete(keyed.id);
      this.recent.set(keyed.id, match);
      // oldest first out: the map keeps insertion order
      if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value as string);
    }
    return match;
  }

  byId(id: string): BenignMatch | undefined {
    return this.pinned.get(id) ?? this.recent.get(id);
  }
}
