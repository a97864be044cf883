/**
 * Synthetic indicator values, written the way a victim or an officer would type them (national phone
 * formats, `chain:address`, IBANs where the member has them), so seeding goes through the same
 * normalisation as an import. Wallets are real, checksum-valid addresses of random keys: the normaliser
 * verifies checksums, and a syndicate wallet must look like one.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, createBase58check, hex } from '@scure/base';
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { type Member } from '../../../schema/registry.js';
import { platformByAlias } from '../../../shared/indicators/socialPlatforms.js';
import { type Bank, type MemberProfile, type MobileRange } from './memberProfile.js';
import { type Random } from './Random.js';

const base58check = createBase58check(sha256);

/**
 * Scammers' numbers end in an even digit, victims' in an odd one: a cheap partition that guarantees a
 * victim's phone never equals an indicator, so no victim is ever "sighted" as a scammer by accident.
 */
export type PhoneUse = 'scammer' | 'victim';

/** A mobile number in national format (`0812345678`), valid for the member's numbering plan. */
export function nationalMobile(rng: Random, profile: MemberProfile, use: PhoneUse): string {
  return mobile(rng, rng.choose(profile.mobiles), use);
}

function mobile(rng: Random, range: MobileRange, use: PhoneUse): string {
  const body = rng.digits(range.length - range.prefix.length - 1);
  const last = use === 'scammer' ? rng.pick(['0', '2', '4', '6', '8']) : rng.pick(['1', '3', '5', '7', '9']);
  return range.prefix + body + last;
}

/** Where the national significant number starts in a national-format number, per region and prefix. */
const trunkCache = new Map<string, { callingCode: string; offset: number }>();

/** National format -> E.164, parsing once per prefix (libphonenumber costs ~20 µs a number). */
function toE164(member: Member, national: string, range: MobileRange): string {
  const cacheKey = `${member.phoneRegion}:${range.prefix}:${range.length}`;
  let trunk = trunkCache.get(cacheKey);
  if (!trunk) {
    const parsed = parsePhoneNumberWithError(national, member.phoneRegion as CountryCode);
    trunk = { callingCode: parsed.countryCallingCode, offset: national.length - parsed.nationalNumber.length };
    trunkCache.set(cacheKey, trunk);
  }
  return `+${trunk.callingCode}${national.slice(trunk.offset)}`;
}

/** A mobile in E.164: victims' phones (stored without a digest) and values that must stand without a region. */
export function mobileE164(rng: Random, profile: MemberProfile, use: PhoneUse): string {
  const range = rng.choose(profile.mobiles);
  return toE164(profile.member, mobile(rng, range, use), range);
}

/**
 * An account at one of the member's banks: `CC:bank:account`, or an IBAN for members whose registry entry
 * has an IBAN layout the bank code fits (that is how such members write accounts).
 */
export function bankAccount(rng: Random, profile: MemberProfile, bank: Bank = rng.choose(profile.banks)): string {
  const member = profile.member;
  const account = String(rng.between(1, 9)) + rng.digits(bank.accountLength - 1);
  const layout = member.iban;
  if (
    layout &&
    /^[0-9]+$/.test(bank.code) &&
    bank.code.length === layout.bankCodeLength &&
    4 + bank.code.length + account.length === layout.length
  ) {
    return iban(member.code, bank.code + account);
  }
  return `${member.code}:${bank.code}:${account}`;
}

/** ISO 13616 check digits over a numeric BBAN: 98 - (BBAN + country letters as numbers + "00") mod 97. */
function iban(country: string, bban: string): string {
  let remainder = 0;
  for (const ch of `${bban}${country}00`) {
    const value = parseInt(ch, 36);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  const check = String(98 - remainder).padStart(2, '0');
  return `${country}${check}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * An e-wallet opened on a scammer's mobile, written as people do (`GCash 0917…`): a provider of the member
 * (schema/members.json `eWallets`). No roleMix weight draws this kind yet, which keeps the seeded data
 * (and the bench's and README's examples) as they were; give BENEFICIARY_EWALLET a weight to seed them.
 */
export function eWallet(rng: Random, profile: MemberProfile): string {
  const wallets = profile.member.eWallets;
  if (wallets.length === 0) throw new Error(`members.json: ${profile.member.code} lists no e-wallet provider`);
  return `${rng.pick(wallets).name}: ${nationalMobile(rng, profile, 'scammer')}`;
}

/** A company by registration number (`CC:number`): legal forms and name styles are national, numbers are not. */
export function company(rng: Random, profile: MemberProfile): string {
  return `${profile.member.code}:${String(rng.between(1, 9))}${rng.digits(11)}`;
}

export type Chain = 'TRON' | 'EVM' | 'BTC';

/** A checksum-valid address of a random key, labelled with its chain. */
export function wallet(rng: Random, chain: Chain): string {
  const key = rng.bytes(20);
  if (chain === 'TRON') return `TRON:${base58check.encode(Uint8Array.of(0x41, ...key))}`;
  if (chain === 'EVM') return `EVM:0x${hex.encode(key)}`;
  return `BTC:${bech32.encode('bc', [0, ...bech32.toWords(key)])}`;
}

/** Mostly TRON (USDT-TRC20 is what scam proceeds move in), then EVM chains, then Bitcoin. */
export function anyWallet(rng: Random): string {
  const x = rng.next();
  return wallet(rng, x < 0.7 ? 'TRON' : x < 0.92 ? 'EVM' : 'BTC');
}

const lure = [
  'secure',
  'verify',
  'parcel',
  'post',
  'express',
  'track',
  'customs',
  'invest',
  'trade',
  'profit',
  'crypto',
  'coin',
  'bit',
  'fx',
  'gold',
  'earn',
  'task',
  'job',
  'loan',
  'cash',
  'quick',
  'shop',
  'mall',
  'deal',
  'promo',
  'bank',
  'login',
  'account',
  'refund',
  'tax',
  'gov',
  'help',
  'support',
  'service',
  'wallet',
  'asset',
  'global',
  'asia',
  'prime',
  'smart',
  'lucky',
  'royal',
  'star',
  'union',
  'capital',
  'market',
  'online',
  'digital',
] as const;
const genericTlds = [
  'com',
  'net',
  'top',
  'xyz',
  'vip',
  'shop',
  'online',
  'site',
  'cc',
  'info',
  'app',
  'live',
  'icu',
  'club',
];

/** A fake site's registered domain: two or three lure words, maybe digits, a cheap or local suffix. */
export function domain(rng: Random, localSuffixes: readonly string[], localShare = 0.35): string {
  const words = [rng.pick(lure), rng.pick(lure)];
  if (rng.chance(0.3)) words.push(rng.pick(lure));
  let name = words.join(rng.chance(0.5) ? '-' : '');
  if (rng.chance(0.3)) name += String(rng.between(1, 999));
  const suffix = localSuffixes.length > 0 && rng.chance(localShare) ? rng.pick(localSuffixes) : rng.pick(genericTlds);
  return `${name}.${suffix}`;
}

const paths = [
  'login',
  'verify',
  'track',
  'claim',
  'account/update',
  'invest/dashboard',
  'task/center',
  'loan/apply',
  'refund',
  'customs/pay',
  'member/deposit',
  'order',
  'kyc',
  'app/download',
];

/** A phishing or fake-platform URL on a given domain. */
export function url(rng: Random, onDomain: string): string {
  const host = rng.chance(0.4) ? `${rng.pick(['m', 'www', 'app', 'h5', 'secure'])}.${onDomain}` : onDomain;
  const query = rng.chance(0.4) ? `?id=${rng.digits(rng.between(5, 9))}` : '';
  return `https://${host}/${rng.pick(paths)}${query}`;
}

const people = [
  'anna',
  'ben',
  'chen',
  'david',
  'emma',
  'grace',
  'henry',
  'jack',
  'kevin',
  'linda',
  'lisa',
  'mary',
  'mike',
  'nina',
  'peter',
  'ryan',
  'sarah',
  'tony',
  'vivian',
  'william',
];
const roles = ['hr', 'cs', 'support', 'mentor', 'agent', 'admin', 'official', 'team', 'vip', 'trader', 'coach'];
const providers = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me'];

/** A scammer's contact address: a free-mail box, or an address on one of their own domains. */
export function email(rng: Random, ownDomain?: string): string {
  const local = `${rng.pick(people)}${rng.chance(0.5) ? '.' : ''}${rng.pick(roles)}${rng.digits(rng.between(0, 3))}`;
  return `${local}@${ownDomain && rng.chance(0.4) ? ownDomain : rng.pick(providers)}`;
}

/** A handle that fits every username platform's rules once underscores are dropped where not allowed. */
function handle(rng: Random): string {
  const first = rng.chance(0.5) ? rng.pick(people) : rng.pick(lure);
  const second = rng.chance(0.5) ? rng.pick(roles) : rng.pick(lure);
  return `${first}_${second}${rng.digits(rng.between(1, 4))}`.slice(0, 15);
}

/**
 * `PLATFORM:handle` on one of the member's platforms; phone-number platforms (WhatsApp, Zalo, Viber) get a
 * scammer mobile, national (read with the member's region) or E.164 when the value must stand alone.
 */
export function socialAccount(rng: Random, profile: MemberProfile, standalone = false): string {
  const platform = rng.choose(profile.socialPlatforms);
  const rule = platformByAlias(platform);
  if (rule?.phone) {
    const phone = standalone ? mobileE164(rng, profile, 'scammer') : nationalMobile(rng, profile, 'scammer');
    return `${rule.platform}:${phone}`;
  }
  let name = handle(rng);
  if (rule?.pattern && !rule.pattern.test(name)) name = name.replace(/_/g, '');
  return `${rule?.platform ?? platform}:${name}`;
}
