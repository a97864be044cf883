/**
 * The sighting field rules of the sharing policy: which fields of a hit each level withholds, naming the
 * rule and the level needed, and that the answer is computed once and shared (policy/sightingRedactions).
 * The policy file itself: policyParse.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sightingRedactions } from '../../subgraphs/national/policy/index.js';

describe('sighting field rules', () => {
  const row = {
    digest: 'k1:ab',
    kind: 'PHONE',
    indicatorId: 1,
    reference: '0123456789abcdef01234567',
    reportCount: 2,
    firstSeen: new Date(0),
    lastSeen: new Date(0),
    losses: [],
    scamTypes: [],
    channels: [],
  };

  test('HIT withholds the SUMMARY and DETAIL fields of a hit, naming the rule and the level needed', () => {
    const redactions = sightingRedactions('HIT', row, 'asean-default');
    assert.deepEqual(
      redactions.map((r) => r.field),
      ['reportCount', 'firstSeen', 'lastSeen', 'totalLoss', 'scamTypes', 'channels', 'feedback', 'reports'],
    );
    assert.deepEqual(redactions.at(-1), { field: 'reports', rule: 'asean-default', levelNeeded: 'DETAIL' });
  });

  test('PARTNER withholds nothing; NONE lists every field, hit or miss, so a miss is not revealed', () => {
    assert.deepEqual(sightingRedactions('PARTNER', row, 'own-member'), []);
    assert.deepEqual(sightingRedactions('NONE', undefined, 'no-rule'), sightingRedactions('NONE', row, 'no-rule'));
    assert.equal(sightingRedactions('NONE', undefined, 'no-rule').length, 10);
    assert.deepEqual(sightingRedactions('HIT', undefined, 'asean-default'), []);
  });

  test('the answer is computed once per level, hit or miss, and rule, and shared frozen (a screen asks 10,000 times)', () => {
    const first = sightingRedactions('HIT', row, 'asean-default');
    assert.equal(sightingRedactions('HIT', { ...row }, 'asean-default'), first);
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first[0]));
    // the rule and the hit are part of the key: another rule names itself, a miss at HIT withholds nothing
    assert.equal(sightingRedactions('HIT', row, 'bilateral-th')[0]!.rule, 'bilateral-th');
    assert.deepEqual(sightingRedactions('HIT', undefined, 'asean-default'), []);
    assert.notEqual(sightingRedactions('SUMMARY', row, 'asean-default'), first);
  });
});
