import { members } from '../../../schema/registry.js';
import { channels, indicatorKinds, scamTypes } from '../../../schema/typology.js';
import { userError } from '../../shared/errors.js';
import { scalarResolvers } from '../../shared/graphql/scalars.js';
import { keyIndicator, parseIndicatorId } from '../../shared/indicators/index.js';
import { sumByCurrency } from '../../shared/money.js';
import { GraphQLError } from 'graphql';
import type { Resolvers } from './__generated__/resolvers.js';
import { coverageOf, mergeBuckets, partsOf } from './aggregate.js';
import type { SightingRep, StatsRep } from './parents.js';

const regionId = 'ASEAN';

/**
 * The hub's resolvers: reference data, keying indicators (the raw value stops here; only the keyed id
 * travels on), and aggregates over the members' parts that the gateway fetched for `@requires`.
 */
export function buildResolvers(): Resolvers {
  return {
    ...scalarResolvers,
    Query: {
      members: () => [...members],
      scamTypes: () => [...scamTypes],
      channels: () => [...channels],
      indicatorKinds: () => [...indicatorKinds],
      indicator: (_, { kind, value, region }, ctx) => {
        const k = keyIndicator(kind, value, ctx.key, region ? { region } : {});
        return { id: k.id, kind: k.kind };
      },
      indicatorById: (_, { id }) => ({ id, kind: parseIndicatorId(id).kind }),
      screen: (_, { indicators }, ctx) => {
        if (indicators.length > ctx.maxScreen) {
          throw userError(
            'BAD_USER_INPUT',
            `indicators: at most ${ctx.maxScreen} per screen, got ${indicators.length}; split the list`,
            {
              field: 'indicators',
            },
          );
        }
        return indicators.map((item, index) => {
          try {
            const k = keyIndicator(item.kind, item.value, ctx.key, item.region ? { region: item.region } : {});
            return { index, indicator: { id: k.id, kind: k.kind }, problem: null };
          } catch (e) {
            if (!(e instanceof GraphQLError) || e.extensions.code !== 'BAD_USER_INPUT') throw e;
            const field = typeof e.extensions.field === 'string' ? `indicators[${index}].${e.extensions.field}` : null;
            return { index, indicator: null, problem: { code: 'BAD_USER_INPUT', message: e.message, field } };
          }
        });
      },
      region: (_, { from, to }) => {
        if (from >= to)
          throw userError('BAD_USER_INPUT', `region: from (${from}) must be before to (${to})`, { field: 'from' });
        return { id: regionId, from, to };
      },
    },
    Indicator: {
      __resolveReference: (ref) => ({ ...ref, kind: parseIndicatorId(ref.id).kind }),
      sightings: (parent) =>
        partsOf<SightingRep>(parent)
          .filter(({ part }) => part.hit)
          .map(({ member, part }) => ({
            member,
            level: part.level as never,
            reference: part.reference ?? null,
            reportCount: part.reportCount ?? null,
            firstSeen: part.firstSeen ?? null,
            lastSeen: part.lastSeen ?? null,
            totalLoss: part.totalLoss ?? null,
            scamTypes: (part.scamTypes ?? null) as never,
          })),
      coverage: (parent) => coverageOf(parent, (part) => part.level === 'NONE'),
    },
    Region: {
      __resolveReference: (ref) => ref,
      byMember: (parent) =>
        partsOf<StatsRep>(parent).map(({ member, part }) => ({
          member,
          reportCount: part.reportCount,
          losses: part.losses,
        })),
      totals: (parent) => {
        const parts = partsOf<StatsRep>(parent).map((p) => p.part);
        return {
          reportCount: parts.reduce((n, p) => n + p.reportCount, 0),
          losses: sumByCurrency(parts.flatMap((p) => p.losses)),
          byScamType: mergeBuckets(
            parts.map((p) => p.byScamType),
            'count',
          ),
          byMonth: mergeBuckets(
            parts.map((p) => p.byMonth),
            'key',
          ),
        };
      },
      coverage: (parent) => coverageOf(parent, () => false),
    },
  };
}
