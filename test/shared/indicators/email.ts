import { describe, test } from 'node:test';
import { assertInvalid, assertSpellings } from './expectations.js';

describe('EMAIL', () => {
  test('spellings of one address give one lowercase address, domain in punycode', () => {
    assertSpellings('EMAIL', [
      {
        canonical: 'scam.agent@example.com',
        spellings: [
          'scam.agent@example.com',
          ' Scam.Agent@EXAMPLE.COM ',
          'mailto:Scam.Agent@example.com',
          'MAILTO:scam.agent@example.com?subject=Refund',
          'Refund Desk <scam.agent@example.com>',
          'scam.agent@example.com.',
        ],
      },
      {
        canonical: 'agent@xn--72c1a1bt4awk9o.xn--o3cw4h',
        spellings: ['agent@ตัวอย่าง.ไทย', 'AGENT@XN--72C1A1BT4AWK9O.XN--O3CW4H'],
      },
      // the whole host is kept: mail.example.co.th is not example.co.th
      { canonical: 'x+tag@mail.example.co.th', spellings: ['X+Tag@Mail.Example.co.th'] },
    ]);
  });

  test('invalid addresses say why', () => {
    assertInvalid('EMAIL', [
      { value: 'scam.example.com', reason: 'must contain exactly one "@"' },
      { value: 'a@b@example.com', reason: 'must contain exactly one "@"' },
      { value: '@example.com', reason: 'the part before "@" is empty' },
      { value: 'agent@', reason: 'the domain after "@" is empty' },
      { value: 'agent@localhost', reason: 'local name' },
      { value: 'agent@co.th', reason: 'public suffix' },
      { value: 'agent@192.0.2.1', reason: 'IP address' },
      { value: 'agent@example.zzz', reason: 'unknown top-level domain' },
      { value: 'scam agent@example.com', reason: 'a character that needs quoting' },
      { value: '.agent@example.com', reason: 'misplaced dot' },
      { value: `${'a'.repeat(65)}@example.com`, reason: 'longer than 64 characters' },
    ]);
  });
});
