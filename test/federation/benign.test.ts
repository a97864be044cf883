/**
 * Benign values (a national hotline, an official bank domain) answer `benign` and never a sighting, even
 * when a member holds reports naming them: victims report the spoofed hotline or the real bank's link.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertReports } from '../helpers/insertReports.js';
import { startFederation, testKey, type Federation } from '../helpers/startFederation.js';

type Answer = {
  indicator: {
    id: string;
    benign: { list: string; name: string; member: { code: string } } | null;
    sightings: { member: { code: string }; reportCount: number }[] | null;
  };
};

const lookup = `query ($kind: IndicatorKind!, $value: String!, $region: String) {
  indicator(kind: $kind, value: $value, region: $region) {
    id
    benign { list name member { code } }
    sightings { member { code } reportCount }
  }
}`;

describe('benign values', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      seed: async ({ member, db }) => {
        if (member.code !== 'TH') return;
        await insertReports(db, member, testKey, [
          {
            reference: 'TH-spoofed-1',
            reportedAt: '2026-02-02T02:00:00Z',
            scamType: 'IMPERSONATION',
            channel: 'PHONE_CALL',
            lossMinor: 5_000_00,
            indicators: [
              // the caller id showed the anti-scam hotline; the SMS linked the real bank's site
              { kind: 'PHONE', value: '1441', role: 'CALLER_NUMBER' },
              { kind: 'URL', value: 'https://www.kasikornbank.com/th/login', role: 'PHISHING_URL' },
              { kind: 'PHONE', value: '081-234-5678', role: 'CALLER_NUMBER' },
            ],
          },
        ]);
      },
    });
  });
  after(() => fed?.close());

  test('a hotline answers benign, with its list, and no sighting though Thailand holds it', async () => {
    for (const [value, region] of [
      ['1441', 'TH'],
      ['+66 1441', null],
    ] as const) {
      const res = await fed.query<Answer>(lookup, { kind: 'PHONE', value, region });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data!.indicator.benign, {
        list: 'National hotlines and anti-scam centres',
        name: 'Anti Online Scam Operation Center (AOC)',
        member: { code: 'TH' },
      });
      assert.deepEqual(res.data!.indicator.sightings, []);
    }
  });

  test('a URL on an official bank domain answers benign, in any spelling', async () => {
    const res = await fed.query<Answer>(lookup, { kind: 'URL', value: 'kasikornbank[.]com/th/login' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.indicator.benign?.list, 'Official bank domains');
    assert.equal(res.data!.indicator.benign?.member.code, 'TH');
    assert.deepEqual(res.data!.indicator.sightings, []);
  });

  test('the same report still gives a sighting for its other, non-benign number', async () => {
    const res = await fed.query<Answer>(lookup, { kind: 'PHONE', value: '+66 81 234 5678' });
    assert.equal(res.data!.indicator.benign, null);
    assert.deepEqual(
      res.data!.indicator.sightings!.map((s) => [s.member.code, s.reportCount]),
      [['TH', 1]],
    );
  });

  test('indicatorById knows a hotline id too', async () => {
    const first = await fed.query<Answer>(lookup, { kind: 'PHONE', value: '1441', region: 'TH' });
    const res = await fed.query<{ indicatorById: Answer['indicator'] }>(
      `query ($id: ID!) { indicatorById(id: $id) { benign { name } sightings { member { code } } } }`,
      { id: first.data!.indicator.id },
    );
    assert.equal(res.data!.indicatorById.benign?.name, 'Anti Online Scam Operation Center (AOC)');
    assert.deepEqual(res.data!.indicatorById.sightings, []);
  });
});
