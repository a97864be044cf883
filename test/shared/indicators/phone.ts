import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { members } from '../../../schema/registry.js';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { assertInvalid, assertSpellings } from './expectations.js';

/**
 * One mobile number per member, as people write it at home (national format, read with the member as
 * region) and abroad (`+CC`, `00CC`). SG, BN and TL have no trunk `0`. Every number here is valid in
 * libphonenumber-js/max metadata.
 */
const mobiles: { region: string; e164: string; national: string[]; international: string[] }[] = [
  {
    region: 'ID',
    e164: '+6281234567890',
    national: ['0812-3456-7890', '0812 3456 7890', '081234567890', '(0812) 3456.7890'],
    international: [
      '+62 812-3456-7890',
      '+62 812 3456 7890',
      '0062 812 3456 7890',
      '006281234567890',
      '+62 (0)812 3456 7890',
    ],
  },
  {
    region: 'MY',
    e164: '+60123456789',
    national: ['012-345 6789', '012 345 6789', '0123456789', '012-3456789'],
    international: ['+60 12-345 6789', '+60 12 345 6789', '0060 12 345 6789', '0060123456789', '+60123456789'],
  },
  {
    region: 'PH',
    e164: '+639171234567',
    national: ['0917 123 4567', '0917-123-4567', '09171234567', '(0917) 123.4567'],
    international: [
      '+63 917 123 4567',
      '+63-917-123-4567',
      '0063 917 123 4567',
      '00639171234567',
      '+63 (0) 917 123 4567',
    ],
  },
  {
    region: 'SG',
    e164: '+6591234567',
    national: ['9123 4567', '9123-4567', '91234567'],
    international: ['+65 9123 4567', '+65-9123-4567', '0065 9123 4567', '006591234567', '(+65) 9123 4567'],
  },
  {
    region: 'TH',
    e164: '+66812345678',
    national: ['081-234-5678', '081 234 5678', '0812345678', '08-1234-5678', '081.234.5678'],
    international: ['+66 81 234 5678', '+66-81-234-5678', '0066 81 234 5678', '0066812345678', '+66 (0) 81 234 5678'],
  },
  {
    region: 'BN',
    e164: '+6738712345',
    national: ['871 2345', '871-2345', '8712345'],
    international: ['+673 871 2345', '+673-871-2345', '00673 871 2345', '006738712345', 'tel:+673-871-2345'],
  },
  {
    region: 'VN',
    e164: '+84912345678',
    national: ['0912 345 678', '0912-345-678', '0912345678', '091 234 5678'],
    international: ['+84 912 345 678', '+84-912-345-678', '0084 912 345 678', '0084912345678', '+84 (0) 912 345 678'],
  },
  {
    region: 'LA',
    e164: '+8562055123456',
    national: ['020 55 123 456', '020-5512-3456', '02055123456', '020 5512 3456'],
    international: ['+856 20 55 123 456', '+856-20-5512-3456', '00856 20 5512 3456', '008562055123456'],
  },
  {
    region: 'MM',
    e164: '+959781234567',
    national: ['09 781 234 567', '09-781-234-567', '09781234567', '09 781 234567'],
    international: ['+95 9 781 234 567', '+95-9-781-234-567', '0095 9 781 234 567', '00959781234567'],
  },
  {
    region: 'KH',
    e164: '+85512345678',
    national: ['012 345 678', '012-345-678', '012345678', '(012) 345 678'],
    international: ['+855 12 345 678', '+855-12-345-678', '00855 12 345 678', '0085512345678'],
  },
  {
    region: 'TL',
    e164: '+67077234567',
    national: ['7723 4567', '7723-4567', '77234567'],
    international: ['+670 7723 4567', '+670-7723-4567', '00670 7723 4567', '0067077234567'],
  },
];

describe('PHONE', () => {
  test('the member table covers every member of the registry', () => {
    assert.deepEqual(mobiles.map((m) => m.region).sort(), members.map((m) => m.code).sort());
  });

  for (const { region, e164, national, international } of mobiles) {
    test(`${region}: national, spaced, dashed, +CC and 00CC spellings give ${e164}`, () => {
      const other = members.find((m) => m.code !== region)?.code ?? region;
      assertSpellings('PHONE', [
        {
          canonical: e164,
          spellings: [
            ...national.map((n): [string, string] => [n, region]),
            ...international,
            // an international number is not re-read in the caller's region
            ...international.map((n): [string, string] => [n, other]),
          ],
        },
      ]);
    });
  }

  test('landlines and foreign numbers (scammers use them too)', () => {
    assertSpellings('PHONE', [
      { canonical: '+6621234567', spellings: [['02-123-4567', 'TH'], '+66 2 123 4567', '0066 2 123 4567'] },
      { canonical: '+622112345678', spellings: [['(021) 1234-5678', 'ID'], '+62 21 1234 5678'] },
      { canonical: '+63281234567', spellings: [['(02) 8123 4567', 'PH'], '+63 2 8123 4567'] },
      { canonical: '+12127365000', spellings: ['+1 212-736-5000', '001 212 736 5000', ['+1 (212) 736-5000', 'TH']] },
      { canonical: '+442079460958', spellings: ['+44 20 7946 0958', '+44 (0)20 7946 0958', '0044 20 7946 0958'] },
      { canonical: '+8613800138000', spellings: ['+86 138 0013 8000', ['0086 138 0013 8000', 'VN']] },
    ]);
  });

  test('full-width digits and Unicode dashes are read', () => {
    assert.equal(normalizeIndicator('PHONE', '０８１‐２３４‐５６７８', { region: 'TH' }).canonical, '+66812345678');
    assert.equal(normalizeIndicator('PHONE', '+66 81\u2013234\u20135678').canonical, '+66812345678');
  });

  test('invalid numbers say why', () => {
    assertInvalid('PHONE', [
      { value: '081-234-567', region: 'TH', reason: 'not a valid phone number for TH (too short)' },
      { value: '+66 81 234 56789', reason: 'not a valid phone number for TH (too long)' },
      { value: '0812345678', reason: 'needs a country code' },
      { value: '81 234 5678', reason: 'or a region' },
      { value: '+999 123 4567', reason: 'unknown country calling code' },
      { value: '+6612', reason: 'not a valid phone number for TH' },
      { value: '12', region: 'SG', reason: 'too short' },
      { value: '0812345678901234567', region: 'TH', reason: 'too long' },
      { value: '+66 81 234 5678 ext. 12', reason: 'may contain only digits' },
      { value: 'call +66812345678', reason: 'may contain only digits' },
      { value: '081+2345678', region: 'TH', reason: 'may contain only digits' },
      { value: '+', reason: 'may contain only digits' },
    ]);
  });
});
