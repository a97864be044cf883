import { memberByCode, members, onRegistryChange, ratesAsOf } from '../../../schema/registry.js';
import { channels, indicatorKinds, scamTypes, type IndicatorKind } from '../../../schema/typology.js';
import { userError } from '../../../shared/errors.js';
import { scalarResolvers } from '../../../shared/graphql/scalars.js';
import {
  type CanonicalIndicator,
  keyCanonicals,
  keyIndicator,
  normalizeIndicator,
  parseIndicatorId,
} from '../../../shared/indicators/index.js';
import { indicativeUsd, sumByCurrency } from '../../../shared/money.js';
import { GraphQLError } from 'graphql';
import type { Resolvers } from './__generated__/resolvers.js';
import type { HubContext } from './HubContext.js';
import { coverageOf, mergeBuckets, partsOf } from './aggregate.js';
import { correlate, correlatedFields, statsShared } from './correlation.js';
import type { SightingRep, StatsRep, TopIndicatorsRep } from './parents.js';
import { myRequestsResolvers } from './myRequests.js';
import { watchlistResolvers } from './watchlist.js';
import { assessment } from './assessment.js';
import { regionServiceLevels } from './serviceLevels.js';

const regionId = 'ASEAN';
// rebuilt when the registry in use changes (a member joining brings its currency)
let usdRates: ReadonlyMap<string, number> = ratesOf();
onRegistryChange(() => (usdRates = ratesOf()));
function ratesOf(): ReadonlyMap<string, number> {
  return new Map(members.map((m) => [m.currency, m.usdPerUnit]));
}
const MAX_HOT_LIST = 200;

/** The analyst a keying is charged to: who, never their token. */
const analystOf = (ctx: HubContext) => ({ member: ctx.caller.member, subject: ctx.caller.subject });

/**
 * Members whose statistics reached this caller (statsShared: SUMMARY or more, figures not withheld under
 * the owner's k), with their figures: the one test behind `Region.coverage`, the sums, the hot list and the
 * correlation, so a member the coverage lists as refused is never counted in them.
 */
function sharedStats(parent: { [ns: string]: unknown }) {
  return partsOf<StatsRep>(parent).flatMap(({ member, part }) =>
    statsShared(part) && part.reportCount != null ? [{ member, part: { ...part, reportCount: part.reportCount } }] : [],
  );
}

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
      indicator: async (_, { kind, value, region }, ctx) => {
        const k = await keyIndicator(kind, value, ctx.keyer, {
          ...(region ? { region } : {}),
          onBehalfOf: analystOf(ctx),
        });
        ctx.benign.check(k);
        return { id: k.id, kind: k.kind };
      },
      indicatorById: (_, { id }, ctx) => ({ id, kind: parseIndicatorId(id, ctx.keyIds).kind }),
      screen: async (_, { indicators }, ctx) => {
        if (indicators.length > ctx.maxScreen) {
          throw userError(
            'BAD_USER_INPUT',
            `indicators: at most ${ctx.maxScreen} per screen, got ${indicators.length}; split the list`,
            {
              field: 'indicators',
            },
          );
        }
        // normalise every item (a bad one is that item's problem), then key the good ones in one batch
        const normalised = indicators.map((item, index) => {
          try {
            return normalizeIndicator(item.kind, item.value, item.region ? { region: item.region } : {});
          } catch (e) {
            if (!(e instanceof GraphQLError) || e.extensions.code !== 'BAD_USER_INPUT') throw e;
            const field = typeof e.extensions.field === 'string' ? `indicators[${index}].${e.extensions.field}` : null;
            return { code: 'BAD_USER_INPUT', message: e.message, field };
          }
        });
        const valid = normalised.filter((n): n is CanonicalIndicator => 'canonical' in n);
        const keyed = await keyCanonicals(valid, ctx.keyer, { onBehalfOf: analystOf(ctx) });
        for (const k of keyed) ctx.benign.check(k);
        let next = 0;
        return normalised.map((n, index) =>
          'canonical' in n
            ? { index, indicator: { id: keyed[next]!.id, kind: keyed[next++]!.kind }, problem: null }
            : { index, indicator: null, problem: n },
        );
      },
      region: (_, { from, to }) => {
        if (from >= to)
          throw userError('BAD_USER_INPUT', `region: from (${from}) must be before to (${to})`, { field: 'from' });
        return { id: regionId, from, to };
      },
      myRequests: myRequestsResolvers.myRequests,
      watchlist: watchlistResolvers.watchlist,
    },
    Indicator: {
      __resolveReference: (ref, ctx) => ({ ...ref, kind: parseIndicatorId(ref.id, ctx.keyIds).kind }),
      // a benign value (a hotline, an official domain) is never a hit, whatever members hold
      sightings: (parent, _, ctx) =>
        partsOf<SightingRep>(ctx.benign.byId(parent.id) ? {} : parent)
          .filter(({ part }) => part.hit)
          .map(({ member, part }) => ({
            member,
            level: part.level,
            reference: part.reference ?? null,
            reportCount: part.reportCount ?? null,
            firstSeen: part.firstSeen ?? null,
            lastSeen: part.lastSeen ?? null,
            totalLoss: part.totalLoss ?? null,
            scamTypes: part.scamTypes ?? null,
          })),
      coverage: (parent) => coverageOf(parent, (part) => part.level === 'NONE'),
      assessment,
      benign: (parent, _, ctx) => {
        const match = ctx.benign.byId(parent.id);
        return match ? { list: match.list, name: match.name, member: memberByCode(match.member) } : null;
      },
    },
    RequestOutbox: myRequestsResolvers.RequestOutbox,
    AssistanceRequest: myRequestsResolvers.AssistanceRequest,
    Watchlist: watchlistResolvers.Watchlist,
    WatchedIndicator: watchlistResolvers.WatchedIndicator,
    MemberChange: watchlistResolvers.MemberChange,
    CorrelatedIndicator: {
      __resolveReference: (ref) => ref,
      indicator: (parent) => correlatedFields(parent).indicator,
      kind: (parent) => correlatedFields(parent).indicator?.kind ?? null,
      members: (parent) => correlatedFields(parent).members,
      reportCount: (parent) => correlatedFields(parent).reportCount,
    },
    Region: {
      __resolveReference: (ref) => ref,
      byMember: (parent) =>
        sharedStats(parent).map(({ member, part }) => ({
          member,
          reportCount: part.reportCount,
          losses: part.losses,
          indicativeUsd: indicativeUsd(part.losses, usdRates),
        })),
      totals: (parent) => {
        const parts = sharedStats(parent).map((p) => p.part);
        const losses = sumByCurrency(parts.flatMap((p) => p.losses));
        return {
          reportCount: parts.reduce((n, p) => n + p.reportCount, 0),
          losses,
          indicativeUsd: indicativeUsd(losses, usdRates),
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
      // statistics need SUMMARY: a member that shares less (or withholds under its k) declined this view
      coverage: (parent) => coverageOf(parent, (part) => !statsShared(part)),
      ratesAsOf: () => ratesAsOf,
      correlation: (parent, { first, after }) => correlate(parent, first, after),
      serviceLevels: (parent) => regionServiceLevels(parent),
      hotList: (parent, { first }) => {
        const limit = first ?? 20;
        if (!Number.isInteger(limit) || limit < 0 || limit > MAX_HOT_LIST) {
          throw userError('BAD_USER_INPUT', `hotList.first must be between 0 and ${MAX_HOT_LIST}`, { field: 'first' });
        }
        const byId = new Map<
          string,
          {
            kind: IndicatorKind;
            members: (typeof members)[number][];
            reportCount: number;
          }
        >();
        // only members that shared their lists (SUMMARY or more): a member that refused adds nothing
        const sharing = partsOf<TopIndicatorsRep>(parent).filter(
          ({ part }) => part.level !== 'NONE' && part.level !== 'HIT' && part.topIndicators != null,
        );
        for (const { member, part } of sharing) {
          for (const t of part.topIndicators ?? []) {
            const entry = byId.get(t.id) ?? { kind: t.kind, members: [], reportCount: 0 };
            entry.members.push(member);
            // a count under the owner's k is withheld (null): the member is named, its count is not added
            entry.reportCount += t.reportCount ?? 0;
            byId.set(t.id, entry);
          }
        }
        return [...byId.entries()]
          .filter(([, e]) => e.members.length >= 2)
          .sort(
            ([a, x], [b, y]) =>
              y.members.length - x.members.length || y.reportCount - x.reportCount || a.localeCompare(b),
          )
          .slice(0, limit)
          .map(([id, e]) => ({
            indicator: { id, kind: e.kind },
            kind: e.kind,
            members: e.members,
            reportCount: e.reportCount,
          }));
      },
    },
  };
}
