import type { Member } from '../../../schema/registry.js';
import { userError } from '../../shared/errors.js';
import { parseIndicatorId, indicatorId } from '../../shared/indicators/index.js';
import { decimalToMinor, minorToDecimal } from '../../shared/money.js';
import { encodeReportCursor } from '../db/reportCursor.js';
import { scalarResolvers } from '../../shared/graphql/scalars.js';
import type { ReportFilter } from '../db/rows.js';
import type { Resolvers, ReportFilter as ReportFilterInput } from './__generated__/resolvers.js';
import {
  atLeast,
  coarsenPeriod,
  limitCount,
  limitsApply,
  limitStats,
  sightingRedactions,
  type Redaction,
} from '../policy/index.js';
import type { StatsParent } from './parents.js';
import { formatIndicatorReference } from '../db/indicatorReference.js';
import { packFingerprints } from '../../shared/correlation/fingerprints.js';
import type { NationalContext } from './NationalContext.js';
import { requestNodeFields, requestResolvers } from '../requests/requestResolvers.js';
import { sightingById, sightingByReference } from './sightings.js';

const MAX_PAGE = 100;
const MAX_RECENT = 50;

const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

function toFilter(input: ReportFilterInput | null | undefined): ReportFilter {
  if (!input) return {};
  let minLossMinor: number | undefined;
  if (input.minLoss != null) {
    const minor = decimalToMinor(input.minLoss);
    if (minor === null)
      throw userError('BAD_USER_INPUT', 'filter.minLoss: not a decimal amount', { field: 'filter.minLoss' });
    minLossMinor = minor;
  }
  return {
    ...(input.from ? { from: dayStart(input.from) } : {}),
    ...(input.to ? { to: dayStart(input.to) } : {}),
    ...(input.scamType ? { scamType: input.scamType } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.province ? { province: input.province } : {}),
    ...(input.indicatorKind ? { indicatorKind: input.indicatorKind } : {}),
    ...(minLossMinor !== undefined ? { minLossMinor } : {}),
  };
}

function clamp(value: number | null | undefined, fallback: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw userError('BAD_USER_INPUT', `${field} must be between 0 and ${max}, got ${n}`, { field });
  }
  return n;
}

const statsSummaryFields = ['reportCount', 'losses', 'byScamType', 'byChannel', 'byMonth'];

/** Whether the caller's level reaches `needed`; a field it does not reach is recorded as withheld. */
function allowed(ctx: NationalContext, needed: 'HIT' | 'SUMMARY' | 'DETAIL', field: string): boolean {
  if (atLeast(ctx.level, needed)) return true;
  ctx.audit.withheld.add(field);
  return false;
}

/** The names redactions give the owner's limits (DisclosureLimits), as they give a rule's name. */
const minReportsRule = 'limit-min-reports';
const minWindowRule = 'limit-min-window-days';

/**
 * Statistics for a period at the caller's level; below SUMMARY no statistics SQL runs at all. Below DETAIL
 * the owner's limits apply: the period is widened to whole months and the minimum window, small cells are
 * merged, and a total under k withholds the figures.
 */
async function statsFor(ctx: NationalContext, from: string | null, to: string | null): Promise<StatsParent> {
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
function statsRedactions(stats: StatsParent, policyRule: string): Redaction[] {
  const figures = [...statsSummaryFields, 'topIndicators'];
  const withheld: Redaction[] = !atLeast(stats.level, 'SUMMARY')
    ? figures.map((field) => ({ field, rule: policyRule, levelNeeded: 'SUMMARY' }))
    : stats.withheldBy
      ? figures.map((field) => ({ field, rule: minReportsRule, levelNeeded: 'DETAIL' }))
      : [];
  // a widened period is not a null field, but the caller must know its figures cover more than it asked
  if (stats.period !== stats.asked && atLeast(stats.level, 'SUMMARY')) {
    withheld.push({ field: 'period', rule: minWindowRule, levelNeeded: 'DETAIL' });
  }
  return withheld;
}

/** The audit entry names the reports an answer carried. */
function read<T extends { reference: string }>(ctx: NationalContext, rows: T[]): T[] {
  for (const row of rows) ctx.audit.reports.add(row.reference);
  return rows;
}

/**
 * The national resolvers, bound to one member. The SDL types are shared by every member; only the
 * namespaced fields (`Query.<ns>`, `Indicator.<ns>`, `Region.<ns>`) are renamed here.
 */
export function buildResolvers(member: Member) {
  const r: Resolvers = {
    ...scalarResolvers,
    ...requestResolvers(member),
    Query: {
      national: () => ({ member: member.code }),
    },
    NationalNode: {
      member: () => member.code,
      level: (_, __, ctx) => ctx.level,
      reports: async (_, { filter, first, after }, ctx) => {
        if (!allowed(ctx, 'DETAIL', 'reports')) return null;
        const page = await ctx.store.searchReports(toFilter(filter), clamp(first, 20, MAX_PAGE, 'first'), after);
        return {
          edges: read(ctx, page.rows).map((row) => ({ cursor: encodeReportCursor(row), node: row })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
          totalCount: page.totalCount,
        };
      },
      report: async (_, { id }, ctx) => {
        if (!allowed(ctx, 'DETAIL', 'report')) return null;
        const row = await ctx.loaders.reportByReference.load(id);
        return row ? read(ctx, [row])[0]! : null;
      },
      sighting: (_, { reference }, ctx) => sightingByReference(member, reference, ctx),
      stats: (_, { from, to }, ctx) => statsFor(ctx, from ?? null, to ?? null),
      redactions: (_, __, ctx) =>
        atLeast(ctx.level, 'DETAIL')
          ? []
          : ['reports', 'report'].map((field) => ({ field, rule: ctx.decision.rule, levelNeeded: 'DETAIL' as const })),
      auditLog: async (_, { first, after }, ctx) => {
        if (ctx.caller.member !== member.code || ctx.caller.role !== 'auditor') {
          throw userError('FORBIDDEN', `only ${member.code}'s own auditors may read this node's audit log`);
        }
        const entries = await ctx.auditLog.list(clamp(first, 50, 1000, 'first'), after ?? undefined);
        return entries.map((e) => ({ ...e, level: e.level as never }));
      },
      ...requestNodeFields,
    },
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
      scamTypes: (s) => (atLeast(s.level, 'SUMMARY') ? ((s.row?.scamTypes ?? []) as never) : null),
      channels: (s) => (atLeast(s.level, 'SUMMARY') ? ((s.row?.channels ?? []) as never) : null),
      feedback: async (s, _, ctx) => {
        if (!atLeast(s.level, 'SUMMARY')) return null;
        return s.row ? ctx.feedback.recent(ctx, s.digest) : [];
      },
      reports: async (s, { first }, ctx) => {
        if (!atLeast(s.level, 'DETAIL')) return null;
        if (!s.row) return [];
        return read(ctx, await ctx.loaders.recentReports(clamp(first, 5, MAX_RECENT, 'first')).load(s.digest));
      },
      redactions: (s, _, ctx) => {
        const redactions = sightingRedactions(s.level, s.row, ctx.decision.rule);
        for (const r of redactions) ctx.audit.withheld.add(`sighting.${r.field}`);
        return redactions;
      },
    },
    ScamReport: {
      id: (row) => row.reference,
      member: () => member.code,
      scamType: (row) => row.scamType as never,
      channel: (row) => row.channel as never,
      status: (row) => row.status as never,
      loss: (row) => (row.lossMinor === null ? null : { currency: row.currency, amountMinor: row.lossMinor }),
      indicators: async (row, _, ctx) =>
        (await ctx.loaders.links.load(row.id)).map((l) => ({
          role: l.role,
          kind: l.kind,
          id: indicatorId(l.kind as never, l.digest),
        })),
    },
    ReportIndicator: {
      role: (l) => l.role as never,
      kind: (l) => l.kind as never,
      indicator: (l, _, ctx) => ({ id: l.id, digest: parseIndicatorId(l.id, ctx.keyIds).digest }),
    },
    Money: {
      amount: (m) => minorToDecimal(m.amountMinor),
      currency: (m) => m.currency,
    },
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
        return top.map((t) => ({
          id: indicatorId(t.kind as never, t.digest),
          kind: t.kind as never,
          reportCount: limited ? limitCount(t, ctx.limits.minReports) : t.reportCount,
        }));
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
          kind: found.kind as never,
          reportCount: limitsApply(stats.level) ? limitCount(found, ctx.limits.minReports) : found.reportCount,
        };
      },
    },
    Region: {
      __resolveReference: (ref) => ({ id: ref.id, from: ref.from, to: ref.to }),
      national: (region, _, ctx) => statsFor(ctx, region.from, region.to),
    },
  };
  return renameNamespace(r, member.ns);
}

/** Moves the placeholder `national` fields (see codegen.ts) to the member's namespace, e.g. `tha`. */
function renameNamespace(resolvers: Resolvers, ns: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...resolvers };
  for (const type of ['Query', 'Mutation', 'Indicator', 'Region', 'RequestOutbox', 'CorrelatedIndicator'] as const) {
    const { national, ...rest } = resolvers[type] as Record<string, unknown>;
    out[type] = { ...rest, [ns]: national };
  }
  return out;
}
