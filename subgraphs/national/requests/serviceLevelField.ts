/**
 * `NationalStats.serviceLevel`: the owner's service level for requests for assistance submitted in the
 * statistics' period (after the owner's window rule, so it covers the same period as the other figures).
 * The sharing policy treats it as a statistic (docs/sharing-policy.md): SUMMARY and above, and below DETAIL
 * the owner's k on requests and on each median. Its own staff read it at their own level like any figure.
 */
import { atLeast, limitsApply } from '../policy/index.js';
import type { NationalStatsResolvers } from '../graphql/__generated__/resolvers.js';
import { limitServiceLevel } from './serviceLevelFigures.js';

export const serviceLevelField: NonNullable<NationalStatsResolvers['serviceLevel']> = async (stats, _, ctx) => {
  if (!atLeast(stats.level, 'SUMMARY')) return null;
  const [from = '', to = ''] = stats.period.split('|');
  const figures = await ctx.requests.serviceLevel(from || null, to || null);
  if (!limitsApply(stats.level)) return figures;
  const limited = limitServiceLevel(figures, ctx.limits.minReports);
  if (!limited) ctx.audit.withheld.add('stats.serviceLevel');
  return limited;
};
