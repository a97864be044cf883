/**
 * A key rotation through the real gateway (11 members, real HTTP, a real keying service holding both
 * generations). During the overlap (ACCEPTED_KEY_IDS=o1,o2; the service's current key still o1) each
 * member has re-keyed its stock into o2 beside o1 (`npm run rekey`'s function): an id of either generation
 * finds the same sightings (Cambodia's node on PostgreSQL, the others on SQLite), and an unknown
 * generation is BAD_USER_INPUT naming it. After the switch and the retirement (the service's current key
 * o2; ACCEPTED_KEY_IDS=o2; each member re-keyed and promoted): the hub keys an analyst's value with o2 and
 * finds every member, and an o1 id is BAD_USER_INPUT naming o1.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Member } from '../../schema/registry.js';
import { IndicatorAliases } from '../../subgraphs/national/db/IndicatorAliases.js';
import type { NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { rekeyIndicators } from '../../subgraphs/national/rekey/rekeyIndicators.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { digestIndicator, indicatorId, normalizeIndicator } from '../../shared/indicators/index.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { insertReports } from '../helpers/insertReports.js';
import { withoutSmallCellLimit } from '../helpers/policies.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const o2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 9) };
const planted = { e164: '+66812223344', members: ['TH', 'KH', 'MY'] };
const phone = normalizeIndicator('PHONE', planted.e164);
const idUnder = (key: IndicatorKey) => indicatorId('PHONE', digestIndicator(phone.kind, phone.canonical, key));

const byId = `query ($id: ID!) { indicatorById(id: $id) { id sightings { member { code } reportCount } } }`;
const byValue = `query ($value: String!) { indicator(kind: PHONE, value: $value) { id sightings { member { code } reportCount } } }`;

interface Answer {
  id: string;
  sightings: { member: { code: string }; reportCount: number }[];
}

/** Each member's reports under o1 (the stock before the rotation), then its re-key into o2. */
function seedAndRekey(promote: boolean) {
  return async ({ member, db, keyer }: { member: Member; db: NationalDatabase; keyer: IndicatorKeyer }) => {
    const has = planted.members.includes(member.code);
    await insertReports(db, member, testKey, [
      {
        reference: `${member.code}-RK-1`,
        reportedAt: '2026-03-01T09:00:00Z',
        scamType: 'IMPERSONATION',
        channel: 'PHONE_CALL',
        lossMinor: 10_000,
        indicators: [
          ...(has ? [{ kind: 'PHONE', value: planted.e164, role: 'CALLER_NUMBER' }] : []),
          { kind: 'URL', value: `https://${member.ns}-rotation.example.com/pay`, role: 'PHISHING_URL' },
        ],
      },
    ]);
    await rekeyIndicators(db, keyer, 'o2');
    if (promote) await new IndicatorAliases(db).promote('o2');
  };
}

function sightingsOf(answer: Answer): [string, number][] {
  return answer.sightings.map((s): [string, number] => [s.member.code, s.reportCount]).sort();
}

const expected = planted.members.map((m): [string, number] => [m, 1]).sort();

describe('key rotation, during the overlap: o1 and o2 ids answer the same', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      policy: withoutSmallCellLimit,
      keys: { current: testKey, others: [o2] },
      keyIds: ['o1', 'o2'],
      // one holder on PostgreSQL: the alias lookup runs on both databases
      postgresMembers: ['KH'],
      seed: seedAndRekey(false),
    });
  });
  after(() => fed?.close());

  test('an o1 id and an o2 id of the same value find the same sightings', async () => {
    for (const id of [idUnder(testKey), idUnder(o2)]) {
      const res = await fed.query<{ indicatorById: Answer }>(byId, { id });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(sightingsOf(res.data!.indicatorById), expected, id);
    }
  });

  test("the hub keys an analyst's value with the service's current key (still o1)", async () => {
    const res = await fed.query<{ indicator: Answer }>(byValue, { value: planted.e164 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.indicator.id, idUnder(testKey));
    assert.deepEqual(sightingsOf(res.data!.indicator), expected);
  });

  test('an id of an unknown key generation is BAD_USER_INPUT naming it', async () => {
    const id = idUnder(testKey).replace(':o1:', ':o3:');
    const res = await fed.query(byId, { id });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
    assert.match(res.errors[0]!.message, /unknown key id o3; this federation keys indicators with o1, o2/);
  });
});

describe('key rotation, after the overlap: o2 current, o1 retired', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      policy: withoutSmallCellLimit,
      keys: { current: o2 },
      keyIds: ['o2'],
      seed: seedAndRekey(true),
    });
  });
  after(() => fed?.close());

  test("the hub keys an analyst's value with o2 and finds every member that holds it", async () => {
    const res = await fed.query<{ indicator: Answer }>(byValue, { value: planted.e164 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.indicator.id, idUnder(o2));
    assert.deepEqual(sightingsOf(res.data!.indicator), expected);
  });

  test('an o1 id is BAD_USER_INPUT naming the retired key id', async () => {
    const res = await fed.query(byId, { id: idUnder(testKey) });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
    assert.match(res.errors[0]!.message, /unknown key id o1; this federation keys indicators with o2/);
  });
});
