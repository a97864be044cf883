import DataLoader from 'dataloader';
import type { IndicatorAliases } from '../db/IndicatorAliases.js';
import type { NationalStore } from '../db/NationalStore.js';
import type { LinkRow, NationalStatsRow, ReportRow, SightingRow, TopIndicatorRow } from '../db/rows.js';
import { indicatorKinds, type IndicatorKind } from '../../../schema/typology.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { indicatorId } from '../../../shared/indicators/index.js';
import { fingerprintOf } from '../../../shared/correlation/fingerprints.js';
import { PeriodMemo } from './PeriodMemo.js';

/**
 * One DataLoader per lookup, per request. The gateway sends a whole batch of entity representations in one
 * `_entities` call; each loader turns the per-entity resolver calls into ONE SQL statement and removes the
 * duplicates Apollo does not remove. `memos` are the node's, not the request's: they outlive the loaders.
 */
export function createLoaders(store: NationalStore, aliases: IndicatorAliases, memos: NodeMemos) {
  // one version read per request, however many periods and loaders use it
  let version: Promise<string> | undefined;
  const currentVersion = () => (version ??= memos.version());
  const byKeys =
    <K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>) =>
    async (keys: readonly K[]): Promise<(V | undefined)[]> => {
      const found = await fetch(keys);
      return keys.map((k) => found.get(k));
    };
  const recentByLimit = new Map<number, DataLoader<string, ReportRow[]>>();
  return {
    sighting: new DataLoader<string, SightingRow | undefined>(
      byKeys((d) => store.sightings(d)),
      { maxBatchSize: 20_000 },
    ),
    /** The stored digest of an alias (a rotation's other generation; db/IndicatorAliases.ts). */
    storedDigest: new DataLoader<string, string | undefined>(
      byKeys((d) => aliases.storedDigests(d)),
      {
        maxBatchSize: 20_000,
      },
    ),
    /** Recent reports per digest; one loader per `first` because the limit is part of the query. */
    recentReports(limit: number): DataLoader<string, ReportRow[]> {
      let loader = recentByLimit.get(limit);
      if (!loader) {
        loader = new DataLoader(async (digests: readonly string[]) => {
          const found = await store.recentReports(digests, limit);
          return digests.map((d) => found.get(d) ?? []);
        });
        recentByLimit.set(limit, loader);
      }
      return loader;
    },
    digestByReference: new DataLoader<string, string | undefined>(byKeys((r) => store.digestsByReference(r))),
    reportByReference: new DataLoader<string, ReportRow | undefined>(byKeys((r) => store.reportsByReference(r))),
    links: new DataLoader<number, LinkRow[]>(async (ids) => {
      const found = await store.linksByReportIds(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    /**
     * Statistics per period `from|to`; Region entities of one request usually share a period. The same for
     * every caller (statsFor applies its limits), so memoized per node until the next write.
     */
    stats: new DataLoader<string, NationalStatsRow>(async (periods) => {
      const v = await currentVersion();
      return Promise.all(periods.map((p) => memos.stats.get(p, v, () => store.stats(...periodDates(p)))));
    }),
    /** The member's most reported indicators per period, for the regional hot list. */
    topIndicators: new DataLoader<string, TopIndicatorRow[]>(async (periods) =>
      Promise.all(periods.map((p) => store.topIndicators(...periodDates(p), TOP_INDICATORS))),
    ),
    /**
     * Every indicator of a period with its keyed id and fingerprint, for the hub's correlation: the same for
     * every caller, so memoized per node until the next write (PeriodMemo.ts); callers' limits apply later.
     */
    periodIndicators: new DataLoader<string, PeriodIndicators>(async (periods) => {
      const v = await currentVersion();
      return Promise.all(
        periods.map((p) =>
          memos.periodIndicators.get(p, v, async () => {
            const rows = await store.periodIndicators(...periodDates(p));
            const list = rows.map((row) => {
              const kind = enumValue(indicatorKinds, row.kind, 'IndicatorCount.kind');
              const id = indicatorId(kind, row.digest);
              return { ...row, kind, id, fingerprint: fingerprintOf(id) };
            });
            return { list, byFingerprint: new Map(list.map((i) => [i.fingerprint, i])) };
          }),
        ),
      );
    }),
  };
}

/** The node's memos of caller-independent period aggregates (PeriodMemo.ts), and the version keying them. */
export interface NodeMemos {
  version: () => Promise<string>;
  stats: PeriodMemo<NationalStatsRow>;
  periodIndicators: PeriodMemo<PeriodIndicators>;
}

/** One per node process: `version` is db/dataVersion.ts on the node's database. */
export function nodeMemos(version: () => Promise<string>): NodeMemos {
  return { version, stats: new PeriodMemo(), periodIndicators: new PeriodMemo() };
}

export interface PeriodIndicator extends TopIndicatorRow {
  kind: IndicatorKind;
  id: string;
  fingerprint: string;
}

export interface PeriodIndicators {
  list: PeriodIndicator[];
  byFingerprint: Map<string, PeriodIndicator>;
}

/** How many of its most reported indicators a member offers for the regional hot list. */
export const TOP_INDICATORS = 50;

function periodDates(period: string): [Date | undefined, Date | undefined] {
  const [from, to] = period.split('|');
  return [from ? new Date(`${from}T00:00:00Z`) : undefined, to ? new Date(`${to}T00:00:00Z`) : undefined];
}

export type NationalLoaders = ReturnType<typeof createLoaders>;
