import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { members } from '../../schema/registry.js';
import { WORKING_GROUP } from '../../subgraphs/shared/identity/Caller.js';
import {
  atLeast,
  loadSharingPolicy,
  sightingFieldLevels,
  type SharingLevel,
} from '../../subgraphs/national/policy/index.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

// One mule account reported in EVERY member, so each owner has something to share or withhold.
const mule = 'KH:ACLB:009988776655';
const fields = Object.keys(sightingFieldLevels) as (keyof typeof sightingFieldLevels)[];
const selection = `member level hit reference reportCount firstSeen lastSeen totalLoss { amount currency } scamTypes channels
  reports(first: 1) { id } redactions { field rule levelNeeded }`;
const lookup = `{ indicator(kind: BANK_ACCOUNT, value: "${mule}") { ${members.map((m) => `${m.ns} { ${selection} }`).join(' ')} } }`;

type Sighting = Record<string, unknown> & {
  level: SharingLevel;
  redactions: { field: string; rule: string; levelNeeded: string }[];
};

/**
 * For every requesting member (and the Working Group) against every owning member, the fields returned are
 * exactly those the OWNER's policy allows, the rest null and listed in redactions with the owner's rule.
 * The expected answers are computed from the policy files, not written by hand.
 */
describe('authorization matrix: 12 requesters x 11 owners, from the policies', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) =>
        insertReports(db, member, { id: 'o1', secret: Buffer.alloc(32, 7) }, [
          {
            reference: `${member.code}-M1`,
            reportedAt: '2026-05-05T05:05:05Z',
            scamType: 'INVESTMENT',
            channel: 'SOCIAL_MEDIA',
            lossMinor: 500_00,
            indicators: [{ kind: 'BANK_ACCOUNT', value: mule, role: 'BENEFICIARY_ACCOUNT' }],
          },
        ]),
    });
  });
  after(() => fed?.close());

  const requesters = [...members.map((m) => m.code), WORKING_GROUP];
  for (const requester of requesters) {
    test(`${requester} analyst sees from each owner exactly what the owner's policy allows`, async () => {
      const token = await fed.token({ member: requester, role: 'analyst' });
      const res = await fed.query<{ indicator: Record<string, Sighting> }>(lookup, undefined, { token });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      for (const owner of members) {
        const decision = loadSharingPolicy(owner).decide({ member: requester, role: 'analyst', subject: 's' });
        const got = res.data!.indicator[owner.ns]!;
        const where = `${requester} -> ${owner.code} (${decision.level}, ${decision.rule})`;
        assert.equal(got.level, decision.level, where);
        for (const field of fields) {
          const needed = sightingFieldLevels[field];
          if (atLeast(decision.level, needed)) {
            assert.notEqual(got[field], null, `${where}: ${field} should be shared`);
          } else {
            // hit is always a Boolean: below HIT it is false, never a revealed true
            if (field === 'hit') assert.equal(got.hit, false, where);
            else assert.equal(got[field], null, `${where}: ${field} should be withheld`);
          }
        }
        const expected = fields
          .filter((f) => !atLeast(decision.level, sightingFieldLevels[f]))
          .map((f) => ({ field: f, rule: decision.rule, levelNeeded: sightingFieldLevels[f] }));
        assert.deepEqual(got.redactions, expected, `${where}: redactions`);
      }
    });
  }
});
