/**
 * A reference a sighting gave is accepted back (issue 10, item 5): `<ns> { sighting(reference:) }` answers
 * under the same policy as a lookup, refuses another member's or a malformed reference with BAD_USER_INPUT,
 * an unknown one with NOT_FOUND, and at NONE answers the same withheld sighting whatever the reference.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

const mule = 'KH:ACLB:001122334455';
const lookup = `{ indicator(kind: BANK_ACCOUNT, value: "${mule}") { tha { reference } khm { reference } } }`;
const byReference = `query ($reference: ID!) {
  tha { sighting(reference: $reference) { hit level reference reportCount redactions { field rule } } }
}`;

interface Sighting {
  hit: boolean | null;
  level: string;
  reference: string | null;
  reportCount: number | null;
  redactions: { field: string; rule: string }[];
}

describe('a sighting by its reference', () => {
  let fed: Federation;
  let th: string;
  let kh: string;
  before(async () => {
    fed = await startFederation({
      // Thailand refuses Viet Nam outright; everything else is the registry default
      policy: (member) =>
        member.code === 'TH'
          ? SharingPolicy.parse('SELF * PARTNER own-member\nVN * NONE refuse-vn\n* * HIT asean-default\n', 'TH', member)
          : SharingPolicy.defaultFor(member),
      seed: async ({ member, db }) => {
        if (member.code !== 'TH' && member.code !== 'KH') return;
        await insertReports(db, member, testKey, [
          {
            reference: `${member.code}-R1`,
            reportedAt: '2026-05-05T05:05:05Z',
            scamType: 'INVESTMENT',
            channel: 'SOCIAL_MEDIA',
            lossMinor: 100_00,
            indicators: [{ kind: 'BANK_ACCOUNT', value: mule, role: 'BENEFICIARY_ACCOUNT' }],
          },
        ]);
      },
    });
    const token = await fed.token({ member: 'TH', role: 'investigator' });
    const res = await fed.query<{ indicator: { tha: { reference: string }; khm: { reference: string } } }>(
      lookup,
      undefined,
      { token },
    );
    th = res.data!.indicator.tha.reference;
    kh = res.data!.indicator.khm.reference;
  });
  after(() => fed?.close());

  const ask = async (member: string, reference: string) =>
    fed.query<{ tha: { sighting: Sighting | null } }>(
      byReference,
      { reference },
      { token: await fed.token({ member, role: 'analyst' }) },
    );

  test('references are random, not row ids', () => {
    assert.match(th, /^TH:IND:[0-9a-f]{24}$/);
    assert.match(kh, /^KH:IND:[0-9a-f]{24}$/);
  });

  test('the owner answers a reference at the caller’s level: all for itself, hit only for a HIT partner', async () => {
    const own = await ask('TH', th);
    assert.equal(own.errors, undefined, JSON.stringify(own.errors));
    assert.deepEqual(own.data!.tha.sighting, {
      hit: true,
      level: 'PARTNER',
      reference: th,
      reportCount: 1,
      redactions: [],
    });
    const sg = await ask('SG', th);
    assert.equal(sg.errors, undefined, JSON.stringify(sg.errors));
    const s = sg.data!.tha.sighting!;
    assert.deepEqual([s.hit, s.level, s.reference, s.reportCount], [true, 'HIT', th, null]);
    assert.ok(s.redactions.some((r) => r.field === 'reportCount' && r.rule === 'asean-default'));
  });

  test('another member’s reference, a row number or garbage: BAD_USER_INPUT saying why', async () => {
    const other = await ask('TH', kh);
    assert.equal(other.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(other.errors![0]!.message, /names member KH, not TH: ask KH's node/);
    const old = await ask('TH', 'TH:IND:12365');
    assert.equal(old.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(old.errors![0]!.message, /row-number reference is no longer accepted/);
    assert.equal((await ask('TH', 'nonsense')).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  test('a well-formed reference the owner does not hold: null with NOT_FOUND', async () => {
    const res = await ask('TH', 'TH:IND:000000000000000000000000');
    assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(res.data?.tha?.sighting ?? null, null);
  });

  test('at NONE a known and an unknown reference get the same withheld answer', async () => {
    const known = await ask('VN', th);
    const unknown = await ask('VN', 'TH:IND:000000000000000000000000');
    assert.equal(known.errors ?? unknown.errors, undefined);
    assert.deepEqual(known.data, unknown.data);
    const s = known.data!.tha.sighting!;
    assert.deepEqual([s.hit, s.level, s.reference], [null, 'NONE', null]);
    assert.ok(s.redactions.some((r) => r.field === 'hit' && r.rule === 'refuse-vn'));
  });
});
