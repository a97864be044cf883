import { describe, test } from 'node:test';
import { assertInvalid, assertSpellings } from './expectations.js';

describe('DOMAIN', () => {
  test('hosts, sub-domains and URLs give the registered domain in punycode', () => {
    assertSpellings('DOMAIN', [
      {
        canonical: 'example.co.th',
        spellings: [
          'example.co.th',
          'EXAMPLE.CO.TH',
          'example.co.th.',
          'login.example.co.th',
          'https://secure.login.Example.co.th/path?q=1#x',
          'http://user@example.co.th:8080/',
          'example.co.th/login',
          '//www.example.co.th',
        ],
      },
      {
        canonical: 'xn--72c1a1bt4awk9o.xn--o3cw4h',
        spellings: [
          'ตัวอย่าง.ไทย',
          'www.ตัวอย่าง.ไทย',
          'xn--72c1a1bt4awk9o.xn--o3cw4h',
          'XN--72C1A1BT4AWK9O.XN--O3CW4H.',
          'https://ตัวอย่าง.ไทย/login',
        ],
      },
      // sites under a private suffix are their own domains
      { canonical: 'foo.github.io', spellings: ['foo.github.io', 'https://foo.github.io/x', 'www.foo.github.io'] },
      { canonical: 'bar.github.io', spellings: ['bar.github.io'] },
      { canonical: 'example.com.kh', spellings: ['shop.example.com.kh', ['Example.com.kh', 'KH']] },
    ]);
  });

  test('invalid domains say why', () => {
    assertInvalid('DOMAIN', [
      { value: '192.0.2.1', reason: 'is an IP address, not a domain' },
      { value: 'http://[2001:db8::1]/', reason: 'is an IP address, not a domain' },
      { value: 'localhost', reason: '"localhost" is a local name' },
      { value: 'co.th', reason: '"co.th" is a public suffix, not a registrable domain' },
      { value: 'github.io', reason: 'public suffix' },
      { value: 'com', reason: '"com" is a public suffix' },
      { value: 'example.zzz', reason: 'unknown top-level domain ".zzz"' },
      { value: 'a..b.com', reason: 'not a valid host name' },
      { value: 'exa mple.com', reason: 'not a valid domain or URL' },
    ]);
  });
});
