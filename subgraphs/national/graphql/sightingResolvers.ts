/**
 * What a member shares about one indicator: `Indicator.<ns>` (renamed from the placeholder `national` by
 * buildResolvers) reads the sighting under the caller's level, and NationalSighting withholds each field
 * below the level it needs, listing it in `redactions` and in the audit entry.
 */
import type { Member } from '../../../schema/registry.js';
import { channels, scamTypes } from '../../../schema/typology.js';
import { enumValues } from '../../../shared/graphql/enumValue.js';
import { parseIndicatorId } from '../../../shared/indicators/index.js';
import { sightingById } from './sightings.js';
import { formatIndicatorReference } from '../db/indicatorReference.js';
import { atLeast, sightingRedactions, type Redaction } from '../policy/index.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { clamp } from './clamp.js';
import { readReports } from './readReports.js';

const MAX_RECENT = 50;

export type SightingResolvers = Required<Pick<Resolvers, 'Indicator' | 'NationalSighting'>>;

export function sightingResolvers(member: Member): SightingResolvers {
  return {
    Indicator: {
      __resolveReference: (ref, ctx) => ({ id: ref.id, digest: parseIndicatorId(ref.id, ctx.keyIds).digest }),
      national: (indicator, _, ctx) => sightingById(indicator.digest, ctx),
    },
    NationalSighting: {
      member: () => member.code,
      // at NONE the answer is withheld (listed in redactions), never a `false` that reads like a miss
      hit: (s) => (atLeast(s.level, 'HIT') ? s.row !== undefined : null),
      level: (s) => s.level,
      reference: (s) =>
        s.row && atLeast(s.level, 'HIT') ? formatIndicatorReference(member.code, s.row.reference) : null,
      reportCount: (s) => (atLeast(s.level, 'SUMMARY') ? (s.row?.reportCount ?? 0) : null),
      firstSeen: (s) => (atLeast(s.level, 'SUMMARY') ? (s.row?.firstSeen ?? null) : null),
      lastSeen: (s) => (atLeast(s.level, 'SUMMARY') ? (s.row?.lastSeen ?? null) : null),
      totalLoss: (s) => (atLeast(s.level, 'SUMMARY') ? (s.row?.losses ?? []) : null),
      scamTypes: (s) =>
        atLeast(s.level, 'SUMMARY')
          ? enumValues(scamTypes, s.row?.scamTypes ?? [], 'NationalSighting.scamTypes')
          : null,
      channels: (s) =>
        atLeast(s.level, 'SUMMARY') ? enumValues(channels, s.row?.channels ?? [], 'NationalSighting.channels') : null,
      feedback: async (s, _, ctx) => {
        if (!atLeast(s.level, 'SUMMARY')) return null;
        return s.row ? ctx.feedback.recent(ctx, s.digest) : [];
      },
      reports: async (s, { first }, ctx) => {
        if (!atLeast(s.level, 'DETAIL')) return null;
        if (!s.row) return [];
        return readReports(ctx, await ctx.loaders.recentReports(clamp(first, 5, MAX_RECENT, 'first')).load(s.digest));
      },
      redactions: (s, _, ctx) => {
        const redactions = sightingRedactions(s.level, s.row, ctx.decision.rule);
        for (const r of redactions) ctx.audit.withheld.add(`sighting.${r.field}`);
        return redactions as Redaction[]; // shared and frozen; graphql-js only reads a list it is given
      },
    },
  };
}
