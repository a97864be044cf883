/**
 * COMPANY: a registered company, `${member}:REG:${number}` when its registration number is given
 * (`MY:REG:201901000005`), else `${member}:NAME:${name}` with the name folded (`MY:NAME:ABC TRADING`).
 * Shell companies that receive scam money are listed by registration number (Malaysia's mule checker
 * lists thousands), and a number is exact where names vary, so the number wins whenever it is there.
 *
 * Input: `CC:number`, `CC:name`, `CC:name:number`, or a name with its number (`ABC Trading Sdn. Bhd.
 * (201901000005)`, `… Reg. No. 201901000005`, `… UEN 201912345K`) read with `region`.
 */
import { type Member, isMemberCode, memberByCode } from '../../schema/registry.js';
import { invalid } from './invalidIndicator.js';

/** Legal-form words at the end of a name (longest first): they vary between spellings of one company. */
const suffixes = [
  'PUBLIC COMPANY LIMITED',
  'PRIVATE LIMITED',
  'COMPANY LIMITED',
  'JOINT STOCK COMPANY',
  'SDN BHD',
  'PTE LTD',
  'CO LTD',
  'PCL',
  'BHD',
  'LTD',
  'LIMITED',
  'TBK',
  'INC',
  'CORP',
  'CORPORATION',
  'JSC',
  'LLC',
  'PLC',
  'CO',
  'PT',
  'CV',
];

/** Legal-form words at the start (Indonesia's PT/CV, Viet Nam's Công ty TNHH / cổ phần). */
const prefixes = ['CONG TY TNHH', 'CONG TY CO PHAN', 'CONG TY', 'PT', 'CV'];

/** A registration number: letters allowed, at least five digits (`201901000005`, `1312525-A`, `CS201912345`). */
const numberPattern =
  /(?:\b(?:reg(?:istration)?\.?\s*(?:no\.?|number)|company\s*no\.?|uen|no\.)\s*:?\s*)?\(?\b([A-Z]{0,3}[0-9](?:[0-9-]|\s(?=[0-9]))*[0-9A-Z]?)\b\)?/i;

export function normalizeCompany(value: string, region: Member | undefined): string {
  const text = value.normalize('NFKC').trim();
  const explicit = /^([A-Za-z]{2})\s*[:/|]\s*(.*)$/s.exec(text);
  let member = region;
  let rest = text;
  if (explicit) {
    const cc = explicit[1] ?? '';
    if (!isMemberCode(cc)) invalid(`"${cc}" is not an ASEAN member`);
    member = memberByCode(cc);
    rest = explicit[2] ?? '';
  }
  if (!member) invalid('needs a member country (CC:number or CC:name) or a region');
  // the canonical forms read back as themselves: `MY:REG:<number>`, `MY:NAME:<name>`
  const tagged = /^(REG|NAME)\s*:\s*(.*)$/is.exec(rest);
  if (tagged?.[1]?.toUpperCase() === 'NAME') {
    const name = foldCompanyName(tagged[2] ?? '');
    if (!name) invalid('needs a registered name or number');
    return `${member.code}:NAME:${name}`;
  }
  if (tagged) rest = tagged[2] ?? '';
  const parts = rest.split(/\s*[:|]\s*/);
  const number = parts.map(registrationNumber).find((n) => n !== undefined) ?? registrationNumber(rest);
  if (number) return `${member.code}:REG:${number}`;
  const name = foldCompanyName(rest);
  if (!name) invalid('needs a registered name or number');
  return `${member.code}:NAME:${name}`;
}

/** The registration number in `text`, compacted (`1312525-A` -> `1312525A`), if it has one. */
function registrationNumber(text: string): string | undefined {
  const match = numberPattern.exec(text);
  const raw = match?.[1];
  if (!raw) return undefined;
  const compact = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return (compact.match(/[0-9]/g)?.length ?? 0) >= 5 ? compact : undefined;
}

/** Upper case, no accents or punctuation, `&` as AND, legal-form words removed, single spaces. */
export function foldCompanyName(name: string): string {
  let folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D')
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  if (suffixes.includes(folded)) return '';
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of suffixes) {
      if (folded.endsWith(` ${suffix}`)) {
        folded = folded.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
    for (const prefix of prefixes) {
      if (folded.startsWith(`${prefix} `)) {
        folded = folded.slice(prefix.length + 1).trim();
        changed = true;
      }
    }
  }
  return folded;
}
