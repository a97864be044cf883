/**
 * The synthetic-data profiles (subgraphs/national/seed/profiles.json), one per member code. They shape
 * `npm run seed` only and are not production facts, so they live with the seed, not in the registry that
 * every process (and the browser bundle) loads. Checked where they are used (memberProfile.ts).
 */
import { readFileSync } from 'node:fs';
import type { Member } from '../../../schema/registry.js';

/**
 * A member's synthetic-data profile: real bank names and codes, regions and mobile ranges, and weights that
 * shape the scam and channel mix. Validated where it is used (subgraphs/national/seed/memberProfile.ts).
 */
export interface SyntheticProfile {
  /** `code`: the local numeric bank code or the SWIFT BIC, as bank-account normalisation accepts it. */
  readonly banks: readonly { readonly name: string; readonly code: string; readonly accountLength: number }[];
  readonly provinces: readonly string[];
  /** National-format mobile prefixes (with the trunk `0` where the member has one), grouped by full length. */
  readonly mobilePrefixes: readonly { readonly length: number; readonly prefixes: readonly string[] }[];
  /** Relative weights per schema/typology.ts scam type code. */
  readonly scamMix: Readonly<Record<string, number>>;
  /** Relative weights per schema/typology.ts channel code. */
  readonly channelMix: Readonly<Record<string, number>>;
  /** Median loss per report, in units of the member's currency. */
  readonly lossMedian: number;
  /** Relative weights per messaging platform (as SOCIAL_ACCOUNT writes it: TELEGRAM, LINE, WHATSAPP). */
  readonly socialPlatforms: Readonly<Record<string, number>>;
  /** Domain suffixes local fake sites use besides the generic ones (`co.th`, `com.my`). */
  readonly webSuffixes: readonly string[];
}

/** Where the profiles live, as errors name it. */
export const profilesFile = 'subgraphs/national/seed/profiles.json';

let profiles: Readonly<Record<string, SyntheticProfile>> | undefined;

/** The member's profile, or undefined when it has none (it cannot be seeded; nothing else changes). */
export function syntheticProfileOf(member: Member): SyntheticProfile | undefined {
  profiles ??= (
    JSON.parse(readFileSync(new URL('./profiles.json', import.meta.url), 'utf8')) as {
      profiles: Record<string, SyntheticProfile>;
    }
  ).profiles;
  return Object.hasOwn(profiles, member.code) ? profiles[member.code] : undefined;
}
