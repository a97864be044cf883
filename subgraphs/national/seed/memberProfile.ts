/**
 * A member's synthetic profile (subgraphs/national/seed/profiles.json), checked and turned into weighted tables
 * once. The generator reads everything country-specific from here, so adding a member to the registry
 * is all it takes to seed it; a profile that does not fit the typology fails here, naming the member.
 */
import { parse as parseDomain } from 'tldts';
import { bankOf, type Member } from '../../../schema/registry.js';
import { profilesFile, syntheticProfileOf, type SyntheticProfile } from './syntheticProfiles.js';
import { type Channel, type ScamType, channels, isCode, scamTypes } from '../../../schema/typology.js';
import { type Weighted, weighted } from './Random.js';

export interface Bank {
  readonly name: string;
  readonly code: string;
  readonly accountLength: number;
}

export interface MobileRange {
  readonly prefix: string;
  /** Digits of the whole national-format number, prefix included. */
  readonly length: number;
}

export interface MemberProfile {
  readonly member: Member;
  readonly banks: Weighted<Bank>;
  readonly provinces: Weighted<string>;
  readonly mobiles: Weighted<MobileRange>;
  readonly scamMix: Weighted<ScamType>;
  /** Raw channel weights: the generator multiplies them by each scam type's channel affinity. */
  readonly channelWeights: ReadonlyMap<Channel, number>;
  readonly socialPlatforms: Weighted<string>;
  readonly webSuffixes: readonly string[];
  readonly lossMedian: number;
  /** The scam-type mix itself, for normalising per-type loss factors around lossMedian. */
  readonly scamWeights: ReadonlyMap<ScamType, number>;
}

export class ProfileError extends Error {
  constructor(member: Member, message: string) {
    super(`${profilesFile}: ${member.code}: ${message}`);
    this.name = 'ProfileError';
  }
}

const profiles = new WeakMap<Member, MemberProfile>();

export function memberProfile(member: Member): MemberProfile {
  let profile = profiles.get(member);
  if (!profile) {
    profile = buildProfile(member);
    profiles.set(member, profile);
  }
  return profile;
}

function buildProfile(member: Member): MemberProfile {
  const p: SyntheticProfile | undefined = syntheticProfileOf(member);
  const fail = (message: string): never => {
    throw new ProfileError(member, message);
  };
  if (!p) return fail("missing (add a profile under the member's code)");
  if (!Array.isArray(p.banks) || p.banks.length === 0) fail('banks must be a non-empty list');
  for (const bank of p.banks) {
    if (!bank.name || !/^[A-Z0-9]{2,11}$/.test(bank.code)) fail(`bank ${JSON.stringify(bank)} needs a name and a code`);
    if (!Number.isInteger(bank.accountLength) || bank.accountLength < 5 || bank.accountLength > 20) {
      fail(`bank ${bank.name}: accountLength must be 5-20`);
    }
    // a code the registry's bank directory does not know would seed values no normaliser accepts
    if (bankOf(member, bank.code)?.code !== bank.code) {
      fail(`bank ${bank.code} is not a canonical code of the member's bank directory (schema/members.json)`);
    }
  }
  if (!Array.isArray(p.provinces) || p.provinces.length === 0) fail('provinces must be a non-empty list');
  const mobiles: MobileRange[] = [];
  for (const group of p.mobilePrefixes ?? []) {
    for (const prefix of group.prefixes) {
      if (!/^[0-9]+$/.test(prefix) || prefix.length >= group.length)
        fail(`mobile prefix ${prefix} is not a digit prefix`);
      mobiles.push({ prefix, length: group.length });
    }
  }
  if (mobiles.length === 0) fail('mobilePrefixes lists no prefix');
  const scamWeights = codeWeights(p.scamMix, (c) => isCode(scamTypes, c), 'scamMix', fail) as Map<ScamType, number>;
  const channelWeights = codeWeights(p.channelMix, (c) => isCode(channels, c), 'channelMix', fail) as Map<
    Channel,
    number
  >;
  if (!(p.lossMedian > 0)) fail('lossMedian must be a positive number');
  for (const suffix of p.webSuffixes ?? []) {
    // a suffix under a wildcard rule (`*.mm`) is itself public: no site can be registered directly under it
    if (parseDomain(`example.${suffix}`).domain !== `example.${suffix}`)
      fail(`webSuffixes: nothing can be registered under "${suffix}"`);
  }
  const platforms = Object.entries(p.socialPlatforms ?? {});
  if (platforms.length === 0) fail('socialPlatforms lists no platform');
  return {
    member,
    banks: weighted(p.banks.map((b) => [b, 1] as const)),
    // earlier provinces (capital, biggest cities) report more: weights fall off like a gentle Zipf
    provinces: weighted(p.provinces.map((name, i) => [name, 1 / Math.pow(i + 1, 0.8)] as const)),
    mobiles: weighted(mobiles.map((m) => [m, 1] as const)),
    scamMix: weighted(scamWeights),
    channelWeights,
    socialPlatforms: weighted(platforms),
    webSuffixes: p.webSuffixes ?? [],
    lossMedian: p.lossMedian,
    scamWeights,
  };
}

function codeWeights(
  mix: Readonly<Record<string, number>> | undefined,
  valid: (code: string) => boolean,
  field: string,
  fail: (message: string) => never,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, weight] of Object.entries(mix ?? {})) {
    if (!valid(code)) fail(`${field}: ${code} is not a code of schema/typology.ts`);
    if (!(typeof weight === 'number' && weight >= 0)) fail(`${field}: ${code} needs a weight >= 0`);
    out.set(code, weight);
  }
  if (![...out.values()].some((w) => w > 0)) fail(`${field} has no positive weight`);
  return out;
}
