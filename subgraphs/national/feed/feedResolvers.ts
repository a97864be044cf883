/**
 * The GraphQL side of the change feed and watchlists (issue 11, item 4): `NationalNode.changes`, the
 * `watch`/`unwatch`/`markSeen` mutations, this member's part of the caller's watchlist (`Watchlist.<ns>`)
 * and of each watched indicator (`WatchedIndicator.<ns>`), both gathered by the hub. The placeholder
 * `national` fields are renamed to the member's namespace by buildResolvers.
 */
import type { Member } from '../../../schema/registry.js';
import { indicatorKinds } from '../../../schema/typology.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { userError } from '../../../shared/errors.js';
import { indicatorId, parseIndicatorId } from '../../../shared/indicators/index.js';
import type {
  NationalMutationsResolvers,
  NationalNodeResolvers,
  Resolvers,
} from '../graphql/__generated__/resolvers.js';

type FeedTypes =
  | 'IndicatorChangePage'
  | 'IndicatorChange'
  | 'IndicatorChangeSince'
  | 'Watch'
  | 'Watchlist'
  | 'WatchlistPart'
  | 'WatchedIndicator';

export type FeedResolvers = Required<Pick<Resolvers, FeedTypes>>;

/** Merged into NationalNode by buildResolvers. */
export const feedNodeFields: Pick<NationalNodeResolvers, 'changes'> = {
  changes: (_, { since, first }, ctx) => ctx.changeFeed.page(ctx, since ?? null, first ?? 1000),
};

/** Merged into NationalMutations by buildResolvers. */
export const feedMutations: Pick<NationalMutationsResolvers, 'watch' | 'unwatch' | 'markSeen'> = {
  watch: (_, { ids }, ctx) => ctx.watchlists.watch(ctx, ids),
  unwatch: (_, { ids }, ctx) => ctx.watchlists.unwatch(ctx, ids),
  markSeen: (_, { seen }, ctx) => ctx.watchlists.markSeen(ctx, seen),
};

export function feedResolvers(member: Member): FeedResolvers {
  return {
    IndicatorChangePage: {
      member: (p) => p.member,
      entries: (p) => p.entries,
      hasMore: (p) => p.hasMore,
      endCursor: (p) => p.endCursor,
    },
    IndicatorChange: {
      indicator: (c) => ({ id: c.id, digest: c.digest }),
      kind: (c) => enumValue(indicatorKinds, c.kind, 'IndicatorChange.kind'),
      change: (c) => c.change,
      at: (c) => c.at,
    },
    IndicatorChangeSince: {
      member: () => member.code,
      level: (c) => c.level,
      hit: (c) => c.hit,
      change: (c) => c.change,
      at: (c) => c.at,
      cursor: (c) => c.cursor,
      redactions: (c) => c.redactions,
    },
    Watch: {
      indicator: (w) => ({
        id: indicatorId(enumValue(indicatorKinds, w.kind, 'Watch.indicator.kind'), w.digest),
        digest: w.digest,
      }),
      since: (w) => w.since,
      seen: (w) => w.seen,
    },
    Watchlist: {
      __resolveReference: (ref) => ({ id: ref.id }),
      national: (_, __, ctx) => ctx.watchlists.part(ctx),
    },
    WatchlistPart: {
      member: () => member.code,
      own: (p) => p.own,
      watches: (p) => p.watches,
    },
    WatchedIndicator: {
      __resolveReference: (ref, ctx) => {
        const id = String(ref.id);
        const seen = String(ref.seen ?? '');
        try {
          return { id, seen, digest: parseIndicatorId(id, ctx.keyIds).digest };
        } catch (e) {
          throw userError('BAD_USER_INPUT', `id: ${(e as Error).message}`, { field: 'id' });
        }
      },
      national: (w, _, ctx) => ctx.changeFeed.since(ctx, w.digest, w.seen),
    },
  };
}
