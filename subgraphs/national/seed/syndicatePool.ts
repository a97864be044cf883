/**
 * The cross-border syndicate: indicators that one criminal organisation uses against victims in many
 * members (call-centre numbers on several members' ranges, mule accounts, TRON wallets, phishing domains).
 * It is generated from the GLOBAL seed alone, so every member seeded with the same seed draws from the same
 * pool and the federation has real cross-border hits to find. Tests and the benchmark call it to know
 * which values are shared.
 */
import { members } from '../../../schema/registry.js';
import { syntheticProfileOf } from './syntheticProfiles.js';
import { type IndicatorKind, type IndicatorRole } from '../../../schema/typology.js';
import { anyWallet, bankAccount, domain, email, mobileE164, socialAccount, url } from './indicatorValues.js';
import { memberProfile } from './memberProfile.js';
import { Random } from './Random.js';

export interface SyndicateIndicator {
  readonly kind: IndicatorKind;
  /** Written so that keyIndicator reads it without a region (E.164, `CC:bank:account`, `chain:address`). */
  readonly value: string;
  readonly role: IndicatorRole;
  /**
   * Popularity within its kind: members draw rank r with probability falling like 1/(r+1), so low ranks
   * appear in most members once each has a few thousand reports.
   */
  readonly rank: number;
  /** The member whose phone or bank range the value belongs to; null for wallets, sites and mailboxes. */
  readonly home: string | null;
}

/** Pool composition: phones and mule accounts dominate, as in the working group's own statistics. */
const poolShares: readonly (readonly [IndicatorKind, IndicatorRole, number])[] = [
  ['PHONE', 'CALLER_NUMBER', 0.25],
  ['BANK_ACCOUNT', 'BENEFICIARY_ACCOUNT', 0.25],
  ['CRYPTO_WALLET', 'WALLET', 0.2],
  ['DOMAIN', 'WEBSITE_DOMAIN', 0.1],
  ['URL', 'PHISHING_URL', 0.1],
  ['SOCIAL_ACCOUNT', 'SOCIAL_PROFILE', 0.075],
  ['EMAIL', 'CONTACT_EMAIL', 0.025],
];

export const defaultSyndicatePoolSize = 2000;

const cache = new Map<string, readonly SyndicateIndicator[]>();

/** The pool for a global seed, in kind order and, within a kind, by rank (most drawn first). */
export function syndicatePool(seed: number, size = defaultSyndicatePoolSize): readonly SyndicateIndicator[] {
  const cacheKey = `${seed}:${size}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const rng = Random.of(seed, 'syndicate');
  const homes = members.filter((m) => syntheticProfileOf(m)).map(memberProfile);
  if (homes.length === 0) throw new Error('no member has a synthetic profile');
  const pool: SyndicateIndicator[] = [];
  const seen = new Set<string>();
  const domains: string[] = [];
  for (const [kind, role, share] of poolShares) {
    const count = Math.max(1, Math.round(size * share));
    for (let rank = 0; rank < count;) {
      const home = rng.pick(homes);
      let value: string;
      let homeCode: string | null = null;
      switch (kind) {
        case 'PHONE':
          value = mobileE164(rng, home, 'scammer');
          homeCode = home.member.code;
          break;
        case 'BANK_ACCOUNT':
          value = bankAccount(rng, home);
          homeCode = home.member.code;
          break;
        case 'CRYPTO_WALLET':
          value = anyWallet(rng);
          break;
        case 'DOMAIN':
          // syndicates favour cheap generic TLDs over any one member's suffix
          value = domain(rng, home.webSuffixes, 0.1);
          domains.push(value);
          break;
        case 'URL':
          value = url(rng, domains.length > 0 ? rng.pick(domains) : domain(rng, [], 0));
          break;
        case 'SOCIAL_ACCOUNT':
          value = socialAccount(rng, home, true);
          break;
        case 'EMAIL':
          value = email(rng, domains.length > 0 ? rng.pick(domains) : undefined);
          break;
        case 'E_WALLET':
        case 'COMPANY':
          // not in poolShares: no syndicate value of these kinds is drawn (see indicatorValues.eWallet)
          throw new Error(`no syndicate pool share for ${kind}`);
      }
      if (seen.has(`${kind}:${value}`)) continue;
      seen.add(`${kind}:${value}`);
      pool.push({ kind, value, role, rank, home: homeCode });
      rank++;
    }
  }
  const frozen = Object.freeze(pool);
  cache.set(cacheKey, frozen);
  return frozen;
}

/** The pool split by kind, each list in rank order. */
export function poolByKind(pool: readonly SyndicateIndicator[]): ReadonlyMap<IndicatorKind, SyndicateIndicator[]> {
  const byKind = new Map<IndicatorKind, SyndicateIndicator[]>();
  for (const entry of pool) {
    const list = byKind.get(entry.kind) ?? [];
    list.push(entry);
    byKind.set(entry.kind, list);
  }
  return byKind;
}
