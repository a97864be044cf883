/**
 * Table helpers for the indicator tests: every spelling in a group must give the one canonical value, and
 * every invalid input must fail with BAD_USER_INPUT naming the field and containing the expected reason.
 */
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { type NormalizeOptions, normalizeIndicator } from '../../../shared/indicators/index.js';

/** A spelling, or a spelling with the region it is read in. */
export type Spelling = string | [value: string, region: string];

export interface SpellingGroup {
  canonical: string;
  spellings: Spelling[];
}

export interface InvalidCase {
  value: string;
  region?: string;
  reason: string;
}

function split(spelling: Spelling): [string, NormalizeOptions] {
  return typeof spelling === 'string' ? [spelling, {}] : [spelling[0], { region: spelling[1] }];
}

export function assertSpellings(kind: string, groups: SpellingGroup[]): void {
  for (const { canonical, spellings } of groups) {
    for (const spelling of spellings) {
      const [value, options] = split(spelling);
      const got = normalizeIndicator(kind, value, options);
      assert.equal(got.canonical, canonical, `${kind} ${JSON.stringify(spelling)}`);
      assert.equal(got.kind, kind);
    }
  }
  const canonicals = groups.map((g) => g.canonical);
  assert.equal(new Set(canonicals).size, canonicals.length, 'each group has its own canonical value');
}

/** Asserts `fn` throws BAD_USER_INPUT whose field is `field` and whose message contains `part`. */
export function assertBadInput(fn: () => unknown, field: string, part: string): GraphQLError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof GraphQLError, `expected a GraphQLError containing ${JSON.stringify(part)}`);
  assert.equal(caught.extensions.code, 'BAD_USER_INPUT');
  assert.equal(caught.extensions.field, field);
  assert.ok(caught.message.includes(part), `message ${JSON.stringify(caught.message)} lacks ${JSON.stringify(part)}`);
  return caught;
}

export function assertInvalid(kind: string, cases: InvalidCase[]): void {
  for (const { value, region, reason } of cases) {
    const error = assertBadInput(() => normalizeIndicator(kind, value, { region }), 'value', reason);
    assert.equal(error.extensions.kind, kind);
    assert.ok(error.message.startsWith(`${kind} `), `message names the kind: ${error.message}`);
    assert.ok(String(error.extensions.reason).includes(reason));
  }
}
