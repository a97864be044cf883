/**
 * The member registry: the one place a country is named. Every part (national nodes, hub, gateway,
 * compose, seed, docker-compose check) reads members from here; nothing else may name a country.
 *
 * Importing this module loads the committed schema/members.json, which is all build tools (compose,
 * codegen, the docker-compose renderer, vite) need. A running process may swap in another registry
 * (`useRegistry`, driven by shared/registry/RegistryWatcher): a member joins without a restart.
 * `members` and `ratesAsOf` are live bindings, so every importer sees the registry in use; code that
 * derives something from the members once (a schema, a rate table) subscribes with `onRegistryChange`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldName, parseRegistry, type Registry } from './parseRegistry.js';
import type { BankEntry, Member } from './registryTypes.js';

export type { BankEntry, BenignLists, EWalletEntry, Member, Renumbering } from './registryTypes.js';
export { foldName, parseRegistry, RegistryError, type Registry } from './parseRegistry.js';

/** The committed registry file: the default, and what build tools read. */
export const defaultRegistryPath = fileURLToPath(new URL('./members.json', import.meta.url));

let current: Registry = parseRegistry(readFileSync(defaultRegistryPath, 'utf8'), 'schema/members.json');

/** The members of the registry in use, in registry order (a live binding: it changes on `useRegistry`). */
export let members: readonly Member[] = current.members;
/** The date of the indicative exchange rates (`usdPerUnit`) of the registry in use. */
export let ratesAsOf: string = current.ratesAsOf;

let byCode = new Map<string, Member>();
let byNs = new Map<string, Member>();
let bankSpellings = new Map<string, Map<string, BankEntry>>();
index();

function index(): void {
  byCode = new Map(members.map((m) => [m.code, m]));
  byNs = new Map(members.map((m) => [m.ns, m]));
  bankSpellings = new Map(
    members.map((m) => [
      m.code,
      new Map(
        m.banks.flatMap((b) =>
          [b.code, b.bic, b.name, ...b.aliases].filter((x) => x !== undefined).map((x) => [foldName(x), b] as const),
        ),
      ),
    ]),
  );
}

const listeners = new Set<(registry: Registry, previous: Registry) => void>();

/** The registry in use (where it came from, its members). */
export function currentRegistry(): Registry {
  return current;
}

/**
 * Swaps in a registry that parseRegistry accepted, then tells every listener. A listener that throws is
 * reported to the caller after the others ran: the swap itself is never half done.
 */
export function useRegistry(registry: Registry): void {
  const previous = current;
  current = registry;
  members = registry.members;
  ratesAsOf = registry.ratesAsOf;
  index();
  const failures: unknown[] = [];
  for (const listener of listeners) {
    try {
      listener(registry, previous);
    } catch (e) {
      failures.push(e);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'a registry listener failed');
}

/** Calls `listener` after every swap; returns the unsubscribe. */
export function onRegistryChange(listener: (registry: Registry, previous: Registry) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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
