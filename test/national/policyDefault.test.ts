/**
 * The default policy every member ships, generated from the registry: itself PARTNER, its MoU partners
 * PARTNER, Working-Group analysts SUMMARY, everyone else HIT. Checked for every member against every
 * requester (never a hand-picked few), plus the Thailand-Cambodia MoU both ways.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { memberByCode, members, type Member } from '../../schema/registry.js';
import {
  type PolicyDecision,
  type Role,
  roles,
  SharingPolicy,
  workingGroup,
} from '../../subgraphs/national/policy/index.js';

function expected(owner: Member, member: string, role: Role): PolicyDecision['level'] {
  if (member === owner.code) return 'PARTNER';
  if (owner.partners?.includes(member)) return 'PARTNER';
  if (member === workingGroup && role === 'analyst') return 'SUMMARY';
  return 'HIT';
}

describe('the default policy of each member', () => {
  for (const owner of members) {
    test(`${owner.code}: self PARTNER, MoU partners PARTNER, WG analysts SUMMARY, others HIT`, () => {
      const policy = SharingPolicy.defaultFor(owner);
      const matrix = policy.matrix();
      assert.equal(matrix.length, (members.length + 1) * roles.length);
      for (const { member, role, decision } of matrix) {
        assert.equal(decision.level, expected(owner, member, role), `${owner.code} -> ${member} ${role}`);
        assert.deepEqual(policy.decide({ member, role, subject: 'x' }), decision, 'decide agrees with matrix');
      }
      const self = policy.decide({ member: owner.code, role: 'operator', subject: 'x' });
      assert.deepEqual(self, { level: 'PARTNER', rule: 'own-member' });
      assert.deepEqual(policy.decide({ member: workingGroup, role: 'analyst', subject: 'x' }), {
        level: 'SUMMARY',
        rule: 'working-group-analysts',
      });
    });
  }

  test('Thailand and Cambodia are PARTNER both ways, for every role', () => {
    const th = SharingPolicy.defaultFor(memberByCode('TH'));
    const kh = SharingPolicy.defaultFor(memberByCode('KH'));
    for (const role of roles) {
      assert.deepEqual(th.decide({ member: 'KH', role, subject: 'k' }), { level: 'PARTNER', rule: 'mou-th-kh' });
      assert.deepEqual(kh.decide({ member: 'TH', role, subject: 't' }), { level: 'PARTNER', rule: 'mou-kh-th' });
    }
    const sg = SharingPolicy.defaultFor(memberByCode('SG'));
    assert.deepEqual(sg.decide({ member: 'KH', role: 'analyst', subject: 'k' }), {
      level: 'HIT',
      rule: 'asean-default',
    });
  });

  test('registry MoU partnerships are known members, never self, and mutual', () => {
    const partnered = members.filter((m) => (m.partners ?? []).length > 0);
    assert.ok(partnered.length >= 2, 'at least one partnership');
    for (const m of partnered) {
      for (const p of m.partners ?? []) {
        assert.notEqual(p, m.code);
        assert.ok(memberByCode(p).partners?.includes(m.code), `${p} lists ${m.code} back`);
      }
    }
  });

  test('matrix() covers all 11 members and WG with all 4 roles, once each', () => {
    const matrix = SharingPolicy.defaultFor(memberByCode('TH')).matrix();
    assert.equal(members.length, 11);
    const pairs = matrix.map((c) => `${c.member}/${c.role}`);
    assert.equal(new Set(pairs).size, 48);
    for (const member of [...members.map((m) => m.code), workingGroup]) {
      for (const role of roles) assert.ok(pairs.includes(`${member}/${role}`), `${member}/${role}`);
    }
  });

  test('render() writes a valid policy file that reads back to the same policy', () => {
    for (const owner of members) {
      const policy = SharingPolicy.defaultFor(owner);
      const text = policy.render();
      assert.match(text, /^# Sharing policy of /);
      assert.deepEqual(SharingPolicy.parse(text, `${owner.code}.policy`, owner).matrix(), policy.matrix());
    }
    assert.equal(
      SharingPolicy.defaultFor(memberByCode('KH'))
        .render()
        .split('\n')
        .filter((l) => l && !l.startsWith('#')).length,
      4,
    );
  });
});
