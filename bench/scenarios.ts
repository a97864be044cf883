/**
 * The scenarios of the bench, as GraphQL requests: one definition shared by the load runs, the
 * in-process SQL count and test/bench/structure.test.ts, so the structural test checks exactly what the
 * bench measures. Each scenario rotates its variables over the inputs (different indicators, reports,
 * periods), so no answer is served twice in a row from any cache.
 */
import { type Member } from '../schema/registry.js';
import { lookupQuery } from '../gateway/web/src/shared/operations.js';
import { type ScenarioId } from './options.js';
import { type Role } from '../shared/identity/Caller.js';

export interface IndicatorInput {
  kind: string;
  value: string;
}

/** What the scenarios need from the data: read from the seeded databases (see readInputs). */
export interface ScenarioInputs {
  /** The member of the single-member scenarios (search, pivot). */
  member: Member;
  /** Cross-border indicators (syndicate values) to look up, in rotation. */
  lookups: IndicatorInput[];
  /** References of the member's reports that name a cross-border indicator, for the pivot. */
  reports: string[];
  /** The screening list (10,000 by default). */
  screen: IndicatorInput[];
  /** Periods [from, to) for the regional statistics, YYYY-MM-DD. */
  periods: { from: string; to: string }[];
  /** Filters of the single-member search, in rotation (null: none). */
  searchFilters: (Record<string, string> | null)[];
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Scenario {
  id: ScenarioId;
  /** The letter. */
  letter: string;
  title: string;
  /** Measured as sequential single requests (latency of a big request), not as throughput. */
  sequential: boolean;
  /** The i-th request of the rotation (i >= 0). */
  request(i: number): GraphQLRequest;
  /** How many distinct requests the rotation has. */
  variants: number;
  /** Connections of the load generator, when not --connections. */
  connections?: number;
  /** Who asks when --caller does not say (correlation: the Working Group, to whom every member gives lists). */
  caller?: { member: string; role: Role };
  /** Sequential requests per measured run, when not --screen-runs (correlation: one per page). */
  runs?: number;
  /**
   * Called once against our gateway before the scenario is measured, for requests that depend on earlier
   * answers (correlation's page cursors); it may change `variants`, `runs` and `title`.
   */
  prepare?(post: (request: GraphQLRequest) => Promise<unknown>): Promise<void>;
}

const pick = <T>(list: readonly T[], i: number): T => {
  if (list.length === 0) throw new Error('scenario input list is empty');
  return list[i % list.length]!;
};

export const searchQuery = (ns: string) => `query Search($first: Int!, $filter: ReportFilter) {
  ${ns} {
    reports(first: $first, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id reportedAt scamType channel loss { amount currency } status province } }
    }
  }
}`;

/** The dashboard's and the analyst IDE's lookup, as analysts send it (gateway/web/src/shared/operations.ts). */
export { lookupQuery };

export const pivotQuery = (ns: string) => `query Pivot($id: ID!) {
  ${ns} {
    report(id: $id) {
      id
      indicators {
        role
        kind
        indicator { id sightings { member { code } reportCount lastSeen } coverage { complete } }
      }
    }
  }
}`;

export const screenQuery = `query Screen($items: [IndicatorInput!]!) {
  screen(indicators: $items) {
    index
    problem { code field }
    indicator { id sightings { member { code } reportCount } coverage { complete } }
  }
}`;

export const statsQuery = `query Stats($from: Date!, $to: Date!) {
  region(from: $from, to: $to) {
    byMember { member { code } reportCount losses { amount currency } }
    totals { reportCount losses { amount currency } byScamType { key reportCount } byMonth { key reportCount } }
    coverage { answered unavailable complete }
  }
}`;

/** Correlation over every report the bench seeded (the synthetic period lies well inside). */
export const correlationPeriod = { from: '2000-01-01', to: '2100-01-01' };
/** Entries per page: the most under the gateway's cost limit with each entry's holders resolved. */
export const correlationPageSize = 64;

export const correlationQuery = `query Correlation($from: Date!, $to: Date!, $first: Int!, $after: String) {
  region(from: $from, to: $to) {
    correlation(first: $first, after: $after) {
      totalCount hasNextPage endCursor
      coverage { answered unavailable complete }
      entries { fingerprint indicator { id } kind members { code } reportCount }
    }
  }
}`;

interface CorrelationPage {
  data?: { region?: { correlation?: { totalCount: number; hasNextPage: boolean; endCursor: string | null } } };
  errors?: { message: string }[];
}

/**
 * (f) Every cross-border indicator of the bench's data, listed page by page as an analyst would: `prepare`
 * pages through once to learn the cursors, then each measured run requests every page once, so its time
 * and CPU summed over the run are those of the whole listing (per page in the table, pages in the title).
 */
function correlationScenario(): Scenario {
  const cursors: (string | null)[] = [null];
  const request = (i: number): GraphQLRequest => ({
    query: correlationQuery,
    variables: { ...correlationPeriod, first: correlationPageSize, after: cursors[i % cursors.length] },
  });
  const scenario: Scenario = {
    id: 'correlation',
    letter: 'f',
    title: `correlation: every cross-border indicator, ${correlationPageSize} per page`,
    sequential: true,
    variants: 1,
    // a member's analyst gets lists from few members (default policies: HIT), so little would correlate
    caller: { member: 'WG', role: 'analyst' },
    request,
    async prepare(post) {
      cursors.length = 1;
      for (;;) {
        const answer = (await post(request(cursors.length - 1))) as CorrelationPage;
        const page = answer.data?.region?.correlation;
        if (!page) throw new Error(`correlation page ${cursors.length}: ${JSON.stringify(answer.errors)}`);
        if (!page.hasNextPage || !page.endCursor) {
          scenario.variants = cursors.length;
          scenario.runs = cursors.length;
          scenario.title = `correlation: all ${page.totalCount.toLocaleString('en')} cross-border indicators, ${cursors.length} pages of ${correlationPageSize}, WG analyst (figures per page)`;
          return;
        }
        cursors.push(page.endCursor);
      }
    },
  };
  return scenario;
}

export function buildScenarios(inputs: ScenarioInputs): Record<ScenarioId, Scenario> {
  const ns = inputs.member.ns;
  return {
    search: {
      id: 'search',
      letter: 'a',
      title: `single-member report search (${inputs.member.code})`,
      sequential: false,
      variants: inputs.searchFilters.length,
      request: (i) => ({ query: searchQuery(ns), variables: { first: 20, filter: pick(inputs.searchFilters, i) } }),
    },
    latency: {
      id: 'latency',
      letter: 'a1',
      title: `same search, 1 connection (${inputs.member.code})`,
      sequential: false,
      connections: 1,
      variants: inputs.searchFilters.length,
      request: (i) => ({ query: searchQuery(ns), variables: { first: 20, filter: pick(inputs.searchFilters, i) } }),
    },
    lookup: {
      id: 'lookup',
      letter: 'b',
      title: 'cross-border lookup, 11 members',
      sequential: false,
      variants: inputs.lookups.length,
      request: (i) => ({ query: lookupQuery, variables: { ...pick(inputs.lookups, i) } }),
    },
    lookupLatency: {
      id: 'lookupLatency',
      letter: 'b1',
      title: 'same lookup, 1 connection',
      sequential: false,
      connections: 1,
      variants: inputs.lookups.length,
      request: (i) => ({ query: lookupQuery, variables: { ...pick(inputs.lookups, i) } }),
    },
    pivot: {
      id: 'pivot',
      letter: 'c',
      title: `pivot: ${inputs.member.code} report -> sightings`,
      sequential: false,
      variants: inputs.reports.length,
      request: (i) => ({ query: pivotQuery(ns), variables: { id: pick(inputs.reports, i) } }),
    },
    screen: {
      id: 'screen',
      letter: 'd',
      title: `screen ${inputs.screen.length.toLocaleString('en')} indicators`,
      sequential: true,
      variants: 1,
      request: () => ({ query: screenQuery, variables: { items: inputs.screen } }),
    },
    stats: {
      id: 'stats',
      letter: 'e',
      title: 'regional statistics',
      sequential: false,
      variants: inputs.periods.length,
      request: (i) => ({ query: statsQuery, variables: { ...pick(inputs.periods, i) } }),
    },
    correlation: correlationScenario(),
  };
}
