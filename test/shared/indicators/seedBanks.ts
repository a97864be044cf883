/**
 * The seed writes bank accounts the way members do (domestic codes, BICs, IBANs); every one must normalise
 * to the bank directory's canonical code, or seeded data would hold bank codes no lookup ever produces.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankOf, members } from '../../../schema/registry.js';
import { bankAccount } from '../../../subgraphs/national/seed/indicatorValues.js';
import { memberProfile } from '../../../subgraphs/national/seed/memberProfile.js';
import { Random } from '../../../subgraphs/national/seed/Random.js';
import { syndicatePool } from '../../../subgraphs/national/seed/syndicatePool.js';
import { syntheticProfileOf } from '../../../subgraphs/national/seed/syntheticProfiles.js';
import { normalizeIndicator } from '../../../shared/indicators/index.js';

describe('seeded bank accounts', () => {
  test("every synthetic bank is in its member's directory under its canonical code", () => {
    for (const member of members) {
      for (const bank of syntheticProfileOf(member)?.banks ?? []) {
        assert.equal(bankOf(member, bank.code)?.code, bank.code, `${member.code} ${bank.name}`);
      }
    }
  });

  test('every seeded account, of every bank of every member, normalises to the directory code', () => {
    const rng = Random.of(7, 'seed-banks');
    for (const member of members.filter((m) => syntheticProfileOf(m))) {
      const profile = memberProfile(member);
      for (const bank of syntheticProfileOf(member)?.banks ?? []) {
        for (let i = 0; i < 5; i++) {
          const written = bankAccount(rng, profile, { ...bank });
          const { canonical } = normalizeIndicator('BANK_ACCOUNT', written, { region: member.code });
          assert.equal(canonical.split(':')[0], member.code, written);
          assert.equal(canonical.split(':')[1], bankOf(member, bank.code)?.code, written);
          // a lookup written with the BIC or the name reaches the same value
          const directory = bankOf(member, bank.code);
          const digits = canonical.split(':')[2] ?? '';
          for (const spelling of [directory?.bic, directory?.name, ...(directory?.aliases ?? [])]) {
            if (spelling === undefined) continue;
            const other = normalizeIndicator('BANK_ACCOUNT', `${member.code}:${spelling}:${digits}`).canonical;
            assert.equal(other, canonical, `${member.code}:${spelling}`);
          }
        }
      }
    }
  });

  test('the cross-border syndicate pool holds only directory codes', () => {
    const accounts = syndicatePool(1).filter((s) => s.kind === 'BANK_ACCOUNT');
    assert.ok(accounts.length > 100);
    for (const s of accounts) {
      const [cc, code] = normalizeIndicator('BANK_ACCOUNT', s.value).canonical.split(':');
      assert.equal(cc, s.home);
      assert.ok(
        members.find((m) => m.code === cc)?.banks.some((b) => b.code === code),
        s.value,
      );
    }
  });
});
