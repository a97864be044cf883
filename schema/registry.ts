/**
 * The member registry: the one place a country is named. Every part (national nodes, hub, gateway,
 * compose, seed, docker-compose check) reads members from here; nothing else may name a country.
 */
import { readFileSync } from 'node:fs';

export interface Member {
  /** ISO 3166-1 alpha-2, upper case: the member's identity in tokens, policies and config. */
  readonly code: string;
  /**
   * Lowercase ISO alpha-3: the member's namespace in the supergraph (`tha`, `khm`) and its subgraph name.
   * Alpha-2 can't be used: Indonesia's `id` collides with the entity key field.
   */
  readonly ns: string;
  readonly name: string;
  /** Region passed to libphonenumber-js to read national phone formats. */
  readonly phoneRegion: string;
  /** ISO 4217 currency losses are reported in. */
  readonly currency: string;
  /** Indicative US dollars per unit of `currency` on `ratesAsOf`: dashboards only, never accounting. */
  readonly usdPerUnit: number;
  /** Default local port of the member's national node. */
  readonly port: number;
  /** Date of accession to ASEAN. */
  readonly joined: string;
  /**
   * The member's IBAN layout, when it has one (ISO 13616 registry): total length and the length of the
   * bank code that follows the two check digits. Bank-account normalisation maps an IBAN to member:bank:rest.
   */
  readonly iban?: { readonly length: number; readonly bankCodeLength: number };
  /**
   * Alpha-2 codes of the members this one has a bilateral MoU with: they get PARTNER by default in this
   * member's sharing policy (subgraphs/national/policy). List a partnership on both sides: MoUs are mutual.
   */
  readonly partners?: readonly string[];
  /** What synthetic data for this member looks like (`npm run seed`); the generator names no country itself. */
  readonly synthetic?: SyntheticProfile;
}

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

interface RegistryFile {
  ratesAsOf: string;
  members: Member[];
}

const registryFile = JSON.parse(readFileSync(new URL('./members.json', import.meta.url), 'utf8')) as RegistryFile;

/** The date of the indicative exchange rates (`usdPerUnit`). */
export const ratesAsOf: string = registryFile.ratesAsOf;

function loadMembers(): readonly Member[] {
  const parsed = registryFile;
  const seen = new Set<string>();
  for (const m of parsed.members) {
    if (!/^[A-Z]{2}$/.test(m.code)) throw new Error(`members.json: bad alpha-2 code ${JSON.stringify(m.code)}`);
    if (!/^[a-z]{3}$/.test(m.ns))
      throw new Error(`members.json: ${m.code} has a bad namespace ${JSON.stringify(m.ns)}`);
    if (!(typeof m.usdPerUnit === 'number' && m.usdPerUnit > 0))
      throw new Error(`members.json: ${m.code} needs a positive usdPerUnit`);
    for (const key of [m.code, m.ns, String(m.port)]) {
      if (seen.has(key)) throw new Error(`members.json: ${key} appears twice`);
      seen.add(key);
    }
    Object.freeze(m);
  }
  return Object.freeze(parsed.members);
}

export const members: readonly Member[] = loadMembers();

const byCode = new Map(members.map((m) => [m.code, m]));
const byNs = new Map(members.map((m) => [m.ns, m]));

export function isMemberCode(code: string): boolean {
  return byCode.has(code.toUpperCase());
}

/** The member with this alpha-2 code (any case); throws naming the valid codes when there is none. */
export function memberByCode(code: string): Member {
  const m = byCode.get(code.toUpperCase());
  if (!m) {
    throw new Error(`unknown member ${JSON.stringify(code)}; expected one of ${[...byCode.keys()].join(', ')}`);
  }
  return m;
}

export function memberByNs(ns: string): Member | undefined {
  return byNs.get(ns);
}
