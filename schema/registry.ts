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
  /**
   * International call prefixes dialled from this member (`00`, and carrier prefixes such as `001`, `007`):
   * a number written `001 66 …` is read as `+66 …`. Every member lists `00`.
   */
  readonly iddPrefixes: readonly string[];
  /** Mobile prefixes retired by a renumbering (national format, trunk `0` included) and their new form. */
  readonly renumbered?: Renumbering;
  /** The member's bank directory: every spelling of a bank (code, BIC, name, abbreviation) maps to `code`. */
  readonly banks: readonly BankEntry[];
  /** E-wallet providers operating in the member (a provider may be listed by several members). */
  readonly eWallets: readonly EWalletEntry[];
  /** Values that are never scam indicators: national hotlines, official domains (extended per deployment). */
  readonly benign: BenignLists;
  /** What synthetic data for this member looks like (`npm run seed`); the generator names no country itself. */
  readonly synthetic?: SyntheticProfile;
}

export interface BankEntry {
  /**
   * The canonical bank code: the member's domestic clearing code where it has one in everyday use (Thai
   * 3-digit, Indonesian 3-digit, Singapore 4-digit, Vietnamese NAPAS BIN, Timor-Leste IBAN bank code),
   * else the 8-character SWIFT BIC (subgraphs/shared/indicators/README.md says why).
   */
  readonly code: string;
  /** The bank's 8-character SWIFT BIC, when the code is a domestic one. */
  readonly bic?: string;
  readonly name: string;
  /** Abbreviations and names people write (`KBANK`, `ACLEDA`), matched ignoring case, spaces and punctuation. */
  readonly aliases: readonly string[];
  /** The bank's official web domains (benign: never a scam indicator). */
  readonly domains?: readonly string[];
}

export interface EWalletEntry {
  /** Canonical provider name, the prefix of an E_WALLET value (`GCASH`). */
  readonly provider: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Renumbering {
  /** Day the old numbers stopped working. */
  readonly since: string;
  /** Length of an old number, national format. */
  readonly length: number;
  /** Old prefix -> new prefix, both national format. */
  readonly prefixes: Readonly<Record<string, string>>;
}

export interface BenignLists {
  /** Short codes and numbers of hotlines and anti-scam centres, as dialled in the member. */
  readonly hotlines: readonly { readonly number: string; readonly name: string }[];
  /** Official domains; `suffix: true` covers every domain under it (`go.th`). */
  readonly domains: readonly { readonly domain: string; readonly name: string; readonly suffix?: boolean }[];
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
    checkDirectory(m);
    Object.freeze(m);
  }
  return Object.freeze(parsed.members);
}

/** Bank directory and call prefixes: a wrong entry would silently split matches, so it stops the start. */
function checkDirectory(m: Member): void {
  const fail = (message: string) => {
    throw new Error(`members.json: ${m.code} ${message}`);
  };
  if (!m.iddPrefixes?.includes('00')) fail('iddPrefixes must list "00"');
  const spellings = new Map<string, string>();
  for (const bank of m.banks ?? []) {
    if (!/^[A-Z0-9]{2,11}$/.test(bank.code)) fail(`bank ${bank.name}: code must be 2-11 letters or digits`);
    for (const bic of [bank.bic, /^[A-Z]{6}/.test(bank.code) ? bank.code : undefined]) {
      if (bic !== undefined && !new RegExp(`^[A-Z]{4}${m.code}[A-Z0-9]{2}$`).test(bic)) {
        fail(`bank ${bank.name}: ${bic} is not an 8-character BIC of ${m.code}`);
      }
    }
    for (const spelling of [bank.code, bank.bic, bank.name, ...bank.aliases]) {
      if (spelling === undefined) continue;
      const folded = foldName(spelling);
      const other = spellings.get(folded);
      if (other !== undefined && other !== bank.code) fail(`"${spelling}" names two banks (${other}, ${bank.code})`);
      spellings.set(folded, bank.code);
    }
  }
  for (const bank of m.synthetic?.banks ?? []) {
    if (spellings.get(foldName(bank.code)) !== bank.code) {
      fail(`synthetic bank ${bank.code} is not a canonical code of the bank directory`);
    }
  }
}

/** How bank and provider names are compared: case, accents, spaces and punctuation do not count. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
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

const bankSpellings = new Map(
  members.map((m) => [
    m.code,
    new Map(
      m.banks.flatMap((b) =>
        [b.code, b.bic, b.name, ...b.aliases].filter((x) => x !== undefined).map((x) => [foldName(x), b] as const),
      ),
    ),
  ]),
);

/**
 * The member's bank written any way people write it: domestic code, BIC (8 or 11 characters), name or
 * abbreviation, ignoring case, spaces and punctuation. Undefined when the directory does not know it.
 */
export function bankOf(member: Member, spelling: string): BankEntry | undefined {
  const folded = foldName(spelling);
  const spellings = bankSpellings.get(member.code);
  // BIC branch codes name the same institution: KASITHBKXXX, KASITHBK001 and KASITHBK are one bank
  return (
    spellings?.get(folded) ?? (/^[A-Z]{6}[A-Z0-9]{5}$/.test(folded) ? spellings?.get(folded.slice(0, 8)) : undefined)
  );
}

/** Every member whose directory knows this spelling (for an account written without its country). */
export function banksNamed(spelling: string): { member: Member; bank: BankEntry }[] {
  return members.flatMap((member) => {
    const bank = bankOf(member, spelling);
    return bank ? [{ member, bank }] : [];
  });
}

/** An e-wallet provider, any spelling, with the members it operates in. */
export function eWalletProvider(spelling: string): { provider: string; name: string; homes: Member[] } | undefined {
  const folded = foldName(spelling);
  const homes = members.filter((m) =>
    m.eWallets.some((e) => [e.provider, e.name, ...e.aliases].some((a) => foldName(a) === folded)),
  );
  const entry = homes[0]?.eWallets.find((e) => [e.provider, e.name, ...e.aliases].some((a) => foldName(a) === folded));
  return entry ? { provider: entry.provider, name: entry.name, homes } : undefined;
}

/** Canonical names of every e-wallet provider in the registry. */
export function eWalletProviders(): string[] {
  return [...new Set(members.flatMap((m) => m.eWallets.map((e) => e.provider)))];
}
