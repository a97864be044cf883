/**
 * What a caller may learn from this node's change feed (issue 11, item 4; docs/sharing-policy.md, "Change
 * feed and watchlists"). Two ways in:
 * - `page`: every change after a cursor. It lists indicators the caller never named, which is what DETAIL
 *   (paging every report with its indicators) already gives and nothing below it does, so it needs DETAIL.
 * - `since`: one indicator the caller names (a watch) and the cursor this node sealed for it. At HIT the
 *   answer is what a lookup then and a lookup now would tell: hit now, and NEW when it was not held at the
 *   cursor and is now (the cursor is bound to the indicator, so it was issued when the caller already asked
 *   about it); updates and their time need SUMMARY, like `lastSeen` and `reportCount`. NONE learns nothing,
 *   and nothing is read.
 */
import DataLoader from 'dataloader';
import type { Member } from '../../../schema/registry.js';
import { indicatorKinds } from '../../../schema/typology.js';
import { userError } from '../../../shared/errors.js';
import { enumValue } from '../../../shared/graphql/enumValue.js';
import { indicatorId } from '../../../shared/indicators/index.js';
import { splitSeen } from '../../../shared/watch/seenCursors.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import { atLeast, type Redaction } from '../policy/index.js';
import type { ChangeStore, ChangeSummary } from './ChangeStore.js';
import { FeedCursor, watchBinding } from './FeedCursor.js';
import type { ChangePageParent, ChangeSinceParent } from './feedParents.js';

/** Changes per page at most, as the Global Signal Exchange's and TAXII's pages. */
export const MAX_CHANGES_PAGE = 10_000;

export class ChangeFeed {
  private cursor: Promise<FeedCursor> | undefined;
  private readonly loaders = new WeakMap<NationalContext, DataLoader<string, ChangeSummary | undefined>>();

  constructor(
    private readonly member: Member,
    private readonly store: ChangeStore,
  ) {}

  async page(ctx: NationalContext, since: string | null, first: number): Promise<ChangePageParent | null> {
    if (!atLeast(ctx.level, 'DETAIL')) {
      ctx.audit.withheld.add('changes');
      return null;
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) {
      throw userError('BAD_USER_INPUT', `first must be between 1 and ${MAX_CHANGES_PAGE}, got ${first}`, {
        field: 'first',
      });
    }
    const cursor = await this.cursors();
    const from = since == null ? 0 : cursor.open(since, ctx.caller.member, 'since').seq;
    const rows = await this.store.page(from, first + 1);
    const hasMore = rows.length > first;
    const page = rows.slice(0, first);
    for (const r of page) ctx.audit.digests.add(r.digest);
    return {
      member: this.member.code,
      entries: page.map((r) => ({
        id: indicatorId(enumValue(indicatorKinds, r.kind, 'IndicatorChange.kind'), r.digest),
        digest: r.digest,
        kind: r.kind,
        change: r.seq === r.firstSeq ? 'NEW' : 'UPDATED',
        at: r.at,
      })),
      hasMore,
      endCursor: cursor.seal({ seq: page.at(-1)?.seq ?? from }, ctx.caller.member),
    };
  }

  /** What changed about one watched indicator since the cursor `seen` holds for this member. */
  async since(ctx: NationalContext, digest: string, seen: string): Promise<ChangeSinceParent> {
    ctx.audit.digests.add(digest);
    const rule = ctx.decision.rule;
    if (!atLeast(ctx.level, 'HIT')) {
      const redactions: Redaction[] = [
        { field: 'hit', rule, levelNeeded: 'HIT' },
        { field: 'change', rule, levelNeeded: 'HIT' },
        { field: 'at', rule, levelNeeded: 'SUMMARY' },
        { field: 'cursor', rule, levelNeeded: 'HIT' },
      ];
      return this.withheld(ctx, { level: ctx.level, hit: null, change: null, at: null, cursor: null, redactions });
    }
    const binding = watchBinding(digest);
    const mine = splitSeen(seen, 'seen').get(this.member.code);
    const cursor = await this.cursors();
    const from = mine ? cursor.open(mine, ctx.caller.member, 'seen', binding).seq : 0;
    // during a key rotation's overlap a watch of either generation's id follows the digest the indicator
    // is stored (and its changes recorded) under, as a lookup does (graphql/sightings.ts)
    const stored = ctx.keyIds.length > 1 ? ((await ctx.loaders.storedDigest.load(digest)) ?? digest) : digest;
    const [sighting, summary] = await Promise.all([ctx.loaders.sighting.load(stored), this.summaryOf(ctx, stored)]);
    const hit = sighting !== undefined;
    const summaryLevel = atLeast(ctx.level, 'SUMMARY');
    const isNew = hit && summary !== undefined && summary.firstSeq > from;
    const updated = summary !== undefined && summary.lastSeq > from;
    const change = isNew ? 'NEW' : updated && summaryLevel ? 'UPDATED' : null;
    // listed whether or not anything changed: a list that grew with an update would tell the update
    const redactions: Redaction[] = summaryLevel
      ? []
      : [
          { field: 'change', rule, levelNeeded: 'SUMMARY' },
          { field: 'at', rule, levelNeeded: 'SUMMARY' },
        ];
    return this.withheld(ctx, {
      level: ctx.level,
      hit,
      change,
      at: summaryLevel && change ? summary!.lastAt : null,
      cursor: cursor.seal({ seq: Math.max(from, summary?.lastSeq ?? 0) }, ctx.caller.member, binding),
      redactions,
    });
  }

  private withheld(ctx: NationalContext, answer: ChangeSinceParent): ChangeSinceParent {
    for (const r of answer.redactions) ctx.audit.withheld.add(`watch.${r.field}`);
    return answer;
  }

  /** One statement for a whole `_entities` batch of watched indicators. */
  private summaryOf(ctx: NationalContext, digest: string): Promise<ChangeSummary | undefined> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(
        async (digests: readonly string[]) => {
          const found = await this.store.summaries(digests);
          return digests.map((d) => found.get(d));
        },
        { maxBatchSize: 20_000 },
      );
      this.loaders.set(ctx, loader);
    }
    return loader.load(digest);
  }

  private cursors(): Promise<FeedCursor> {
    if (!this.cursor) {
      this.cursor = this.store.cursorKey().then((key) => new FeedCursor(key, this.member.code));
      // a failed read is tried again on the next request rather than cached
      this.cursor.catch(() => (this.cursor = undefined));
    }
    return this.cursor;
  }
}
