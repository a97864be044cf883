/**
 * Parents of the hub's entity resolvers. With @requires, a representation carries each member's national
 * fields under the member's namespace (`tha: {...}`); null there means the member did not answer. Enum
 * fields carry the SDL's types: the member's node serialized them through the same enums (graphql-js
 * refuses any other value there), so they are not database strings to check again.
 */
import type { Member } from '../../../schema/registry.js';
import type { IndicatorKind } from '../../../schema/typology.js';
import type { ScamType, SharingLevel } from './__generated__/resolvers.js';

export type MemberParent = Member;

export interface MoneyRep {
  amount: string;
  currency: string;
}

export interface SightingRep {
  member: string;
  /** null when the member withheld it (level NONE): never a miss. */
  hit: boolean | null;
  level: SharingLevel;
  reference?: string | null;
  reportCount?: number | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  totalLoss?: MoneyRep[] | null;
  scamTypes?: ScamType[] | null;
}

export interface BucketRep {
  key: string;
  reportCount: number;
  losses: MoneyRep[];
}

export interface StatsRep {
  member: string;
  level: string;
  /** null below SUMMARY, or when the owner's k withholds the period's figures. */
  reportCount: number | null;
  losses: MoneyRep[];
  byScamType: BucketRep[];
  byMonth: BucketRep[];
}

export interface TopIndicatorsRep {
  member: string;
  level: string;
  /** null when the member's policy withholds it from this caller (below SUMMARY, or under its k). */
  topIndicators: { id: string; kind: IndicatorKind; reportCount: number | null }[] | null;
}

/** `[ns]` keys hold the members' parts; read them through `nationalPart`. */
export interface IndicatorParent {
  id: string;
  kind: IndicatorKind;
  [ns: string]: unknown;
}

export interface RegionParent {
  id: string;
  from: string;
  to: string;
  [ns: string]: unknown;
}

/** A member's part of a representation: undefined when not fetched, null when the member did not answer. */
export function nationalPart<T>(parent: { [ns: string]: unknown }, ns: string): T | null | undefined {
  return parent[ns] as T | null | undefined;
}

/** A correlation entry; the members' parts (`[ns]`) hold their resolved ids once @requires fetched them. */
export interface CorrelatedParent {
  fingerprint: string;
  from: string;
  to: string;
  [ns: string]: unknown;
}

export interface CorrelationParent {
  entries: CorrelatedParent[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  coverage: {
    asked: number;
    answered: string[];
    refused: string[];
    unavailable: string[];
    complete: boolean;
  };
}

/** A member's part of a correlation entry: its indicator with that fingerprint, or null. */
export interface CorrelatedRep {
  id: string;
  kind: IndicatorKind;
  reportCount: number | null;
}

export interface FingerprintsRep {
  member: string;
  level: string;
  reportCount: number | null;
  indicatorFingerprints: string | null;
}
