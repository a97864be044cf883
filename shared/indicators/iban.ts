/**
 * IBAN input for bank accounts (ISO 13616), of any country. The mod-97 check digits are verified for
 * every IBAN. For a member whose registry entry has an `iban` layout (today only TL) the IBAN is split into
 * bank code and account, so it is the same value as `TL:bank:account`; any other IBAN is kept whole.
 */
import { type Member, isMemberCode, memberByCode, members } from '../../schema/registry.js';
import { invalid } from './invalidIndicator.js';

export interface IbanParts {
  /** The ASEAN member the IBAN belongs to; undefined for an IBAN from outside ASEAN. */
  member?: Member;
  bankCode: string;
  account: string;
}

/** An IBAN starts with the country and two check digits written together (`TL38 …`); returns it compacted. */
export function ibanCandidate(text: string): string | undefined {
  const body = text.replace(/^IBAN[\s:]*/i, '');
  if (!/^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]*$/.test(body)) return undefined;
  return body.replace(/ /g, '').toUpperCase();
}

export function parseIban(iban: string): IbanParts {
  const country = iban.slice(0, 2);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) invalid('an IBAN has only letters and digits');
  if (!isMemberCode(country)) {
    // ISO 13616: at most 34 characters; the shortest national format in use has 15 (Norway)
    if (iban.length < 15 || iban.length > 34) invalid(`an IBAN has 15-34 characters, not ${iban.length}`);
    if (mod97(iban) !== 1) invalid('IBAN check digits do not match (mod-97 check failed)');
    return { bankCode: '', account: iban.slice(4) };
  }
  const member = memberByCode(country);
  const layout = member.iban;
  if (!layout) {
    const withIban = members.filter((m) => m.iban).map((m) => m.code);
    invalid(
      `${country} has no IBAN format (members with one: ${withIban.join(', ') || 'none'}); write ${country}:bank:account`,
    );
  }
  if (iban.length !== layout.length) invalid(`a ${country} IBAN has ${layout.length} characters, not ${iban.length}`);
  if (mod97(iban) !== 1) invalid('IBAN check digits do not match (mod-97 check failed)');
  const bankEnd = 4 + layout.bankCodeLength;
  return { member, bankCode: iban.slice(4, bankEnd), account: iban.slice(bankEnd) };
}

/**
 * ISO 7064 MOD 97-10 over the rearranged IBAN (first four characters moved to the end, letters as 10-35).
 * Hand-written: the arithmetic is five lines, and none of our dependencies does it.
 */
export function mod97(iban: string): number {
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(ch, 36);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder;
}
