/**
 * The operations and fragments clients share (issue 14): the cross-border lookup is asked by the dashboard's
 * search, the analyst IDE's first tab, the bench's lookup scenarios and `npm start`'s printed example, so
 * its selection is written once, here, as fragments. test/unit/clientOperations.test.ts validates every
 * client operation (these, the dashboard's, the IDE's tabs, the bench's, the README's) against the
 * supergraph's API schema, so a field renamed in a template breaks a fast test, not a browser.
 *
 * Plain strings (no GraphQL client library): the dashboard posts them as they are and the IDE shows them.
 */

export interface Money {
  amount: string;
  currency: string;
}

/** Who was asked, who answered, who declined (policy) and who could not be reached. */
export const coverageFields = `fragment CoverageFields on Coverage {
  asked
  answered
  refused
  unavailable
  complete
}`;
export interface Coverage {
  asked: number;
  answered: string[];
  refused: string[];
  unavailable: string[];
  complete: boolean;
}

/** One member's hit, as much as its policy shares with the caller. */
export const sightingFields = `fragment SightingFields on Sighting {
  member { code name }
  level
  reference
  reportCount
  firstSeen
  lastSeen
  totalLoss { amount currency }
  scamTypes
}`;
export interface Sighting {
  member: { code: string; name: string };
  level: string;
  reference: string | null;
  reportCount: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  totalLoss: Money[] | null;
  scamTypes: string[] | null;
}

/**
 * Where was this indicator reported? `value` in any common spelling; `region` (alpha-2) reads national
 * formats such as a local phone number.
 */
export const lookupQuery = `query CrossBorderLookup($kind: IndicatorKind!, $value: String!, $region: String) {
  indicator(kind: $kind, value: $value, region: $region) {
    id
    kind
    sightings { ...SightingFields }
    coverage { ...CoverageFields }
  }
}

${sightingFields}

${coverageFields}
`;
export interface LookupData {
  indicator: { id: string; kind: string; sightings: Sighting[] | null; coverage: Coverage | null };
}
