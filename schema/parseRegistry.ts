/**
 * Reads and checks a registry file (schema/members.json, or the operator's copy at REGISTRY_PATH). Every
 * process swaps to a new registry only after this accepted all of it: a running federation must never
 * serve with half a member, so a mistake is a RegistryError naming the file, the member and the field.
 */
import type { Member } from './registryTypes.js';

export class RegistryError extends Error {
  override name = 'RegistryError';
}

export interface Registry {
  /** Where it was read from, as errors and logs name it. */
  readonly source: string;
  /** The date of the indicative exchange rates (`usdPerUnit`). */
  readonly ratesAsOf: string;
  readonly members: readonly Member[];
}

/** Parses and checks registry text; throws RegistryError saying what is wrong, never returns half a registry. */
export function parseRegistry(text: string, source: string): Registry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new RegistryError(`${source}: not JSON (${(e as Error).message})`);
  }
  const file = parsed as { ratesAsOf?: unknown; members?: unknown };
  if (typeof file !== 'object' || file === null || !Array.isArray(file.members) || file.members.length === 0) {
    throw new RegistryError(`${source}: "members" must be a non-empty list`);
  }
  if (typeof file.ratesAsOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(file.ratesAsOf)) {
    throw new RegistryError(`${source}: "ratesAsOf" must be a date (YYYY-MM-DD)`);
  }
  const members = file.members as Member[];
  const seen = new Set<string>();
  for (const [i, m] of members.entries()) {
    const where = `${source}: members[${i}]${typeof m?.code === 'string' ? ` (${m.code})` : ''}`;
    if (typeof m !== 'object' || m === null) throw new RegistryError(`${where} must be an object`);
    checkMember(m, where);
    for (const key of [m.code, m.ns, String(m.port)]) {
      if (seen.has(key)) throw new RegistryError(`${where}: ${key} appears twice`);
      seen.add(key);
    }
    checkDirectory(m, where);
  }
  const codes = new Set(members.map((m) => m.code));
  for (const m of members) {
    for (const partner of m.partners ?? []) {
      if (partner === m.code) throw new RegistryError(`${source}: ${m.code} lists itself as an MoU partner`);
      if (!codes.has(partner)) throw new RegistryError(`${source}: ${m.code} partners: ${partner} is not a member`);
    }
  }
  for (const m of members) Object.freeze(m);
  return Object.freeze({ source, ratesAsOf: file.ratesAsOf, members: Object.freeze([...members]) });
}

/** The fields every process relies on: a reload with a wrong type must fail here, not in a resolver. */
function checkMember(m: Member, where: string): void {
  const fail = (field: string, rule: string): never => {
    throw new RegistryError(`${where}: "${field}" ${rule}`);
  };
  if (!/^[A-Z]{2}$/.test(String(m.code))) fail('code', 'must be an upper-case alpha-2 code');
  if (!/^[a-z]{3}$/.test(String(m.ns))) fail('ns', 'must be a lower-case alpha-3 namespace');
  if (typeof m.name !== 'string' || m.name.length === 0) fail('name', 'must be a non-empty string');
  if (!/^[A-Z]{2}$/.test(String(m.phoneRegion))) fail('phoneRegion', 'must be an alpha-2 region');
  if (!/^[A-Z]{3}$/.test(String(m.currency))) fail('currency', 'must be an ISO 4217 code');
  if (!(typeof m.usdPerUnit === 'number' && m.usdPerUnit > 0)) fail('usdPerUnit', 'must be a positive number');
  if (!Number.isInteger(m.port) || m.port < 1 || m.port > 65535) fail('port', 'must be a TCP port');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(m.joined))) fail('joined', 'must be a date (YYYY-MM-DD)');
  if (m.url !== undefined && !/^https?:\/\/[^\s,]+$/.test(String(m.url))) fail('url', 'must be an http(s) URL');
  if (!Array.isArray(m.iddPrefixes) || !m.iddPrefixes.includes('00')) fail('iddPrefixes', 'must list "00"');
  if (!Array.isArray(m.banks)) fail('banks', 'must be a list');
  if (!Array.isArray(m.eWallets)) fail('eWallets', 'must be a list');
  if (!Array.isArray(m.benign?.hotlines) || !Array.isArray(m.benign?.domains)) {
    fail('benign', 'must hold "hotlines" and "domains" lists');
  }
  if (m.partners !== undefined && !Array.isArray(m.partners)) fail('partners', 'must be a list of alpha-2 codes');
}

/** Bank directory: a wrong entry would silently split matches, so it refuses the registry. */
function checkDirectory(m: Member, where: string): void {
  const fail = (message: string): never => {
    throw new RegistryError(`${where}: ${message}`);
  };
  const spellings = new Map<string, string>();
  for (const bank of m.banks) {
    if (!/^[A-Z0-9]{2,11}$/.test(bank.code)) fail(`bank ${bank.name}: code must be 2-11 letters or digits`);
    if (!Array.isArray(bank.aliases)) fail(`bank ${bank.name}: "aliases" must be a list`);
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
}

/** How bank and provider names are compared: case, accents, spaces and punctuation do not count. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
