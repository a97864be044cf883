/**
 * Resolver types generated from the SDL templates (schema first): `npm run codegen` writes them,
 * `npm run codegen:check` (part of `npm test`) fails when they are stale. The national template is
 * rendered for a placeholder namespace (`national`): resolvers bind the real namespace at run time.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { renderHubSdl, renderNationalSdl } from './schema/renderSubgraphs.js';

const placeholder = {
  code: 'XX',
  ns: 'national',
  name: 'The member',
  phoneRegion: 'XX',
  currency: 'XXX',
  port: 0,
  joined: '1967-08-08',
  usdPerUnit: 1,
  iddPrefixes: ['00'],
  banks: [],
  eWallets: [],
  benign: { hotlines: [], domains: [] },
};

const common = {
  federation: true,
  useIndexSignature: false,
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'Date | string', Date: 'string', Decimal: 'string' },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/national/graphql/__generated__/resolvers.ts': {
      schema: renderNationalSdl(placeholder),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../NationalContext.js#NationalContext',
        mappers: {
          NationalNode: '../parents.js#NodeParent',
          Indicator: '../parents.js#IndicatorParent',
          NationalSighting: '../parents.js#SightingParent',
          ScamReport: '../parents.js#ReportParent',
          ReportIndicator: '../parents.js#ReportIndicatorParent',
          Region: '../parents.js#RegionParent',
          NationalStats: '../parents.js#StatsParent',
          CorrelatedIndicator: '../parents.js#CorrelatedParent',
          StatsBucket: '../parents.js#BucketParent',
          Money: '../parents.js#MoneyParent',
          NationalMutations: '../../requests/requestParents.js#MutationsParent',
          AssistanceRequest: '../../requests/requestParents.js#RequestParent',
          RequestOutbox: '../../requests/requestParents.js#OutboxParent',
          RequestsAtMember: '../../requests/requestParents.js#RequestsAtMemberParent',
          IndicatorChangePage: '../../feed/feedParents.js#ChangePageParent',
          IndicatorChange: '../../feed/feedParents.js#ChangeParent',
          IndicatorChangeSince: '../../feed/feedParents.js#ChangeSinceParent',
          Watch: '../../feed/feedParents.js#WatchParent',
          Watchlist: '../../feed/feedParents.js#WatchlistParent',
          WatchlistPart: '../../feed/feedParents.js#WatchlistPartParent',
          WatchedIndicator: '../../feed/feedParents.js#WatchedParent',
        },
      },
    },
    'subgraphs/hub/graphql/__generated__/resolvers.ts': {
      schema: renderHubSdl(),
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...common,
        contextType: '../HubContext.js#HubContext',
        mappers: {
          Indicator: '../parents.js#IndicatorParent',
          Region: '../parents.js#RegionParent',
          Member: '../parents.js#MemberParent',
          RequestOutbox: '../myRequests.js#OutboxParent',
          AssistanceRequest: '../myRequests.js#RequestRep',
          CorrelatedIndicator: '../parents.js#CorrelatedParent',
          Correlation: '../parents.js#CorrelationParent',
          Watchlist: '../watchlist.js#WatchlistParent',
          WatchedIndicator: '../watchlist.js#WatchedParent',
          MemberChange: '../watchlist.js#MemberChangeParent',
        },
      },
    },
  },
};

export default config;
