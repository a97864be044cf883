/**
 * One canonical form per indicator kind, whatever the spelling, so the same phone number, account or
 * wallet reported in two members gets the same digest. Each kind's rules live in its own file; this is the
 * entry point that checks the kind and the region and turns a rejected value into BAD_USER_INPUT.
 */
import { type Member, isMemberCode, memberByCode, members } from '../../schema/registry.js';
import { type IndicatorKind, indicatorKinds, isCode } from '../../schema/typology.js';
import { userError } from '../errors.js';
import { normalizeBankAccount } from './bankAccount.js';
import { normalizeCompany } from './company.js';
import { normalizeDomain } from './domain.js';
import { normalizeEWallet } from './eWallet.js';
import { normalizeEmail } from './email.js';
import { InvalidIndicatorError } from './invalidIndicator.js';
import { normalizePhone } from './phone.js';
import { refang } from './refang.js';
import { normalizeSocialAccount } from './socialAccount.js';
import { normalizeUrl } from './url.js';
import { normalizeWallet } from './wallet.js';

export interface NormalizeOptions {
  /**
   * An ASEAN member's alpha-2 code (e.g. `TH`): the default region for national phone formats, bank
   * accounts and companies written without a country, and e-wallet numbers of multi-member providers.
   */
  region?: string;
}

export interface CanonicalIndicator {
  kind: IndicatorKind;
  canonical: string;
}

/** Longer input is refused before any parsing: no real indicator comes near it (URLs included). */
const maxLength = 2048;

/** Kinds that threat-intel sources defang (`hxxps://evil[.]com`): refanged before their own rules. */
const defangable: ReadonlySet<IndicatorKind> = new Set(['URL', 'DOMAIN', 'EMAIL', 'SOCIAL_ACCOUNT']);

const normalizers: Record<IndicatorKind, (value: string, region: Member | undefined) => string> = {
  PHONE: normalizePhone,
  BANK_ACCOUNT: normalizeBankAccount,
  CRYPTO_WALLET: normalizeWallet,
  URL: normalizeUrl,
  DOMAIN: normalizeDomain,
  EMAIL: normalizeEmail,
  SOCIAL_ACCOUNT: normalizeSocialAccount,
  E_WALLET: normalizeEWallet,
  COMPANY: normalizeCompany,
};

export function normalizeIndicator(kind: string, value: string, options: NormalizeOptions = {}): CanonicalIndicator {
  const code = kind.trim().toUpperCase();
  if (!isCode(indicatorKinds, code)) {
    const valid = indicatorKinds.map((k) => k.code).join(', ');
    throw userError('BAD_USER_INPUT', `unknown indicator kind ${JSON.stringify(kind)}; expected one of ${valid}`, {
      field: 'kind',
      kind,
      reason: 'unknown kind',
    });
  }
  const region = regionMember(options.region);
  const fail = (reason: string) =>
    userError('BAD_USER_INPUT', `${code} ${show(value)}: ${reason}`, { field: 'value', kind: code, reason });
  if (typeof value !== 'string' || value.trim() === '') throw fail('is empty');
  if (value.length > maxLength) throw fail(`is longer than ${maxLength} characters`);
  try {
    return { kind: code, canonical: normalizers[code](defangable.has(code) ? refang(value) : value, region) };
  } catch (error) {
    if (error instanceof InvalidIndicatorError) throw fail(error.reason);
    throw error;
  }
}

function regionMember(region: string | undefined): Member | undefined {
  if (region === undefined || region === '') return undefined;
  if (!isMemberCode(region)) {
    const valid = members.map((m) => m.code).join(', ');
    throw userError(
      'BAD_USER_INPUT',
      `region ${JSON.stringify(region)} is not an ASEAN member; expected one of ${valid}`,
      {
        field: 'region',
        region,
        reason: 'unknown region',
      },
    );
  }
  return memberByCode(region);
}

/** The value as the user wrote it, cut short: the message is for them, and must stay readable. */
function show(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}
