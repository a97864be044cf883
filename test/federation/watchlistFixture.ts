/**
 * The fixture of test/federation/watchlist.test.ts: the numbers watched, the import file of one report,
 * the GraphQL documents, the entry shape and the members' policies (Singapore refuses Thailand, the others keep the
 * registry default: Malaysia HIT, Cambodia Thailand's MoU partner).
 */
import { type Member } from '../../schema/registry.js';
import { SharingPolicy } from '../../subgraphs/national/policy/index.js';
import { splitSeen } from '../../shared/watch/seenCursors.js';

export const khPhone = '+85512345678';
export const myPhone = '+60123456789';
const header =
  'reference,reported_at,scam_type,channel,loss_amount,currency,status,province,phone,bank_account,crypto_wallet,url,domain,email,social_account';

/** An import file of one report (the n-th of the test) naming `phone` at `member`. */
export function reportCsv(member: Member, phone: string, n: number): string {
  const row = `${member.code}-W-${n},2026-05-0${n}T09:00:00Z,INVESTMENT,MESSAGING_APP,100.00,${member.currency},RECEIVED,,${phone},,,,,,`;
  return `${header}\n${row}\n`;
}

export const lookup = `query($value: String!) { indicator(kind: PHONE, value: $value) { id } }`;
export const watch = `mutation($ids: [ID!]!) { tha { watch(ids: $ids) { indicator { id } since seen } } }`;
export const watchlist = `{ watchlist { entries {
  id watchedSince seenNext indicator { id }
  changedIn { member { code } level change at }
  coverage { answered refused unavailable complete }
} } }`;
export const markSeen = `mutation($seen: [SeenInput!]!) { tha { markSeen(seen: $seen) { indicator { id } seen } } }`;

export interface Entry {
  id: string;
  seenNext: string;
  watchedSince: string;
  changedIn: { member: { code: string }; level: string; change: string; at: string | null }[];
  coverage: { answered: string[]; refused: string[]; unavailable: string[]; complete: boolean };
}

/** A member's part of a watch's cursors. */
export const cursorOf = (seen: string, code: string) => splitSeen(seen, 'seen').get(code);

/** Singapore refuses Thailand's callers; everyone else keeps the registry default. */
export function policyOf(member: Member): SharingPolicy {
  const base = SharingPolicy.defaultFor(member);
  return member.code === 'SG' ? SharingPolicy.parse(`TH * NONE no-thailand\n${base.render()}`, 'test', member) : base;
}
