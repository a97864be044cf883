/**
 * PHONE: E.164 (`+66812345678`), read by libphonenumber-js with its full (`max`) metadata so that a number
 * is checked against the real numbering plan of its country, not just a length. A number of ANY country
 * is accepted: call centres use foreign SIMs and VoIP ranges as often as local ones.
 */
import {
  type CountryCode,
  ParseError,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { type Member, members } from '../../schema/registry.js';
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
  // International prefixes (`00`, and carrier ones such as Thailand's `001`) are turned into `+` here:
  // libphonenumber only reads the one prefix of a region it is told about.
  compact = withoutCallPrefix(compact, region);
  const shortCode = hotline(compact, region);
  if (shortCode) return shortCode;
  compact = renumbered(compact, region);
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
 * `00…` or a carrier prefix (`001 66 …`, `007 …`) -> `+…`. `00` is tried first (it is every member's
 * prefix), then the longer prefixes of the region (of every member without one); the first reading that
 * is a valid number wins, so `001 212 …` (00 + 1 212) stays a US number while `001 66 81 …` is Thai.
 */
function withoutCallPrefix(compact: string, region: Member | undefined): string {
  // a prefix without `00` (Indonesia's `01017`) is read only with its region: elsewhere it is a national number
  const prefixes = new Set(['00', ...(region ? region.iddPrefixes : members.flatMap((m) => m.iddPrefixes))]);
  const matching = [...prefixes].filter((p) => compact.startsWith(p) && (region || p.startsWith('00')));
  for (const prefix of matching) {
    const candidate = `+${compact.slice(prefix.length)}`;
    if (isValidNumber(candidate)) return candidate;
  }
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

function isValidNumber(e164: string): boolean {
  try {
    return parsePhoneNumberWithError(e164).isValid();
  } catch {
    return false;
  }
}

/**
 * A member's hotline short code (`1441` read in TH, or `+66 1441`) -> `+661441`: not a dialable E.164
 * number, but one canonical form per hotline so that the benign list can recognise it. Any other short
 * number is refused as too short.
 */
function hotline(compact: string, region: Member | undefined): string | undefined {
  for (const member of region ? [region] : members) {
    const code = `+${getCountryCallingCode(phoneRegionOf(member))}`;
    const local = compact.startsWith(code)
      ? compact.slice(code.length)
      : region && !compact.startsWith('+')
        ? compact
        : '';
    if (member.benign.hotlines.some((h) => h.number === local)) return `${code}${local}`;
  }
  return undefined;
}

/**
 * Numbers retired by a renumbering (Viet Nam moved its 11-digit mobiles to 10 digits in 2018: 0166… became
 * 036…) -> their current form, national or `+<code>`, so a report from before and one from after match.
 */
function renumbered(compact: string, region: Member | undefined): string {
  for (const member of members) {
    const plan = member.renumbered;
    if (!plan) continue;
    const code = `+${getCountryCallingCode(phoneRegionOf(member))}`;
    const international = compact.startsWith(code);
    if (!international && (region !== member || compact.startsWith('+'))) continue;
    const national = international ? `0${compact.slice(code.length)}` : compact;
    if (national.length !== plan.length) continue;
    const old = Object.keys(plan.prefixes).find((prefix) => national.startsWith(prefix));
    if (old === undefined) continue;
    const current = `${plan.prefixes[old]}${national.slice(old.length)}`;
    return international ? `${code}${current.slice(1)}` : current;
  }
  return compact;
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
