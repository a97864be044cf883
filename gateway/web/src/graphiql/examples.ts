/**
 * The analyst IDE's preloaded tabs: the federation's typical questions, ready to run against the data
 * `npm start` seeds. Member namespaces come from the registry (the page passes the list vite took from it at
 * build time), the values from the synthetic syndicate of seed 42 (`npm start`'s default; a test checks they
 * are still in it).
 */
import { lookupQuery } from '../shared/operations.js';

export interface RegistryMember {
  code: string;
  ns: string;
  name: string;
}

/** A call-centre number of the synthetic syndicate, seen in several members after `npm start`. */
export const examplePhone = '+959754077740';
export const exampleScreen = [
  { kind: 'PHONE', value: examplePhone },
  { kind: 'BANK_ACCOUNT', value: 'TH:030:214013166528' },
  { kind: 'CRYPTO_WALLET', value: 'TRON:TQZRM5q4M7ArKQTrhiJtcNKDT3ekhFYMsT' },
  { kind: 'URL', value: 'https://onlinesmart.id/verify' },
  { kind: 'PHONE', value: '12345' },
];

export interface ExampleTab {
  query: string;
  variables?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

const lookup = `# Cross-border lookup: where was this indicator reported?
# \`value\` may be written in any common spelling; \`region\` (a member's alpha-2 code) reads national
# formats such as a local phone number. The hub turns the value into a keyed digest: only the digest
# travels to the members. Members that did not answer are listed in coverage.unavailable, never as "no hit".
# The fragments below are the ones the dashboard's search uses.
${lookupQuery}`;

const detail = (
  m: RegistryMember,
) => `# What one member says, in detail: ${m.name}'s own answer about an indicator, under \`${m.ns}\`, as much
# as its policy shares with you. Fields above your level are null and listed in \`redactions\`.
query MemberDetail($kind: IndicatorKind!, $value: String!) {
  indicator(kind: $kind, value: $value) {
    id
    ${m.ns} {
      hit
      level
      reference
      reportCount
      firstSeen
      lastSeen
      totalLoss { amount currency }
      scamTypes
      channels
      reports(first: 5) { id reportedAt scamType loss { amount currency } }
      redactions { field rule levelNeeded }
    }
  }
}
`;

const drill = (
  m: RegistryMember,
  namespaces: string,
) => `# Drilling into one member: ${m.name}'s node, under its namespace \`${m.ns}\`.
# Every member has the same fields under its own namespace: ${namespaces}.
# Statistics are shared at SUMMARY; reports need DETAIL (${m.name}'s own analysts, or a partner under its
# policy): below that \`reports\` is null and listed in \`redactions\` with the rule that withheld it.
query OneMember($from: Date, $to: Date) {
  ${m.ns} {
    member
    level
    redactions { field rule levelNeeded }
    stats(from: $from, to: $to) {
      reportCount
      losses { amount currency }
      byScamType { key reportCount }
      byChannel { key reportCount }
    }
    reports(filter: { scamType: INVESTMENT }, first: 5) {
      totalCount
      edges { node { id reportedAt scamType channel status province loss { amount currency } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`;

const pivot = (
  m: RegistryMember,
) => `# Pivot: from a member's reports to their indicators, and from each indicator to every member that
# reported it. With a reference in hand, ask \`${m.ns} { report(id: "...") { ... } }\` instead. Reports need
# DETAIL: run this with a token of ${m.name} (npm run token -- --member ${m.code} --role analyst).
query ReportPivot {
  ${m.ns} {
    level
    reports(first: 3) {
      edges {
        node {
          id
          reportedAt
          scamType
          loss { amount currency }
          indicators {
            role
            kind
            indicator {
              id
              sightings { member { code name } reportCount lastSeen }
              coverage { unavailable complete }
            }
          }
        }
      }
    }
  }
}
`;

const screen = `# Screening: many indicators at once (up to 10,000). Each member answers the whole batch in one call;
# an invalid item gets its own \`problem\` (see the last one) and does not fail the others.
query Screen($items: [IndicatorInput!]!) {
  screen(indicators: $items) {
    index
    problem { code message field }
    indicator {
      id
      kind
      sightings { member { code } reportCount }
      coverage { complete unavailable }
    }
  }
}
`;

const region = `# Regional statistics for a period (from inclusive, to exclusive). Losses stay per currency; indicativeUsd
# converts at the registry's indicative rates of \`ratesAsOf\`, for comparing members, not for accounting.
query RegionalStatistics($from: Date!, $to: Date!) {
  region(from: $from, to: $to) {
    ratesAsOf
    coverage { asked answered unavailable complete }
    byMember { member { code name currency } reportCount losses { amount currency } indicativeUsd }
    totals {
      reportCount
      losses { amount currency }
      indicativeUsd
      byScamType { key reportCount }
      byMonth { key reportCount }
    }
    hotList(first: 10) { kind members { code } reportCount indicator { id } }
  }
}
`;

/** The tabs, with periods relative to `today` so they never go stale. */
export function exampleTabs(members: readonly RegistryMember[], today: Date): ExampleTab[] {
  const first = members[0];
  const namespaces = members.map((m) => m.ns).join(', ');
  const monthStart = (offset: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
  // 36 whole months up to this one: long enough to include the synthetic data of an older `npm start`
  const period = { from: monthStart(-35), to: monthStart(1) };
  const tabs: ExampleTab[] = [{ query: lookup, variables: json({ kind: 'PHONE', value: examplePhone }) }];
  if (first) {
    tabs.push({ query: detail(first), variables: json({ kind: 'PHONE', value: examplePhone }) });
    tabs.push({ query: drill(first, namespaces), variables: json(period) });
    tabs.push({ query: pivot(first) });
  }
  tabs.push({ query: screen, variables: json({ items: exampleScreen }) });
  tabs.push({ query: region, variables: json(period) });
  return tabs;
}
