import { atLeast, coarsenPeriod, limitsApply, limitStats, type Redaction } from '../policy/index.js';
import type { NationalContext } from './NationalContext.js';
import type { StatsParent } from './parents.js';

const statsSummaryFields = ['reportCount', 'losses', 'byScamType', 'byChannel', 'byMonth'];

/** The names redactions give the owner's limits (DisclosureLimits), as they give a rule's name. */
const minReportsRule = 'limit-min-reports';
const minWindowRule = 'limit-min-window-days';

/**
 * Statistics for a period at the caller's level; below SUMMARY no statistics SQL runs at all. Below DETAIL
 * the owner's limits apply: the period is widened to whole months and the minimum window, small cells are
 * merged, and a total under k withholds the figures.
 */
export async function statsFor(ctx: NationalContext, from: string | null, to: string | null): Promise<StatsParent> {
  const limited = limitsApply(ctx.level);
  const applied = limited ? coarsenPeriod({ from, to }, ctx.limits) : { from, to };
  const period = `${applied.from ?? ''}|${applied.to ?? ''}`;
  let row = atLeast(ctx.level, 'SUMMARY') ? await ctx.loaders.stats.load(period) : null;
  let withheldBy: string | null = null;
  if (row && limited) {
    row = limitStats(row, ctx.limits.minReports);
    if (!row) withheldBy = minReportsRule;
  }
  const stats: StatsParent = { period, asked: `${from ?? ''}|${to ?? ''}`, level: ctx.level, row, withheldBy };
  // audited as withheld whether or not the caller selected `redactions`
  for (const w of statsRedactions(stats, ctx.decision.rule)) ctx.audit.withheld.add(`stats.${w.field}`);
  return stats;
}

/** What statistics withhold at the caller's level and the owner's limits, with the rule that withheld it. */
export function statsRedactions(stats: StatsParent, policyRule: string): Redaction[] {
  const figures = [...statsSummaryFields, 'topIndicators'];
  const withheld: Redaction[] = !atLeast(stats.level, 'SUMMARY')
    ? [...figures, 'serviceLevel'].map((field) => ({ field, rule: policyRule, levelNeeded: 'SUMMARY' }))
    : stats.withheldBy
      ? figures.map((field) => ({ field, rule: minReportsRule, levelNeeded: 'DETAIL' }))
      : [];
  // a widened period is not a null field, but the caller must know its figures cover more than it asked
  if (stats.period !== stats.asked && atLeast(stats.level, 'SUMMARY')) {
    withheld.push({ field: 'period', rule: minWindowRule, levelNeeded: 'DETAIL' });
  }
  return withheld;
}
