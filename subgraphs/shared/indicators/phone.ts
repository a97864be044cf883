/**
 * PHONE: E.164 (`+66812345678`), read by libphonenumber-js with its full (`max`) metadata so that a number
 * is checked against the real numbering plan of its country, not just a length. A number of ANY country
 * is accepted: call centres use foreign SIMs and VoIP ranges as often as local ones.
 */
import {
  type CountryCode,
  ParseError,
  isSupportedCountry,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { type Member } from '../../../schema/registry.js';
import { invariant } from '../errors.js';
import { invalid } from './invalidIndicator.js';

/** Separators people put in phone numbers; NFKC has already turned full-width forms into ASCII. */
const separators = /[\s\-.()/]/g;
const dashes = /[\u2010-\u2015\u2212]/g;

const parseErrorReasons: Record<string, string> = {
  INVALID_COUNTRY: 'unknown country calling code',
  NOT_A_NUMBER: 'not a number',
  TOO_SHORT: 'too short',
  TOO_LONG: 'too long',
  INVALID_LENGTH: 'invalid length',
};

export function phoneRegionOf(member: Member): CountryCode {
  invariant(isSupportedCountry(member.phoneRegion), `members.json: ${member.code} has an unknown phoneRegion`);
  return member.phoneRegion;
}

/** `value` in any common spelling -> E.164; `region` reads national formats (trunk `0`). */
export function normalizePhone(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim().replace(/^tel:/i, '').replace(dashes, '-');
  let compact = text.replace(separators, '');
  if (!/^\+?[0-9]+$/.test(compact)) {
    invalid('may contain only digits, spaces, dashes, dots, parentheses and a leading "+"');
  }
  // `00` is the international prefix in every member and most of the world; libphonenumber only reads it
  // when it knows the caller's country, so it is turned into `+` here, region or not.
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  const international = compact.startsWith('+');
  if (!international && !region) {
    invalid('needs a country code ("+<code> …" or "00<code> …") or a region to read a national number');
  }
  const country = international || !region ? undefined : phoneRegionOf(region);
  const where = international ? 'any country' : (country ?? '');
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(compact, country);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    invalid(`not a valid phone number for ${where} (${parseErrorReasons[error.message] ?? error.message})`);
  }
  if (!parsed.isValid()) {
    const numberCountry = parsed.country ?? `+${parsed.countryCallingCode}`;
    invalid(
      `not a valid phone number for ${numberCountry} (${whyInvalid(parsed.countryCallingCode, parsed.nationalNumber)})`,
    );
  }
  return parsed.number;
}

/**
 * Beyond plain length errors, libphonenumber says only "invalid" when the length is possible for some type
 * of number but no range matches (a mobile number with a digit missing often has a landline's length).
 * Probing a few digits more or less tells the user the likely mistake; this runs on the error path only.
 */
function whyInvalid(callingCode: string, national: string): string {
  const lengthProblem = validatePhoneNumberLength(`+${callingCode}${national}`);
  if (lengthProblem) return parseErrorReasons[lengthProblem] ?? lengthProblem;
  const validWith = (digits: string) => {
    try {
      return parsePhoneNumberWithError(`+${callingCode}${digits}`).isValid();
    } catch {
      return false;
    }
  };
  for (let extra = 1; extra <= 3; extra++) {
    for (let d = 0; d <= 9; d++) if (validWith(national + String(d).repeat(extra))) return 'too short';
  }
  for (let fewer = 1; fewer <= 3 && fewer < national.length; fewer++) {
    if (validWith(national.slice(0, -fewer))) return 'too long';
  }
  return 'no number range of the country matches';
}
