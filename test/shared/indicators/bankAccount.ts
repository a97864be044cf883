import { describe, test } from 'node:test';
import { assertInvalid, assertSpellings } from './expectations.js';

describe('BANK_ACCOUNT', () => {
  test('every spelling of an account gives member:bank:digits', () => {
    assertSpellings('BANK_ACCOUNT', [
      {
        canonical: 'TH:004:1234567890',
        spellings: [
          'TH:004:123-4-56789-0',
          'th 004 1234567890',
          'TH/004/1234 567 890',
          'TH|004|1234.567.890',
          ' th : 004 : 1234567890 ',
          'TH 004 123-4-56789-0',
          ['004:1234567890', 'TH'],
          ['004 123-4-56789-0', 'th'],
          // an explicit country wins over the region
          ['TH:004:1234567890', 'MY'],
        ],
      },
      {
        canonical: 'VN:970436:0123456789',
        spellings: ['VN:970436:0123456789', 'vn/970436/0123 456 789', ['970436 0123456789', 'VN']],
      },
      {
        // a SWIFT BIC (any branch, `XXX` = primary office) is the directory's domestic code: 002 Bangkok Bank
        canonical: 'TH:002:1234567890',
        spellings: ['TH:BKKBTHBK:1234567890', 'TH:bkkbthbkxxx:123-4-56789-0', ['BKKBTHBK/1234567890', 'TH']],
      },
      {
        // members without a domestic code in everyday use: the BIC-8, whatever branch was written
        canonical: 'PH:BOPIPHMM:001234567890',
        spellings: ['PH:BOPIPHMM001:0012-3456-7890', 'ph bopiphmm001 001234567890', ['BPI 0012 3456 7890', 'PH']],
      },
      {
        // Timor-Leste has an IBAN: TL + check digits + 3-digit bank + 14-digit account + 2 national check digits
        canonical: 'TL:001:0012345678910157',
        spellings: [
          'TL19 0010 0123 4567 8910 157',
          'TL190010012345678910157',
          'tl19 0010 0123 4567 8910 157',
          'IBAN TL19 0010 0123 4567 8910 157',
          'IBAN: TL190010012345678910157',
          'TL:001:0012345678910157',
          'tl/001/0012 3456 7891 0157',
          ['001:0012345678910157', 'TL'],
          ['BNCTL 0012 3456 7891 0157', 'TL'],
        ],
      },
    ]);
  });

  test('invalid accounts say why', () => {
    assertInvalid('BANK_ACCOUNT', [
      { value: '004:1234567890', reason: 'needs a member country (CC:bank:account), a BIC, or a region' },
      { value: '004 1234567890', reason: 'or a region' },
      {
        value: 'US:004:1234567890',
        reason: '"US" is not an ASEAN member: outside ASEAN write the bank\'s BIC or an IBAN',
      },
      { value: 'us:004:1234567890', reason: 'is not an ASEAN member' },
      { value: 'TH:004:1234', reason: 'must be 5-20 digits' },
      { value: 'TH:004:123456789012345678901', reason: 'must be 5-20 digits' },
      { value: 'TH:004:12a4567890', reason: 'account number "12a4567890" must be 5-20 digits' },
      { value: 'TH:004:', reason: 'must be 5-20 digits' },
      { value: 'TH:0:1234567890', reason: 'bank "0" must be a bank code, a SWIFT BIC or a bank name' },
      { value: 'TH:BANKCODETOOLONG:1234567890', reason: 'unknown bank "BANKCODETOOLONG" for TH' },
      { value: 'TH:00#4:1234567890', reason: 'must be a bank code, a SWIFT BIC or a bank name' },
      { value: 'MY:BKKBTHBK:1234567890', reason: 'BIC BKKBTHBK is for country TH, not MY' },
      { value: 'TH 1234567890', region: 'TH', reason: 'looks like a country without a bank code' },
      { value: 'TH:004:1234567890:99', reason: 'expected CC:bank:account' },
      { value: '1234567890', region: 'TH', reason: 'expected CC:bank:account' },
      { value: 'TL39 0010 0123 4567 8910 157', reason: 'IBAN check digits do not match (mod-97 check failed)' },
      { value: 'TL19 0010 0123 4567 8910 15', reason: 'a TL IBAN has 23 characters, not 22' },
      { value: 'TH12 0041 2345 6789 0', reason: 'TH has no IBAN format (members with one: TL)' },
      { value: 'DE88 3704 0044 0532 0130 00', reason: 'IBAN check digits do not match' },
    ]);
  });
});
