/**
 * The dashboard's own GraphQL documents and the shapes of their answers; the lookup and the shapes it shares
 * with the other clients are in ../shared/operations.ts.
 */
import { coverageFields, type Coverage, type Money } from '../shared/operations.js';

export type { Coverage, LookupData, Money, Sighting } from '../shared/operations.js';
export { lookupQuery } from '../shared/operations.js';
export interface MemberRef {
  code: string;
  name: string;
  currency: string;
}
export interface Entry {
  code: string;
  label: string;
}
export interface Bucket {
  key: string;
  reportCount: number;
  losses: Money[];
}
export interface HotIndicator {
  indicator: { id: string; sightings: { member: { code: string } }[] | null };
  kind: string;
  members: { code: string; name: string }[];
  reportCount: number;
}
/** A member's service level for requests for assistance (shown by the requests panels, requestPanels.ts). */
export interface ServiceLevelItem {
  member: { code: string };
  requests: number;
  acknowledged: number;
  actioned: number;
  expired: number;
  medianSecondsToAcknowledge: number | null;
  medianSecondsToAction: number | null;
}
export interface RegionData {
  from: string;
  to: string;
  ratesAsOf: string;
  coverage: Coverage | null;
  byMember: { member: { code: string }; reportCount: number; losses: Money[]; indicativeUsd: string }[] | null;
  totals: {
    reportCount: number;
    losses: Money[];
    indicativeUsd: string;
    byScamType: Bucket[];
    byMonth: Bucket[];
  } | null;
  hotList: HotIndicator[] | null;
  serviceLevels: { byMember: ServiceLevelItem[]; coverage: Coverage } | null;
}
export const referenceQuery = `query DashboardReference {
  members { code name currency }
  scamTypes { code label }
  indicatorKinds { code label }
}`;

export const regionQuery = `query DashboardRegion($from: Date!, $to: Date!, $hot: Int!) {
  region(from: $from, to: $to) {
    from
    to
    ratesAsOf
    coverage { ...CoverageFields }
    byMember { member { code } reportCount losses { amount currency } indicativeUsd }
    totals {
      reportCount
      losses { amount currency }
      indicativeUsd
      byScamType { key reportCount losses { amount currency } }
      byMonth { key reportCount losses { amount currency } }
    }
    hotList(first: $hot) {
      indicator { id sightings { member { code } } }
      kind
      members { code name }
      reportCount
    }
    # in the same query as the figures: one call per member per refresh, not one per panel
    serviceLevels {
      byMember {
        member { code }
        requests
        acknowledged
        actioned
        expired
        medianSecondsToAcknowledge
        medianSecondsToAction
      }
      coverage { asked answered refused unavailable complete }
    }
  }
}

${coverageFields}
`;

/** Months with reports over a long span: finds the latest data when the default period is empty. */
export const monthsQuery = `query DashboardMonths($from: Date!, $to: Date!) {
  region(from: $from, to: $to) { totals { byMonth { key reportCount } } }
}`;
