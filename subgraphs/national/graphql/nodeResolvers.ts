/**
 * `Query.<ns>` (renamed from the placeholder `national` by buildResolvers) and the member's NationalNode:
 * search, one report, a sighting by reference, statistics, the audit log. A new NationalNode field goes
 * here, or, for a feature with its own folder, in a `...NodeFields` object spread below (as requests do).
 */
import type { Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { decimalToMinor } from '../../../shared/money.js';
import { encodeReportCursor } from '../db/reportCursor.js';
import type { ReportFilter } from '../db/rows.js';
import { atLeast, sharingLevels } from '../policy/index.js';
import { feedNodeFields } from '../feed/feedResolvers.js';
import { requestNodeFields } from '../requests/requestResolvers.js';
import type { Resolvers, ReportFilter as ReportFilterInput } from './__generated__/resolvers.js';
import { clamp } from './clamp.js';
import type { NationalContext } from './NationalContext.js';
import { readReports } from './readReports.js';
import { sightingByReference } from './sightings.js';
import { statsFor } from './statsFor.js';

const MAX_PAGE = 100;
/** NationalNode fields that need DETAIL (listed in its redactions below it). */
const detailFields = ['reports', 'report', 'changes'];

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

/** Whether the caller's level reaches `needed`; a field it does not reach is recorded as withheld. */
function allowed(ctx: NationalContext, needed: 'HIT' | 'SUMMARY' | 'DETAIL', field: string): boolean {
  if (atLeast(ctx.level, needed)) return true;
  ctx.audit.withheld.add(field);
  return false;
}

export type NodeResolvers = Required<Pick<Resolvers, 'Query' | 'NationalNode'>>;

export function nodeResolvers(member: Member): NodeResolvers {
  return {
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
          edges: readReports(ctx, page.rows).map((row) => ({ cursor: encodeReportCursor(row), node: row })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
          totalCount: page.totalCount,
        };
      },
      report: async (_, { id }, ctx) => {
        if (!allowed(ctx, 'DETAIL', 'report')) return null;
        const row = await ctx.loaders.reportByReference.load(id);
        return row ? readReports(ctx, [row])[0]! : null;
      },
      sighting: (_, { reference }, ctx) => sightingByReference(member, reference, ctx),
      stats: (_, { from, to }, ctx) => statsFor(ctx, from ?? null, to ?? null),
      redactions: (_, __, ctx) =>
        atLeast(ctx.level, 'DETAIL')
          ? []
          : detailFields.map((field) => ({ field, rule: ctx.decision.rule, levelNeeded: 'DETAIL' as const })),
      auditLog: async (_, { first, after }, ctx) => {
        if (ctx.caller.member !== member.code || ctx.caller.role !== 'auditor') {
          throw userError('FORBIDDEN', `only ${member.code}'s own auditors may read this node's audit log`);
        }
        const entries = await ctx.auditLog.list(clamp(first, 50, 1000, 'first'), after ?? undefined);
        return entries.map((e) => ({ ...e, level: enumValue(sharingLevels, e.level, 'AuditEntry.level') }));
      },
      ...requestNodeFields,
      ...feedNodeFields,
    },
  };
}
