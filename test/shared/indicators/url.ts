import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { assertInvalid, assertSpellings } from './expectations.js';

describe('URL', () => {
  test('spellings of one page give one WHATWG URL', () => {
    assertSpellings('URL', [
      {
        canonical: 'https://example.com/login',
        spellings: [
          'https://example.com/login',
          'HTTPS://EXAMPLE.COM/login',
          '  https://Example.com/login  ',
          'https://example.com:443/login/',
          'https://user:secret@example.com/login',
          'https://example.com/login#step-2',
          'https://example.com./login',
          'https://example.com/login?utm_source=sms&utm_medium=bulk&UTM_Campaign=x&fbclid=abc&gclid=1',
          'https://example.com/login?dclid=1&gbraid=2&wbraid=3&msclkid=4&yclid=5&igshid=6&mc_cid=7&mc_eid=8',
          'https://example.com/login?_ga=1&_gl=2&si=3&ref_src=twsrc',
          'https://example.com/a/../login',
        ],
      },
      {
        // one scheme and no `www.`: a link pasted without a scheme matches the https record (issue 10)
        canonical: 'https://example.com/path',
        spellings: [
          'example.com/path',
          'Example.com/path/',
          '//example.com/path',
          'http://example.com:80/path',
          'www.example.com/path',
          'http://www.example.com/path',
          'https://WWW.example.com/path',
          'hxxps://example[.]com/path',
          'hxxp://www[.]example[.]com/path',
          'hXXps[:]//example(.)com/path',
          'https[:]//example{.}com/path',
        ],
      },
      {
        canonical: 'https://example.com/',
        spellings: ['https://example.com', 'https://example.com/', 'https://example.com:443/?gclid=1#top'],
      },
      {
        // remaining parameters sorted by name, stable for repeated names
        canonical: 'https://shop.example.co.th/item?a=1&b=2&b=1&id=9',
        spellings: [
          'https://shop.example.co.th/item?b=2&id=9&a=1&b=1',
          'https://shop.example.co.th/item/?utm_campaign=x&b=2&a=1&b=1&id=9#reviews',
        ],
      },
      {
        canonical: 'https://xn--72c1a1bt4awk9o.xn--o3cw4h/pay',
        spellings: [
          'https://ตัวอย่าง.ไทย/pay',
          'https://XN--72C1A1BT4AWK9O.xn--o3cw4h/pay/',
          ['https://ตัวอย่าง.ไทย/pay?utm_source=line', 'TH'],
        ],
      },
      { canonical: 'https://example.com:8080/x', spellings: ['example.com:8080/x/', 'HTTP://EXAMPLE.COM:8080/x'] },
      {
        canonical: 'https://203.0.113.7/bank/login',
        spellings: ['203.0.113.7/bank/login', 'http://203.0.113.7:80/bank/login/', '203[.]0[.]113[.]7/bank/login'],
      },
      // `www.` stays when what is left is a public suffix: www.co.th is a site of its own
      { canonical: 'https://www.co.th/', spellings: ['www.co.th', 'http://www.co.th/'] },
      { canonical: 'https://foo.github.io/wallet', spellings: ['https://foo.github.io/wallet/'] },
    ]);
  });

  test('path case is kept', () => {
    assert.notEqual(
      normalizeIndicator('URL', 'https://example.com/Login').canonical,
      normalizeIndicator('URL', 'https://example.com/login').canonical,
    );
  });

  test('invalid URLs say why', () => {
    assertInvalid('URL', [
      { value: 'javascript:alert(1)', reason: 'scheme "javascript" is not http or https' },
      { value: 'ftp://example.com/file', reason: 'scheme "ftp" is not http or https' },
      { value: 'mailto:scam@example.com', reason: 'scheme "mailto"' },
      { value: 'http://localhost/admin', reason: 'local name, not a public domain' },
      { value: 'http://example.zzz/', reason: 'unknown top-level domain ".zzz"' },
      { value: 'https://co.th/', reason: 'public suffix' },
      { value: 'http://exa mple.com/', reason: 'not a valid URL' },
      { value: 'https://', reason: 'not a valid URL' },
      { value: 'https://a..b.com/', reason: 'not a valid host name' },
    ]);
  });
});
