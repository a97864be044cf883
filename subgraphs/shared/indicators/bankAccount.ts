/**
 * BANK_ACCOUNT: `${member}:${bankCode}:${digits}`, e.g. `TH:004:1234567890`. An account number is only
 * unique within its bank, and a bank code only within its country, so all three are part of the value.
 */
import { type Member, isMemberCode, memberByCode, members } from '../../../schema/registry.js';
import { ibanCandidate, parseIban } from './iban.js';
import { invalid } from './invalidIndicator.js';

/** Shape of a SWIFT BIC: bank (4 letters), country (2 letters), location (2), optional branch (3). */
const bicShape = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/;

export function normalizeBankAccount(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim();
  const iban = ibanCandidate(text);
  if (iban) {
    const parts = parseIban(iban);
    return canonicalAccount(parts.member, parts.bankCode, parts.account);
  }
  const [country, bankCode, account] = splitParts(text);
  if (country === undefined) {
    if (!region) invalid('needs a member country (CC:bank:account) or a region');
    if (isMemberCode(bankCode)) invalid(`"${bankCode}" looks like a country without a bank code`);
    return canonicalAccount(region, bankCode, account);
  }
  if (!isMemberCode(country)) {
    invalid(`"${country}" is not an ASEAN member; expected one of ${members.map((m) => m.code).join(', ')}`);
  }
  return canonicalAccount(memberByCode(country), bankCode, account);
}

/**
 * `CC:bank:account`, `CC/bank/account` or `CC bank account…` (the account may itself contain spaces), or the
 * same without the country. With `:`, `/` or `|` the parts are explicit; with spaces only, a leading
 * two-letter token is the country when there are at least three tokens.
 */
function splitParts(text: string): [string | undefined, string, string] {
  const explicit = /[:/|]/.test(text);
  const parts = explicit ? text.split(/[:/|]/).map((p) => p.trim()) : text.split(/\s+/);
  if (explicit && parts.length === 3) return [parts[0], parts[1] ?? '', parts[2] ?? ''];
  if (explicit && parts.length === 2) return [undefined, parts[0] ?? '', parts[1] ?? ''];
  if (!explicit && parts.length >= 3 && /^[A-Za-z]{2}$/.test(parts[0] ?? '')) {
    return [parts[0], parts[1] ?? '', parts.slice(2).join('')];
  }
  if (!explicit && parts.length >= 2) return [undefined, parts[0] ?? '', parts.slice(1).join('')];
  return invalid('expected CC:bank:account, bank:account with a region, or an IBAN');
}

function canonicalAccount(member: Member, rawBankCode: string, rawAccount: string): string {
  let bankCode = rawBankCode.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z0-9]{2,11}$/.test(bankCode)) {
    invalid(`bank code "${rawBankCode}" must be 2-11 letters or digits (a numeric bank code or a SWIFT BIC)`);
  }
  const bic = bicShape.exec(bankCode);
  if (bic) {
    if (bic[1] !== member.code) invalid(`BIC ${bankCode} is for country ${bic[1]}, not ${member.code}`);
    // BIC `XXX` is the primary office: BKKBTHBKXXX and BKKBTHBK name the same institution
    if (bic[2] === 'XXX') bankCode = bankCode.slice(0, 8);
  }
  const account = rawAccount.replace(/[\s\-.]/g, '');
  if (!/^[0-9]{5,20}$/.test(account)) {
    invalid(`account number "${rawAccount}" must be 5-20 digits (spaces, dashes and dots are ignored)`);
  }
  return `${member.code}:${bankCode}:${account}`;
}
