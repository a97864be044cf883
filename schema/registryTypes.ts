/** The member registry's types (schema/members.json); the values and lookups are in registry.ts. */
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
  /**
   * The node's GraphQL URL as the gateway reaches it, when it is not the supergraph's local default
   * (`http://127.0.0.1:<port>/graphql`): how a member added at runtime gets routed without a restart.
   * SUBGRAPH_URL_<NS> still wins over it.
   */
  readonly url?: string;
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
}

export interface BankEntry {
  /**
   * The canonical bank code: the member's domestic clearing code where it has one in everyday use (Thai
   * 3-digit, Indonesian 3-digit, Singapore 4-digit, Vietnamese NAPAS BIN, Timor-Leste IBAN bank code),
   * else the 8-character SWIFT BIC (shared/indicators/README.md says why).
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
