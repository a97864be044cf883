/**
 * Which indicator ids are benign values (subgraphs/shared/indicators/benignList.ts). The hub sees the raw
 * value only in `indicator(...)` and `screen`, while `sightings` and `benign` are resolved later from the
 * id alone (the gateway's `@requires` round trip), so the verdict is remembered by id: the exact values of
 * the lists are keyed at start (so `indicatorById` knows them too), and values matched by domain (a URL
 * on an official bank domain) are remembered when the hub keys them, in a bounded map.
 */
import type { IndicatorKind } from '../../../schema/typology.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { type BenignList, type BenignMatch } from '../../shared/indicators/benignList.js';
import { keyIndicator } from '../../shared/indicators/index.js';

export class BenignIndicators {
  private readonly pinned = new Map<string, BenignMatch>();
  private readonly recent = new Map<string, BenignMatch>();

  constructor(
    private readonly list: BenignList,
    key: IndicatorKey,
    private readonly capacity = 10_000,
  ) {
    for (const { kind, canonical, match } of list.exactValues()) {
      this.pinned.set(keyIndicator(kind, canonical, key).id, match);
    }
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
