/**
 * A member's statistics for a period, as its policy and limits share them: `Region.<ns>` (renamed from the
 * placeholder `national` by buildResolvers), NationalStats, and `CorrelatedIndicator.<ns>`, which resolves a
 * fingerprint the hub's correlation matched under the same rules as the fingerprints the member sent.
 */
import type { Member } from '../../../schema/registry.js';
import { indicatorKinds } from '../../../schema/typology.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { packFingerprints } from '../../../shared/correlation/fingerprints.js';
import { indicatorId } from '../../../shared/indicators/index.js';
import { atLeast, limitCount, limitsApply } from '../policy/index.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { serviceLevelField } from '../requests/serviceLevelField.js';
import { statsFor, statsRedactions } from './statsFor.js';

export type StatsResolvers = Required<Pick<Resolvers, 'NationalStats' | 'CorrelatedIndicator' | 'Region'>>;

export function statsResolvers(member: Member): StatsResolvers {
  return {
    NationalStats: {
      member: () => member.code,
      level: (stats) => stats.level,
      from: (stats) => stats.period.split('|')[0] || null,
      to: (stats) => stats.period.split('|')[1] || null,
      reportCount: (stats) => stats.row?.reportCount ?? null,
      losses: (stats) => stats.row?.losses ?? null,
      byScamType: (stats) => stats.row?.byScamType ?? null,
      byChannel: (stats) => stats.row?.byChannel ?? null,
      byMonth: (stats) => stats.row?.byMonth ?? null,
      // a list of indicators with counts discloses a set and counts: SUMMARY, like the other figures
      topIndicators: async (stats, _, ctx) => {
        if (!atLeast(stats.level, 'SUMMARY') || stats.withheldBy) return null;
        const top = await ctx.loaders.topIndicators.load(stats.period);
        for (const t of top) ctx.audit.digests.add(t.digest);
        const limited = limitsApply(stats.level);
        return top.map((t) => {
          const kind = enumValue(indicatorKinds, t.kind, 'IndicatorCount.kind');
          return {
            id: indicatorId(kind, t.digest),
            kind,
            reportCount: limited ? limitCount(t, ctx.limits.minReports) : t.reportCount,
          };
        });
      },
      // the whole period's set, as fingerprints: a set and counts, so SUMMARY and the same limits as topIndicators
      indicatorFingerprints: async (stats, _, ctx) => {
        if (!atLeast(stats.level, 'SUMMARY') || stats.withheldBy) return null;
        const { list } = await ctx.loaders.periodIndicators.load(stats.period);
        const limited = limitsApply(stats.level);
        return packFingerprints(
          list.map((i) => ({
            fingerprint: i.fingerprint,
            reportCount: limited ? limitCount(i, ctx.limits.minReports) : i.reportCount,
          })),
        );
      },
      serviceLevel: serviceLevelField,
      redactions: (stats, _, ctx) => statsRedactions(stats, ctx.decision.rule),
    },
    CorrelatedIndicator: {
      __resolveReference: (ref) => ({ fingerprint: ref.fingerprint, from: ref.from, to: ref.to }),
      // the same rules as the fingerprints the hub matched: a member that did not send its set (below
      // SUMMARY, or under its k) resolves nothing, so it is never named as holding an indicator
      national: async (c, _, ctx) => {
        const stats = await statsFor(ctx, c.from, c.to);
        if (!stats.row) return null;
        const found = (await ctx.loaders.periodIndicators.load(stats.period)).byFingerprint.get(c.fingerprint);
        if (!found) return null;
        ctx.audit.digests.add(found.digest);
        return {
          id: found.id,
          kind: found.kind,
          reportCount: limitsApply(stats.level) ? limitCount(found, ctx.limits.minReports) : found.reportCount,
        };
      },
    },
    Region: {
      __resolveReference: (ref) => ({ id: ref.id, from: ref.from, to: ref.to }),
      national: (region, _, ctx) => statsFor(ctx, region.from, region.to),
    },
  };
}
