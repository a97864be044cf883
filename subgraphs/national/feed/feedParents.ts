/**
 * What the change-feed and watchlist resolvers receive as parents (bound to the SDL types by codegen.ts
 * `mappers`): plain rows decided at read time, never GraphQL objects.
 */
import type { IndicatorChangeKind, SharingLevel } from '../graphql/__generated__/resolvers.js';
import type { Redaction } from '../policy/index.js';

export interface ChangeParent {
  id: string;
  digest: string;
  kind: string;
  change: IndicatorChangeKind;
  at: Date;
}

export interface ChangePageParent {
  member: string;
  entries: ChangeParent[];
  hasMore: boolean;
  endCursor: string;
}

export interface ChangeSinceParent {
  level: SharingLevel;
  hit: boolean | null;
  change: IndicatorChangeKind | null;
  at: Date | null;
  cursor: string | null;
  redactions: Redaction[];
}

export interface WatchParent {
  kind: string;
  digest: string;
  since: Date;
  seen: string;
}

export interface WatchlistParent {
  id: string;
}

export interface WatchlistPartParent {
  own: boolean;
  watches: WatchParent[] | null;
}

export interface WatchedParent {
  id: string;
  seen: string;
  digest: string;
}
