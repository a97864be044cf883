/**
 * Analysts' watchlists (issue 11, item 4), kept at the analyst's own member's node and nowhere else (not
 * centrally, not at the hub): each of this member's staff watches up to 500 indicators, by id. The hub's
 * `watchlist` reads the caller's list here (WatchlistPart) and asks every member what changed since the
 * cursors stored with each watch; `markSeen` stores the cursors the hub returned. Only this member's own
 * staff read or change their list: a list of watched indicators says what an investigation is about.
 */
import type { Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import { parseIndicatorId } from '../../../shared/indicators/index.js';
import { splitSeen } from '../../../shared/watch/seenCursors.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import type { ChangeStore } from './ChangeStore.js';
import type { WatchlistPartParent, WatchParent } from './feedParents.js';

/** Watches per analyst, and ids per call: the hub's watchlist asks every member about each of them. */
export const MAX_WATCHES = 500;

export class Watchlists {
  constructor(
    private readonly member: Member,
    private readonly store: ChangeStore,
    private readonly clock: () => Date,
  ) {}

  /** The caller's watches when this is the caller's own member's node. */
  async part(ctx: NationalContext): Promise<WatchlistPartParent> {
    if (ctx.caller.member !== this.member.code) return { own: false, watches: null };
    return { own: true, watches: await this.store.watches(ctx.caller.subject) };
  }

  async watch(ctx: NationalContext, ids: readonly string[]): Promise<WatchParent[]> {
    this.checkOwn(ctx);
    const items = parseIds(ids, ctx.keyIds);
    const existing = await this.store.watches(ctx.caller.subject);
    const known = new Set(existing.map((w) => w.digest));
    const added = new Set(items.filter((i) => !known.has(i.digest)).map((i) => i.digest)).size;
    if (existing.length + added > MAX_WATCHES) {
      throw userError(
        'BAD_USER_INPUT',
        `ids: at most ${MAX_WATCHES} watches per analyst; ${existing.length} watched, ${added} more asked`,
        { field: 'ids' },
      );
    }
    await this.store.addWatches(ctx.caller.subject, items, this.clock());
    return this.store.watches(ctx.caller.subject);
  }

  async unwatch(ctx: NationalContext, ids: readonly string[]): Promise<WatchParent[]> {
    this.checkOwn(ctx);
    await this.store.removeWatches(
      ctx.caller.subject,
      parseIds(ids, ctx.keyIds).map((i) => i.digest),
    );
    return this.store.watches(ctx.caller.subject);
  }

  async markSeen(ctx: NationalContext, seen: readonly { id: string; seen: string }[]): Promise<WatchParent[]> {
    this.checkOwn(ctx);
    if (seen.length > MAX_WATCHES) {
      throw userError('BAD_USER_INPUT', `seen: at most ${MAX_WATCHES} entries, got ${seen.length}`, { field: 'seen' });
    }
    const items = seen.map((s, i) => {
      const digest = parseId(s.id, `seen[${i}].id`, ctx.keyIds).digest;
      splitSeen(s.seen, `seen[${i}].seen`); // refuses what the hub could not have given
      return { digest, seen: s.seen };
    });
    await this.store.setSeen(ctx.caller.subject, items);
    return this.store.watches(ctx.caller.subject);
  }

  private checkOwn(ctx: NationalContext): void {
    if (ctx.caller.member !== this.member.code) {
      throw userError('FORBIDDEN', `only ${this.member.code}'s own staff keep a watchlist at ${this.member.code}`);
    }
  }
}

function parseIds(ids: readonly string[], keyIds: readonly string[]): { kind: string; digest: string }[] {
  if (ids.length === 0 || ids.length > MAX_WATCHES) {
    throw userError('BAD_USER_INPUT', `ids: 1 to ${MAX_WATCHES} indicator ids, got ${ids.length}`, { field: 'ids' });
  }
  return ids.map((id, i) => parseId(id, `ids[${i}]`, keyIds));
}

/**
 * parseIndicatorId with the node's accepted key generations (during a rotation's overlap, the new one's
 * ids too), the error naming the argument it came from.
 */
function parseId(id: string, field: string, keyIds: readonly string[]): { kind: string; digest: string } {
  try {
    return parseIndicatorId(id, keyIds);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw userError('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
}
