/**
 * Values that are never scam indicators: national hotlines and anti-scam centres, official government and
 * bank domains. Scammers spoof exactly these (a call "from 1441", a link to the real bank's site in a
 * phishing SMS), so victims report them; answering such a value as a hit would send analysts after the
 * police or the bank itself. The lists are registry data per member (schema/members.json `benign`, and
 * the bank directory's `domains`), extended per deployment by a JSON file of the same shape per member
 * (`{ "TH": { "hotlines": [...], "domains": [...] } }`, path from configuration).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'tldts';
import { type BenignLists, isMemberCode, memberByCode, members } from '../../schema/registry.js';
import { type IndicatorKind } from '../../schema/typology.js';
import { normalizeIndicator } from './normalizeIndicator.js';

export interface BenignMatch {
  /** The list's name. */
  list: string;
  /** The entry's name (`ScamShield Helpline`). */
  name: string;
  /** Alpha-2 code of the member whose list holds it. */
  member: string;
}

export const benignListNames = {
  hotlines: 'National hotlines and anti-scam centres',
  government: 'Official government domains',
  banks: 'Official bank domains',
} as const;

export type BenignExtension = Readonly<Record<string, Partial<BenignLists>>>;

export class BenignList {
  private readonly phones = new Map<string, BenignMatch>();
  private readonly domains = new Map<string, BenignMatch>();
  /** Suffixes that cover every domain under them (`go.th`), longest first. */
  private readonly suffixes: [string, BenignMatch][] = [];

  /** The registry's lists, plus the extension's (a file path, or the parsed file for tests). */
  static load(extension?: string | BenignExtension): BenignList {
    const list = new BenignList();
    for (const m of members) {
      list.add(m.code, m.benign);
      for (const bank of m.banks) {
        for (const domain of bank.domains ?? []) list.addDomain(m.code, domain, bank.name, benignListNames.banks);
      }
    }
    const extra = typeof extension === 'string' ? readExtension(extension) : extension;
    for (const [code, lists] of Object.entries(extra ?? {})) {
      if (!isMemberCode(code)) throw new Error(`benign list: "${code}" is not a member of the registry`);
      list.add(memberByCode(code).code, lists);
    }
    list.suffixes.sort(([a], [b]) => b.length - a.length);
    return list;
  }

  /** The benign entry a canonical value falls under, if any. */
  match(kind: IndicatorKind, canonical: string): BenignMatch | undefined {
    if (kind === 'PHONE') return this.phones.get(canonical);
    if (kind === 'DOMAIN') return this.domainMatch(canonical);
    if (kind === 'URL') return this.domainMatch(new URL(canonical).hostname);
    if (kind === 'EMAIL') return this.domainMatch(canonical.slice(canonical.lastIndexOf('@') + 1));
    return undefined;
  }

  /** Every value matched exactly (phones, whole domains), for keying them ahead of any lookup. */
  exactValues(): { kind: IndicatorKind; canonical: string; match: BenignMatch }[] {
    return [
      ...[...this.phones].map(([canonical, match]) => ({ kind: 'PHONE' as const, canonical, match })),
      ...[...this.domains].map(([canonical, match]) => ({ kind: 'DOMAIN' as const, canonical, match })),
    ];
  }

  private add(member: string, lists: Partial<BenignLists>): void {
    for (const h of lists.hotlines ?? []) {
      const { canonical } = normalizeIndicator('PHONE', h.number, { region: member });
      this.phones.set(canonical, { list: benignListNames.hotlines, name: h.name, member });
    }
    for (const d of lists.domains ?? []) {
      if (d.suffix) {
        this.suffixes.push([d.domain.toLowerCase(), { list: benignListNames.government, name: d.name, member }]);
      } else this.addDomain(member, d.domain, d.name, benignListNames.government);
    }
  }

  private addDomain(member: string, domain: string, name: string, list: string): void {
    this.domains.set(normalizeIndicator('DOMAIN', domain).canonical, { list, name, member });
  }

  private domainMatch(host: string): BenignMatch | undefined {
    const registered = parse(host, { allowPrivateDomains: true }).domain;
    const exact = registered ? this.domains.get(registered) : undefined;
    return exact ?? this.suffixes.find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`))?.[1];
  }
}

function readExtension(path: string): BenignExtension {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenignExtension;
  } catch (error) {
    throw new Error(`benign list ${path}: ${(error as Error).message}`);
  }
}
