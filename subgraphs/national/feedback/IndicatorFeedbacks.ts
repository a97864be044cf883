/**
 * Members' feedback on indicators (issue 11): a member's operators and investigators record, at their own
 * node, that an indicator it holds is CONFIRMED, a FALSE_POSITIVE, or ACTIONED (frozen, blocked, taken
 * down, since a date). The node carries its latest verdict in its sightings under its own policy (SUMMARY,
 * see policy/sightingFields.ts) and the hub summarises the region's (Indicator.assessment). Nothing is
 * ever deleted: a later verdict supersedes an earlier one, and a false positive only lowers the weight.
 * Every verdict is an entry in the node's audit chain; one that cannot be audited is not recorded.
 */
import DataLoader from 'dataloader';
import type { Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import { operationHash, type AuditLog } from '../audit/AuditLog.js';
import type { FeedbackInput } from '../graphql/__generated__/resolvers.js';
import type { NationalContext } from '../graphql/NationalContext.js';
import type { Actor } from '../requests/AssistanceRequests.js';
import type { RequestStore } from '../requests/RequestStore.js';
import { resolveSubject } from '../requests/resolveSubject.js';
import type { FeedbackParent, FeedbackRow, FeedbackStore } from './FeedbackStore.js';

/** What can be ACTIONED on an indicator itself (IDENTIFY_HOLDER and PRESERVE_EVIDENCE leave it live). */
const indicatorActions: readonly string[] = ['FREEZE_ACCOUNT', 'BLOCK_NUMBER', 'TAKE_DOWN'];
const recorders: readonly string[] = ['operator', 'investigator'];
/** Verdicts a sighting carries: the current one and a short history. */
const MAX_VERDICTS = 10;

export interface IndicatorFeedbacksOptions {
  member: Member;
  store: FeedbackStore;
  /** Resolves the indicator the member quotes, as requests do. */
  requestStore: RequestStore;
  auditLog: AuditLog;
  clock: () => Date;
}

/** What a verdict writes into its audit entry's `operationHash`: SHA-256 of this JSON array. */
export function feedbackText(row: FeedbackRow): string {
  return JSON.stringify([
    'indicator-feedback',
    row.indicatorKind,
    row.indicatorDigest,
    row.verdict,
    row.action,
    row.since,
    row.recordedAt.toISOString(),
    row.recordedBy,
  ]);
}

export class IndicatorFeedbacks {
  private readonly loaders = new WeakMap<NationalContext, DataLoader<string, FeedbackParent[]>>();

  constructor(private readonly o: IndicatorFeedbacksOptions) {}

  /**
   * The indicator's verdicts, newest first (at most 10; the first is the current one), batched per request:
   * one statement for a whole `_entities` batch.
   */
  recent(ctx: NationalContext, digest: string): Promise<FeedbackParent[]> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(
        async (digests: readonly string[]) => {
          const found = await this.o.store.recent(digests, MAX_VERDICTS);
          return digests.map((d) => found.get(d) ?? []);
        },
        { maxBatchSize: 20_000 },
      );
      this.loaders.set(ctx, loader);
    }
    return loader.load(digest);
  }

  async record(actor: Actor, input: FeedbackInput): Promise<FeedbackParent> {
    const owner = this.o.member.code;
    if (actor.caller.member !== owner || !recorders.includes(actor.caller.role)) {
      throw userError('FORBIDDEN', `only ${owner}'s own operators and investigators record feedback at ${owner}`);
    }
    const action = input.action ?? null;
    if (input.verdict === 'ACTIONED' && (action === null || !indicatorActions.includes(action))) {
      throw userError('BAD_USER_INPUT', `input.action: ACTIONED needs one of ${indicatorActions.join(', ')}`, {
        field: 'input.action',
      });
    }
    if (input.verdict !== 'ACTIONED' && action !== null) {
      throw userError('BAD_USER_INPUT', `input.action: only an ACTIONED verdict names an action`, {
        field: 'input.action',
      });
    }
    const now = this.o.clock();
    const today = now.toISOString().slice(0, 10);
    const since = input.since ?? today;
    if (since > today) {
      throw userError('BAD_USER_INPUT', `input.since: ${since} is in the future`, { field: 'input.since' });
    }
    const quoted = input.indicator.trim();
    const held = await resolveSubject(this.o.requestStore, this.o.member, quoted);
    if (!held) {
      throw userError('BAD_USER_INPUT', `input.indicator: ${owner} holds no indicator ${quoted}`, {
        field: 'input.indicator',
      });
    }
    const row: FeedbackRow = {
      indicatorKind: held.kind,
      indicatorDigest: held.digest,
      verdict: input.verdict,
      action,
      since,
      recordedAt: now,
      recordedBy: actor.caller.subject,
    };
    // audited first: a verdict the chain does not hold is never recorded (an entry without its row only
    // says that someone tried)
    await this.o.auditLog.append({
      at: now,
      subject: actor.caller.subject,
      requesterMember: actor.caller.member,
      role: actor.caller.role,
      operationHash: operationHash(feedbackText(row)),
      digests: [held.digest],
      level: actor.level,
      redactions: [],
    });
    await this.o.store.insert(row);
    return { verdict: row.verdict, action: row.action, since: row.since };
  }
}
