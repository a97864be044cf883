import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unavailableResponse } from '../../../gateway/unavailableResponse.js';

/**
 * The shape a failed member is answered in decides whether the hub's @requires fetch still runs: every
 * root field null, and one object per `_entities` representation with each requested field null.
 */
test('root fields of the subgraph operation are null, aliases kept, one coded error naming the member', () => {
  const res = unavailableResponse(
    { query: '{ khm { member reports { totalCount } } other: khm { member } }' },
    'khm',
    'timed out',
  );
  assert.deepEqual(res.data, { khm: null, other: null });
  assert.equal(res.errors?.length, 1);
  assert.deepEqual(res.errors?.[0]?.extensions, { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'khm' });
  assert.match(res.errors?.[0]?.message ?? '', /khm did not answer \(timed out\)/);
});

test('_entities: one object per representation, requested fields null, __typename kept, fragments followed', () => {
  const query = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Indicator { khm { hit } alias: id }
      ...Other
    }
  }
  fragment Other on Region { khm { reportCount } }`;
  const res = unavailableResponse(
    {
      query,
      variables: {
        representations: [
          { __typename: 'Indicator', id: 'a' },
          { __typename: 'Region', id: 'r' },
          { __typename: 'Indicator', id: 'b' },
        ],
      },
    },
    'khm',
    'connection refused',
  );
  assert.deepEqual(res.data, {
    _entities: [
      { __typename: 'Indicator', khm: null, alias: null },
      { __typename: 'Region', khm: null },
      { __typename: 'Indicator', khm: null, alias: null },
    ],
  });
});

test('with several operations, only the named one is answered', () => {
  const res = unavailableResponse(
    { query: 'query A { tha { member } } query B { khm { member } }', operationName: 'B' },
    'khm',
    'HTTP 502',
  );
  assert.deepEqual(res.data, { khm: null });
});
