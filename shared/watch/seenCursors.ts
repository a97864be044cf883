/**
 * A watch's last-seen position at every member, as one string (`TH:c1.…,KH:c1.…`): what the hub's
 * watchlist gives (`WatchedIndicator.seenNext`), what the analyst's own node stores (`markSeen`) and what
 * each member reads its own cursor from. The cursors are sealed by the members that issued them
 * (subgraphs/national/feed/FeedCursor.ts), so the hub and the other nodes carry them without learning
 * anything from them; this file only splits and joins.
 */
import { isMemberCode } from '../../schema/registry.js';
import { userError } from '../errors.js';

/** Long enough for one sealed cursor per member of a registry several times today's. */
export const MAX_SEEN_LENGTH = 8192;
const cursorShape = /^c1\.[A-Za-z0-9_-]{1,500}$/;

/** Member code -> that member's cursor; BAD_USER_INPUT naming `field` for anything `joinSeen` could not give. */
export function splitSeen(seen: string, field: string): Map<string, string> {
  const out = new Map<string, string>();
  if (seen === '') return out;
  const refuse = (why: string) =>
    userError('BAD_USER_INPUT', `${field}: ${why}; pass WatchedIndicator.seenNext as the hub gave it`, { field });
  if (seen.length > MAX_SEEN_LENGTH) throw refuse(`longer than ${MAX_SEEN_LENGTH} characters`);
  for (const part of seen.split(',')) {
    const at = part.indexOf(':');
    const member = part.slice(0, at);
    const cursor = part.slice(at + 1);
    if (at < 0 || member !== member.toUpperCase() || !isMemberCode(member) || !cursorShape.test(cursor))
      throw refuse('not a list of member cursors');
    if (out.has(member)) throw refuse(`member ${member} twice`);
    out.set(member, cursor);
  }
  return out;
}

/** The inverse of splitSeen, in member-code order so equal positions give equal strings. */
export function joinSeen(cursors: ReadonlyMap<string, string>): string {
  return [...cursors.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([member, cursor]) => `${member}:${cursor}`)
    .join(',');
}
