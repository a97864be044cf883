/**
 * The lists stored codes are checked against (enumValue) hold exactly their SDL enum's values: `satisfies`
 * proves a list is a subset at compile time, this proves it is all of it, so a value added to a template's
 * enum cannot be written by one path and refused when read back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { members } from '../../../schema/registry.js';
import { renderNationalSdl } from '../../../schema/renderSubgraphs.js';
import { channels, indicatorKinds, indicatorRoles, reportStatuses, scamTypes } from '../../../schema/typology.js';
import { sharingLevels } from '../../../subgraphs/national/policy/index.js';
import {
  feedbackVerdicts,
  requestUrgencies,
  storedStatuses,
} from '../../../subgraphs/national/requests/requestCodes.js';
import { assistanceActions } from '../../../subgraphs/national/requests/serviceLevels.js';

// the federation directives are Apollo's: declare them so graphql-js builds the SDL as a plain schema
const federation = `directive @link(url: String, import: [String]) repeatable on SCHEMA
directive @key(fields: String!) repeatable on OBJECT
directive @shareable repeatable on OBJECT | FIELD_DEFINITION
`;
const schema = buildSchema(federation + renderNationalSdl(members[0]!), { assumeValidSDL: true });

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  assert.ok(type instanceof GraphQLEnumType, `${name} is an enum of the national SDL`);
  return type.getValues().map((v) => v.name);
}

const codes = (list: readonly { code: string }[]) => list.map((e) => e.code);

test('each list a stored code is checked against is its SDL enum, value for value', () => {
  const lists: [string, readonly string[]][] = [
    ['ScamType', codes(scamTypes)],
    ['Channel', codes(channels)],
    ['IndicatorKind', codes(indicatorKinds)],
    ['IndicatorRole', codes(indicatorRoles)],
    ['ReportStatus', codes(reportStatuses)],
    ['SharingLevel', sharingLevels],
    ['AssistanceAction', assistanceActions],
    ['RequestUrgency', requestUrgencies],
    ['FeedbackVerdict', feedbackVerdicts],
  ];
  for (const [name, list] of lists) assert.deepEqual([...list].sort(), enumValues(name).sort(), name);
});

test('stored statuses are every request status but EXPIRED, which is read from the clock', () => {
  assert.deepEqual(
    [...storedStatuses].sort(),
    enumValues('RequestStatus')
      .filter((s) => s !== 'EXPIRED')
      .sort(),
  );
});
