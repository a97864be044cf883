/**
 * A report as a member shares it (the caller reached DETAIL before any report was read), its indicators
 * with the role each played, and money in decimal at the edge. Stored codes become SDL enum values here,
 * checked (enumValue): the database holds them as plain strings.
 */
import type { Member } from '../../../schema/registry.js';
import { channels, indicatorKinds, indicatorRoles, reportStatuses, scamTypes } from '../../../schema/typology.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { indicatorId, parseIndicatorId } from '../../../shared/indicators/index.js';
import { minorToDecimal } from '../../../shared/money.js';
import type { Resolvers } from './__generated__/resolvers.js';

export type ReportResolvers = Required<Pick<Resolvers, 'ScamReport' | 'ReportIndicator' | 'Money'>>;

export function reportResolvers(member: Member): ReportResolvers {
  return {
    ScamReport: {
      id: (row) => row.reference,
      member: () => member.code,
      scamType: (row) => enumValue(scamTypes, row.scamType, 'ScamReport.scamType'),
      channel: (row) => enumValue(channels, row.channel, 'ScamReport.channel'),
      status: (row) => enumValue(reportStatuses, row.status, 'ScamReport.status'),
      loss: (row) => (row.lossMinor === null ? null : { currency: row.currency, amountMinor: row.lossMinor }),
      indicators: async (row, _, ctx) =>
        (await ctx.loaders.links.load(row.id)).map((l) => {
          const kind = enumValue(indicatorKinds, l.kind, 'ReportIndicator.kind');
          return {
            role: enumValue(indicatorRoles, l.role, 'ReportIndicator.role'),
            kind,
            id: indicatorId(kind, l.digest),
          };
        }),
    },
    ReportIndicator: {
      role: (l) => l.role,
      kind: (l) => l.kind,
      indicator: (l, _, ctx) => ({ id: l.id, digest: parseIndicatorId(l.id, ctx.keyIds).digest }),
    },
    Money: {
      amount: (m) => minorToDecimal(m.amountMinor),
      currency: (m) => m.currency,
    },
  };
}
