/**
 * Renders every subgraph's SDL from the templates and the member registry. This is the only way SDL is
 * produced: the national nodes, the hub, compose and the tests all call it, so what runs is what composes.
 */
import { readFileSync } from 'node:fs';
import { members, type Member } from './registry.js';
import { channels, indicatorKinds, indicatorRoles, reportStatuses, scamTypes } from './typology.js';

export const HUB_SUBGRAPH = 'hub';

const template = (name: string) => readFileSync(new URL(`./templates/${name}.graphql`, import.meta.url), 'utf8');

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return value;
  });
}

function enumSdl(name: string, description: string, entries: readonly { code: string; label: string }[]): string {
  const values = entries.map((e) => `  ${JSON.stringify(e.label)}\n  ${e.code}`).join('\n');
  return `${JSON.stringify(description)}\nenum ${name} {\n${values}\n}`;
}

/** The value types and vocabularies shared by every subgraph, identical wherever they are rendered. */
function valuesSdl(): string {
  const enums = [
    enumSdl('ScamType', "The working group's scam typology.", scamTypes),
    enumSdl('Channel', 'How the victim was approached.', channels),
    enumSdl('IndicatorKind', 'Kinds of scam indicator.', indicatorKinds),
    enumSdl('IndicatorRole', 'The role an indicator played in a report.', indicatorRoles),
    enumSdl('ReportStatus', 'Where a report stands.', reportStatuses),
  ].join('\n\n');
  return fill(template('values'), { enums });
}

export function renderNationalSdl(member: Member): string {
  return fill(template('national'), { ns: member.ns, name: member.name, values: valuesSdl() });
}

/** The fields the hub needs from each member to aggregate a sighting; one selection per member. */
const sightingSelection =
  'member hit level reference reportCount firstSeen lastSeen totalLoss { amount currency } scamTypes';
const statsSelection =
  'member level reportCount losses { amount currency } ' +
  'byScamType { key reportCount losses { amount currency } } byMonth { key reportCount losses { amount currency } }';

/** A member's service-level figures (Region.serviceLevels): its own selection, paid for only when asked. */
const serviceLevelSelection = 'requests acknowledged actioned expired medianSecondsToAcknowledge medianSecondsToAction';

/** Every field of an AssistanceRequest: the hub hands the requests on as they are, so it needs them all. */
const requestSelection =
  'member level requests { reference owner requester action indicator { id } subjectReference legalBasis urgency ' +
  'note status submittedAt dueAt acknowledgedAt closedAt declineReason response redactions { field rule levelNeeded } }';

export function renderHubSdl(): string {
  const per = (line: (m: Member) => string, sep = '\n') => members.map(line).join(sep);
  return fill(template('hub'), {
    indicatorExternals: per((m) => `  ${m.ns}: NationalSighting @external`),
    sightingRequires: per((m) => `${m.ns} { ${sightingSelection} }`, ' '),
    // the same selection as sightings (it includes member and level): with identical requirements the
    // planner sends ONE hub call for both fields instead of two (measured by npm run bench)
    coverageRequires: per((m) => `${m.ns} { ${sightingSelection} }`, ' '),
    regionExternals: per((m) => `  ${m.ns}: NationalStats @external`),
    regionRequires: per((m) => `${m.ns} { ${statsSelection} }`, ' '),
    regionCoverageRequires: per((m) => `${m.ns} { ${statsSelection} }`, ' '),
    hotListRequires: per((m) => `${m.ns} { member level topIndicators { id kind reportCount } }`, ' '),
    // a field of its own (not part of the sightings selection): only a client asking for the assessment pays
    // for reading the members' feedback
    assessmentRequires: per((m) => `${m.ns} { member level hit feedback { verdict action since } }`, ' '),
    outboxExternals: per((m) => `  ${m.ns}: RequestsAtMember @external`),
    outboxRequires: per((m) => `${m.ns} { ${requestSelection} }`, ' '),
    serviceLevelRequires: per((m) => `${m.ns} { member level serviceLevel { ${serviceLevelSelection} } }`, ' '),
    watchlistExternals: per((m) => `  ${m.ns}: WatchlistPart @external`),
    watchlistRequires: per((m) => `${m.ns} { member own watches { indicator { id } since seen } }`, ' '),
    watchedExternals: per((m) => `  ${m.ns}: IndicatorChangeSince @external`),
    watchedRequires: per((m) => `${m.ns} { member level hit change at cursor }`, ' '),
    correlationRequires: per((m) => `${m.ns} { member level reportCount indicatorFingerprints }`, ' '),
    correlatedExternals: per((m) => `  ${m.ns}: IndicatorCount @external`),
    correlatedRequires: per((m) => `${m.ns} { id kind reportCount }`, ' '),
    values: valuesSdl(),
  });
}

export interface SubgraphSdl {
  /** Subgraph name: the member's namespace, or `hub`. */
  readonly name: string;
  readonly sdl: string;
  /** Default local routing URL (the gateway may override it per subgraph from its config). */
  readonly url: string;
}

export const HUB_DEFAULT_PORT = 4100;

export function renderAllSubgraphs(): SubgraphSdl[] {
  return [
    ...members.map((m) => ({ name: m.ns, sdl: renderNationalSdl(m), url: `http://127.0.0.1:${m.port}/graphql` })),
    { name: HUB_SUBGRAPH, sdl: renderHubSdl(), url: `http://127.0.0.1:${HUB_DEFAULT_PORT}/graphql` },
  ];
}
