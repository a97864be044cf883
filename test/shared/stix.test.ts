/**
 * The STIX 2.1 pieces without a server: name-based ids (the RFC's own vector), patterns both ways for
 * every kind, the bundle rules (each one violated once), what buildBundle leaves out when a member
 * withheld it, the official TLP 2.0 objects.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indicatorKinds } from '../../schema/typology.js';
import { buildBundle, type ExportItem } from '../../shared/stix/buildBundle.js';
import { checkBundle } from '../../shared/stix/checkBundle.js';
import { parsePattern, patternOf } from '../../shared/stix/indicatorPattern.js';
import { EXTENSION_ID, stixId, tlpLevels, tlpMarking } from '../../shared/stix/stixVocabulary.js';
import { uuidV5 } from '../../shared/stix/uuidV5.js';

const now = new Date('2026-11-29T10:00:00.000Z');
const id = (kind: string, n: number) => `${kind}:o1:${String(n).padStart(64, '0')}`;
type Obj = Record<string, unknown> & { type: string; id: string };

describe('STIX ids and patterns', () => {
  test('uuid v5 gives the RFC 9562 test vector, and stixId is stable', () => {
    assert.equal(
      uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com'),
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    assert.equal(stixId('indicator', id('PHONE', 1)), stixId('indicator', id('PHONE', 1)));
    assert.notEqual(stixId('indicator', id('PHONE', 1)), stixId('indicator', id('PHONE', 2)));
  });

  test('every kind round-trips through its pattern, quotes and backslashes escaped', () => {
    for (const { code } of indicatorKinds) {
      const value = `a'b\\c ${code}`;
      const pattern = patternOf(code, value);
      assert.deepEqual(parsePattern(pattern), { kind: code, value }, pattern);
    }
    assert.equal(patternOf('DOMAIN', 'example.com'), "[domain-name:value = 'example.com']");
    assert.equal(patternOf('EMAIL', 'a@example.com'), "[email-addr:value = 'a@example.com']");
  });

  test('patterns outside the shapes the federation writes are refused with the reason', () => {
    const refused: [string, RegExp][] = [
      ["url:value = 'x'", /one observation in brackets/],
      ["[url:value = 'x' OR url:value = 'y']", /expected AND or \]/],
      ["[ipv4-addr:value = '1.2.3.4']", /object type ipv4-addr is not read/],
      ["[url:value = 'x' AND domain-name:value = 'y']", /more than one object type/],
      [
        "[x-asean-scam-indicator:kind = 'FAX' AND x-asean-scam-indicator:value = '1']",
        /kind "FAX" is not one of PHONE/,
      ],
      ["[url:value = 'a\\nb']", /invalid escape/],
      ["[url:value = 'x]", /unterminated string/],
      ["[url:value LIKE 'x']", /expected an object path/],
    ];
    for (const [pattern, reason] of refused) {
      const read = parsePattern(pattern);
      assert.ok('reason' in read, pattern);
      assert.match(read.reason, reason, pattern);
    }
  });
});

describe('bundle rules', () => {
  const valid = () => ({
    type: 'bundle',
    id: 'bundle--6ba7b810-9dad-41d1-80b4-00c04fd430c8',
    objects: [
      {
        type: 'indicator',
        spec_version: '2.1',
        id: stixId('indicator', 'x'),
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00Z',
        pattern: "[url:value = 'https://example.com/']",
        pattern_type: 'stix',
        valid_from: '2026-01-01T00:00:00Z',
      },
      {
        type: 'sighting',
        spec_version: '2.1',
        id: stixId('sighting', 'x'),
        created: '2026-01-01T00:00:00.000Z',
        modified: '2026-01-01T00:00:00.000Z',
        sighting_of_ref: stixId('indicator', 'x'),
        count: 3,
      },
    ] as Obj[],
  });

  test('a valid bundle passes', () => assert.deepEqual(checkBundle(valid()), []));

  test('each rule, broken once, is named with its object and field', () => {
    const cases: [(b: ReturnType<typeof valid>) => void, number, string, RegExp][] = [
      [(b) => (b.type = 'Bundle'), -1, 'type', /must be "bundle"/],
      [(b) => (b.id = 'bundle--nope'), -1, 'id', /not bundle--<uuid>/],
      [(b) => (b.objects[0]!.type = 'Indicator'), 0, 'type', /not a STIX type name/],
      [(b) => (b.objects[0]!.spec_version = '2.0'), 0, 'spec_version', /must be "2.1"/],
      [(b) => (b.objects[0]!.id = stixId('report', 'x')), 0, 'id', /is not indicator--/],
      [(b) => (b.objects[0]!.created = '2026-01-01T00:00:00+07:00'), 0, 'created', /not a STIX timestamp/],
      [(b) => (b.objects[0]!.modified = '2025-12-31T23:59:59Z'), 0, 'modified', /earlier than created/],
      [(b) => delete b.objects[0]!.pattern, 0, 'pattern', /is required/],
      [(b) => (b.objects[0]!.valid_from = '2026-02-30T00:00:00Z'), 0, 'valid_from', /not a STIX timestamp/],
      [(b) => (b.objects[1]!.sighting_of_ref = 'indicator'), 1, 'sighting_of_ref', /not a STIX id/],
      [(b) => (b.objects[1]!.count = -1), 1, 'count', /integer from 0/],
      [
        (b) => Object.assign(b.objects[1]!, { first_seen: '2026-02-01T00:00:00Z', last_seen: '2026-01-01T00:00:00Z' }),
        1,
        'last_seen',
        /earlier than first_seen/,
      ],
      [(b) => (b.objects[1]!.where_sighted_refs = []), 1, 'where_sighted_refs', /non-empty array/],
    ];
    for (const [breakIt, index, field, reason] of cases) {
      const b = valid();
      breakIt(b);
      const problems = checkBundle(b);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.deepEqual([problems[0]!.index, problems[0]!.field], [index, field]);
      assert.match(problems[0]!.reason, reason);
    }
  });
});

describe('buildBundle', () => {
  const item: ExportItem = {
    kind: 'PHONE',
    canonical: '+66812345678',
    id: id('PHONE', 1),
    sightings: [
      {
        member: { code: 'SG', name: 'Singapore' },
        level: 'HIT',
        reference: 'SG:IND:0123456789abcdef01234567',
        reportCount: null,
        firstSeen: null,
        lastSeen: null,
        totalLoss: null,
        scamTypes: null,
      },
    ],
    reports: [],
  };

  test('a sighting carries only what the member disclosed; no reports were read, none are written', () => {
    const bundle = buildBundle([item], { tlp: 'green', now });
    assert.deepEqual(checkBundle(bundle), []);
    const sighting = (bundle.objects as Obj[]).find((o) => o.type === 'sighting')!;
    for (const absent of ['count', 'first_seen', 'last_seen']) assert.equal(sighting[absent], undefined, absent);
    const ext = (sighting.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!;
    assert.deepEqual(Object.keys(ext).sort(), ['extension_type', 'level', 'member', 'reference']);
    assert.equal((bundle.objects as Obj[]).filter((o) => o.type === 'report').length, 0);
    const indicator = (bundle.objects as Obj[]).find((o) => o.type === 'indicator')!;
    assert.equal(indicator.valid_from, now.toISOString(), 'no first sighting disclosed: valid from the export');
  });

  test('an indicator without any hit is still exported, as what was asked', () => {
    const bundle = buildBundle([{ ...item, sightings: [] }], { tlp: 'clear', now });
    assert.deepEqual(checkBundle(bundle), []);
    const indicator = (bundle.objects as Obj[]).find((o) => o.type === 'indicator')!;
    assert.deepEqual(indicator.indicator_types, ['unknown']);
  });

  test('the TLP 2.0 marking-definitions are the objects OASIS publishes', () => {
    const published: Record<string, string> = {
      clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
      green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
      amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
      'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
      red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    };
    for (const tlp of tlpLevels) {
      assert.deepEqual(tlpMarking(tlp), {
        type: 'marking-definition',
        spec_version: '2.1',
        id: published[tlp],
        created: '2022-10-01T00:00:00.000Z',
        name: `TLP:${tlp.toUpperCase()}`,
        extensions: {
          'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
            extension_type: 'property-extension',
            tlp_2_0: tlp,
          },
        },
      });
    }
  });
});
