/**
 * The caller's watchlist across the region (issue 11, item 4), gathered like myRequests and sightings but
 * in two rounds, both through the gateway (the hub calls no one): `Query.watchlist` names the list, every
 * member answers `Watchlist.<ns>` and only the caller's own member's node holds it (`own`); `entries` turns
 * its watches into WatchedIndicator entities keyed by id and the stored cursors, and every member then
 * answers `WatchedIndicator.<ns>`: what changed since its own cursor, at its own policy level. Nothing is
 * stored here; the cursors are sealed by the members and only split and joined here.
 */
import { memberByCode, members, type Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import { parseIndicatorId } from '../../../shared/indicators/index.js';
import { joinSeen, splitSeen } from '../../../shared/watch/seenCursors.js';
import type { IndicatorChangeKind, Resolvers, SharingLevel } from './__generated__/resolvers.js';
import { coverageOf, partsOf } from './aggregate.js';
import { nationalPart } from './parents.js';

export interface WatchlistParent {
  id: string;
  [ns: string]: unknown;
}

export interface WatchedParent {
  id: string;
  seen: string;
  /** Set when the entry came from `entries` (not on a @requires representation). */
  since?: string;
  [ns: string]: unknown;
}

// typed with the SDL's enums, as the hub's other member parts are: the node checked them when it answered
export interface MemberChangeParent {
  member: Member;
  level: SharingLevel;
  change: IndicatorChangeKind;
  at: string | null;
}

interface WatchlistPartRep {
  member: string;
  own: boolean;
  watches: { indicator: { id: string }; since: string; seen: string }[] | null;
}

interface ChangeSinceRep {
  member: string;
  level: SharingLevel;
  hit: boolean | null;
  change: IndicatorChangeKind | null;
  at: string | null;
  cursor: string | null;
}

/** The list is the caller's: its content depends on who asks, so one id serves every caller. */
const watchlistId = 'mine';

export const watchlistResolvers: Required<Pick<Resolvers, 'Watchlist' | 'WatchedIndicator' | 'MemberChange'>> & {
  watchlist: () => WatchlistParent;
} = {
  watchlist: () => ({ id: watchlistId }),
  Watchlist: {
    __resolveReference: (ref) => ref,
    entries: (parent, _, ctx) => {
      const own = members.find((m) => m.code === ctx.caller.member);
      if (!own) {
        throw userError(
          'FORBIDDEN',
          `a watchlist is kept at the caller's member's node; ${ctx.caller.member} has none`,
        );
      }
      const part = nationalPart<WatchlistPartRep>(parent, own.ns);
      if (part == null || !part.own || part.watches == null) {
        throw userError(
          'SUBGRAPH_UNAVAILABLE',
          `${own.code}'s node, which keeps the caller's watchlist, did not answer`,
          {
            serviceName: own.ns,
          },
        );
      }
      return part.watches.map((w) => ({ id: w.indicator.id, seen: w.seen, since: w.since }));
    },
  },
  WatchedIndicator: {
    __resolveReference: (ref) => ref,
    indicator: (w, _, ctx) => ({ id: w.id, kind: parseIndicatorId(w.id, ctx.keyIds).kind }),
    watchedSince: (w) => w.since ?? null,
    changedIn: (w) =>
      partsOf<ChangeSinceRep>(w).flatMap(({ member, part }) =>
        part.change ? [{ member, level: part.level, change: part.change, at: part.at }] : [],
      ),
    coverage: (w) => coverageOf(w, (part) => part.level === 'NONE'),
    // a member that did not answer (or refused) keeps its old cursor: its news is still to come
    seenNext: (w) => {
      const cursors = splitSeen(w.seen, 'seen');
      for (const { member, part } of partsOf<ChangeSinceRep>(w)) {
        if (part.cursor) cursors.set(member.code, part.cursor);
      }
      return joinSeen(cursors);
    },
  },
  MemberChange: {
    member: (c) => memberByCode(c.member.code),
    level: (c) => c.level,
    change: (c) => c.change,
    at: (c) => c.at,
  },
};
