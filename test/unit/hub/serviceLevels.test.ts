/**
 * `Region.serviceLevels` from hand-built member answers: each sharing member's figures as its node gave
 * them (the hub adds nothing up: medians do not combine), and a member whose figures did not reach the
 * caller (below SUMMARY, withheld under its k, NONE) is refused, a silent one unavailable.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memberByCode, members } from '../../../schema/registry.js';
import { regionServiceLevels, type ServiceLevelRep } from '../../../subgraphs/hub/graphql/serviceLevels.js';

const ns = (code: string) => memberByCode(code).ns;
const figures = (requests: number, medianAck: number | null): NonNullable<ServiceLevelRep['serviceLevel']> => ({
  requests,
  acknowledged: requests - 1,
  actioned: requests - 2,
  expired: 1,
  medianSecondsToAcknowledge: medianAck,
  medianSecondsToAction: medianAck === null ? null : medianAck * 10,
});
const part = (code: string, level: string, serviceLevel: ServiceLevelRep['serviceLevel']): ServiceLevelRep => ({
  member: code,
  level,
  serviceLevel,
});
const inRegistryOrder = (codes: string[]) => members.map((m) => m.code).filter((c) => codes.includes(c));

test("each sharing member's own figures, in registry order, nothing combined; the others named in coverage", () => {
  const parent = {
    id: 'ASEAN',
    from: '2026-01-01',
    to: '2026-04-01',
    [ns('TH')]: part('TH', 'SUMMARY', figures(10, 3600)),
    [ns('SG')]: part('SG', 'PARTNER', figures(4, null)),
    [ns('KH')]: part('KH', 'DETAIL', figures(2, 60)),
    // figures a member sent at HIT are not shared with this caller, whatever they say
    [ns('MY')]: part('MY', 'HIT', figures(99, 1)),
    [ns('PH')]: part('PH', 'SUMMARY', null),
    [ns('VN')]: part('VN', 'NONE', null),
    [ns('ID')]: null,
  };
  const { byMember, coverage } = regionServiceLevels(parent);
  // SG, TH and KH in the registry's order (SG before TH before KH)
  assert.deepEqual(
    byMember.map(({ member, ...rest }) => [member.code, rest]),
    [
      ['SG', figures(4, null)],
      ['TH', figures(10, 3600)],
      ['KH', figures(2, 60)],
    ],
  );
  assert.deepEqual(coverage.answered, ['SG', 'TH', 'KH']);
  assert.deepEqual(coverage.refused, inRegistryOrder(['MY', 'PH', 'VN']));
  assert.deepEqual(
    coverage.unavailable,
    members.map((m) => m.code).filter((c) => !['SG', 'TH', 'KH', 'MY', 'PH', 'VN'].includes(c)),
  );
  assert.equal(coverage.complete, false);
});

test('every member shares: complete; nobody answers: nothing listed, everyone unavailable', () => {
  const all = Object.fromEntries(members.map((m, i) => [m.ns, part(m.code, 'SUMMARY', figures(i + 2, i))]));
  const shared = regionServiceLevels({ id: 'ASEAN', from: 'a', to: 'b', ...all });
  assert.equal(shared.byMember.length, members.length);
  assert.deepEqual(
    shared.byMember.map((s) => s.requests),
    members.map((_, i) => i + 2),
  );
  assert.equal(shared.coverage.complete, true);

  const silent = regionServiceLevels({ id: 'ASEAN', from: 'a', to: 'b' });
  assert.deepEqual(silent.byMember, []);
  assert.deepEqual(
    silent.coverage.unavailable,
    members.map((m) => m.code),
  );
  assert.equal(silent.coverage.complete, false);
});
