/**
 * BANK_ACCOUNT: `${country}:${bankCode}:${digits}`, e.g. `TH:004:1234567890`. An account number is only
 * unique within its bank, and a bank code only within its country, so all three are part of the value.
 * The bank may be written as its domestic code, its BIC or its name (`TH:KASITHBK:…`, `KBANK …`): the
 * member's bank directory (schema/members.json) turns every spelling into its one canonical code, and a
 * bank the directory does not know is refused rather than stored under a spelling nobody else will use.
 * Accounts outside ASEAN are accepted as an IBAN (any country) or a BIC + account number.
 */
import { type Member, bankOf, banksNamed, isMemberCode, memberByCode } from '../../schema/registry.js';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { ibanCandidate, parseIban } from './iban.js';
import { invalid } from './invalidIndicator.js';

/** Shape of a SWIFT BIC: bank (4 letters), country (2 letters), location (2), optional branch (3). */
const bicShape = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export function normalizeBankAccount(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim();
  // the canonical form of an IBAN from outside ASEAN (`GB:IBAN:GB82…`) reads back as that IBAN
  const iban = ibanCandidate(text.replace(/^[A-Za-z]{2}\s*:\s*IBAN\s*:\s*/i, ''));
  if (iban) {
    const parts = parseIban(iban);
    if (!parts.member) return `${iban.slice(0, 2)}:IBAN:${iban}`;
    return `${parts.member.code}:${directoryCode(parts.member, parts.bankCode)}:${accountDigits(parts.account)}`;
  }
  const [country, bankSpelling, rawAccount] = splitParts(text);
  const account = accountDigits(rawAccount);
  const bank = bankSpelling.replace(/\s+/g, ' ').trim();
  if (!/^[\p{L}\p{N} &'.()-]{2,60}$/u.test(bank)) {
    invalid(`bank "${bank}" must be a bank code, a SWIFT BIC or a bank name`);
  }
  const bicMatch = bicShape.exec(bank.toUpperCase().replace(/\s/g, ''));
  // `KASIKORN` has a BIC's shape; a BIC's country letters must name a real country
  const bic = bicMatch && isSupportedCountry(bicMatch[1] ?? '') ? bicMatch : null;
  // The directory first: a name such as VIETCOMBANK or KASIKORN has a BIC's shape without being one.
  if (country !== undefined) {
    const cc = country.toUpperCase();
    const known = isMemberCode(cc) ? bankOf(memberByCode(cc), bank) : undefined;
    if (known) return `${cc}:${known.code}:${account}`;
    if (bic && bic[1] !== cc) invalid(`BIC ${bic[0]} is for country ${bic[1]}, not ${cc}`);
    if (isMemberCode(cc)) return `${cc}:${directoryCode(memberByCode(cc), bank)}:${account}`;
    if (!bic) invalid(`"${country}" is not an ASEAN member: outside ASEAN write the bank's BIC or an IBAN`);
    return `${cc}:${bic[0].slice(0, 8)}:${account}`;
  }
  const regional = region ? bankOf(region, bank) : undefined;
  if (region && regional) return `${region.code}:${regional.code}:${account}`;
  // a name may be unique across the region (KBANK); a numeric code never is
  const named = /[A-Za-z]/.test(bank) ? banksNamed(bank) : [];
  if (named.length === 1 && named[0]) return `${named[0].member.code}:${named[0].bank.code}:${account}`;
  if (bic) {
    const cc = bic[1] ?? '';
    if (isMemberCode(cc)) return `${cc}:${directoryCode(memberByCode(cc), bank)}:${account}`;
    return `${cc}:${bic[0].slice(0, 8)}:${account}`;
  }
  if (isMemberCode(bank) && bank.length === 2) invalid(`"${bank}" looks like a country without a bank code`);
  if (region) return `${region.code}:${directoryCode(region, bank)}:${account}`;
  if (named.length > 1) {
    invalid(`"${bank}" names a bank in ${named.map((n) => n.member.code).join(' and ')}; write CC:bank:account`);
  }
  return invalid('needs a member country (CC:bank:account), a BIC, or a region');
}

/** The directory's canonical code for a bank of `member` written any way; invalid() naming the choices. */
function directoryCode(member: Member, spelling: string): string {
  const bank = bankOf(member, spelling);
  if (bank) return bank.code;
  const known = member.banks.map((b) => `${b.code} ${b.aliases[0] ?? b.name}`).join(', ');
  return invalid(
    `unknown bank "${spelling}" for ${member.code}: not in its bank directory (schema/members.json), which knows ${known}`,
  );
}

function accountDigits(raw: string): string {
  const account = raw.replace(/[\s\-.]/g, '');
  if (!/^[0-9]{5,20}$/.test(account)) {
    invalid(`account number "${raw}" must be 5-20 digits (spaces, dashes and dots are ignored)`);
  }
  return account;
}

/**
 * `CC:bank:account`, `CC/bank/account`, `bank:account`, or the same with spaces: `CC bank account…`,
 * `Kasikorn Bank 123-4-56789-0`. With spaces only, the bank is the leading words that hold a letter (or
 * one numeric code), and a leading two-letter word is the country when it is a member or a BIC follows.
 */
function splitParts(text: string): [string | undefined, string, string] {
  if (/[:/|]/.test(text)) {
    const parts = text.split(/[:/|]/).map((p) => p.trim());
    if (parts.length === 3) return [parts[0], parts[1] ?? '', parts[2] ?? ''];
    if (parts.length === 2) return [undefined, parts[0] ?? '', parts[1] ?? ''];
    return invalid('expected CC:bank:account, bank:account with a region, or an IBAN');
  }
  const tokens = text.split(/\s+/);
  let country: string | undefined;
  const first = tokens[0] ?? '';
  if (tokens.length >= 3 && /^[A-Za-z]{2}$/.test(first)) {
    if (isMemberCode(first) || bicShape.test((tokens[1] ?? '').toUpperCase())) country = tokens.shift();
  }
  let bankWords = 0;
  while (bankWords < tokens.length - 1 && /[A-Za-z]/.test(tokens[bankWords] ?? '')) bankWords++;
  if (bankWords === 0) bankWords = 1;
  if (tokens.length < 2) return invalid('expected CC:bank:account, bank:account with a region, or an IBAN');
  return [country, tokens.slice(0, bankWords).join(' '), tokens.slice(bankWords).join('')];
}
