/**
 * Requests for assistance addressed to this member (issue 11): another member's investigator asks the
 * owner of a hit to act; the request lives here and only this member's operators and investigators move
 * it, SUBMITTED -> ACKNOWLEDGED -> ACTIONED, or -> DECLINED (from either open state, with a reason). A
 * request still open at its due time (the owner's service level for the action) reads as EXPIRED, and can
 * no longer be moved: the requester sees that the window passed and may ask again. EXPIRED is computed
 * from the injected clock on every read and move, never stored, so no job has to run for it.
 *
 * Every submission and move is appended to the owner's hash-chained audit log (see transitionText), and
 * one that cannot be audited is taken back: no change without its entry.
 */
import { randomUUID } from 'node:crypto';
import { members, type Member } from '../../../schema/registry.js';
import { userError } from '../../../shared/errors.js';
import type { Caller } from '../../../shared/identity/Caller.js';
import { operationHash, type AuditLog } from '../audit/AuditLog.js';
import type { AssistanceRequestInput, RequestStatus, SharingLevel } from '../graphql/__generated__/resolvers.js';
import type { RequestRow, StoredStatus } from './requestParents.js';
import { checkRequestInput, optionalText, sameSubmission, text } from './requestInput.js';
import type { RequestStore } from './RequestStore.js';
import { resolveSubject } from './resolveSubject.js';
import { serviceLevelFigures, type ServiceLevelFigures } from './serviceLevelFigures.js';
import type { ServiceLevels } from './serviceLevels.js';

/** Who acts, and the level this node's policy gives them. */
export interface Actor {
  caller: Caller;
  level: SharingLevel;
}

export interface AssistanceRequestsOptions {
  member: Member;
  store: RequestStore;
  auditLog: AuditLog;
  serviceLevels: ServiceLevels;
  /** Injectable for tests (expiry without sleeping). */
  clock: () => Date;
}

/** Most requests one answer lists (an outbox part, an inbox page). */
export const maxRequestPage = 500;

const movers: readonly string[] = ['operator', 'investigator'];
const staffReaders: readonly string[] = ['operator', 'investigator', 'auditor'];

/**
 * What a submission or move writes into the audit entry's `operationHash`: SHA-256 of this JSON array, so
 * an auditor can recompute it from the request row (the row's state after the move, dates as ISO-8601 UTC)
 * and see that the stored request is the one that was audited.
 */
export function transitionText(row: RequestRow, from: StoredStatus | null): string {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return JSON.stringify([
    'assistance-request',
    from,
    row.status,
    row.reference,
    row.requesterMember,
    row.clientKey,
    row.action,
    row.indicatorKind,
    row.indicatorDigest,
    row.subjectReference,
    row.legalBasis,
    row.urgency,
    row.note,
    iso(row.submittedAt),
    iso(row.dueAt),
    iso(row.acknowledgedAt),
    iso(row.closedAt),
    row.declineReason,
    row.response,
  ]);
}

export class AssistanceRequests {
  constructor(private readonly o: AssistanceRequestsOptions) {}

  /** The status as read now: an open request past its due time is EXPIRED. */
  statusOf(row: RequestRow, now: Date = this.o.clock()): RequestStatus {
    const open = row.status === 'SUBMITTED' || row.status === 'ACKNOWLEDGED';
    return open && now.getTime() >= row.dueAt.getTime() ? 'EXPIRED' : row.status;
  }

  /** The owner's own operators, investigators and auditors. */
  isOwnStaff(caller: Caller): boolean {
    return caller.member === this.o.member.code && staffReaders.includes(caller.role);
  }

  async submit(actor: Actor, input: AssistanceRequestInput): Promise<RequestRow> {
    const { caller } = actor;
    const owner = this.o.member.code;
    if (caller.role !== 'investigator' || !members.some((m) => m.code === caller.member)) {
      throw userError('FORBIDDEN', "requests for assistance are filed by a member's investigators");
    }
    if (caller.member === owner) {
      throw userError('FORBIDDEN', `${owner}'s own staff act on ${owner}'s data directly, not by a request`);
    }
    if (actor.level === 'NONE') throw userError('FORBIDDEN', `${owner}'s sharing policy declines ${caller.member}`);
    const checked = checkRequestInput(input);
    const earlier = await this.o.store.byClientKey(caller.member, checked.clientKey);
    if (earlier) return this.replay(earlier, checked);
    const subject = await resolveSubject(this.o.store, this.o.member, checked.subjectReference);
    if (!subject) {
      throw userError('BAD_USER_INPUT', `input.reference: ${owner} holds no indicator ${checked.subjectReference}`, {
        field: 'input.reference',
      });
    }
    const now = this.o.clock();
    const row: RequestRow = {
      ...checked,
      reference: randomUUID(),
      requesterMember: caller.member,
      indicatorKind: subject.kind,
      indicatorDigest: subject.digest,
      status: 'SUBMITTED',
      submittedAt: now,
      dueAt: new Date(now.getTime() + this.o.serviceLevels[checked.action]),
      acknowledgedAt: null,
      closedAt: null,
      declineReason: null,
      response: null,
    };
    try {
      await this.o.store.insert(row);
    } catch (e) {
      // the same client key racing in: the unique index let one through, and that one is the answer
      const winner = await this.o.store.byClientKey(caller.member, checked.clientKey);
      if (winner) return this.replay(winner, checked);
      throw e;
    }
    try {
      await this.audit(actor, row, null, now);
    } catch (e) {
      await this.o.store.delete(row.reference);
      throw e;
    }
    return row;
  }

  acknowledge(actor: Actor, reference: string): Promise<RequestRow> {
    return this.move(actor, reference, ['SUBMITTED'], (now) => ({ status: 'ACKNOWLEDGED', acknowledgedAt: now }));
  }

  action(actor: Actor, reference: string, response: string | null | undefined): Promise<RequestRow> {
    const answer = optionalText('response', response, 4000);
    return this.move(actor, reference, ['ACKNOWLEDGED'], (now) => ({
      status: 'ACTIONED',
      closedAt: now,
      response: answer,
    }));
  }

  decline(actor: Actor, reference: string, reason: string): Promise<RequestRow> {
    const why = text('reason', reason, 3, 4000);
    return this.move(actor, reference, ['SUBMITTED', 'ACKNOWLEDGED'], (now) => ({
      status: 'DECLINED',
      closedAt: now,
      declineReason: why,
    }));
  }

  /** Requests addressed to this member, for its own staff; FORBIDDEN for anyone else. */
  async inbox(actor: Actor, status: RequestStatus | null, first: number): Promise<RequestRow[]> {
    if (!this.isOwnStaff(actor.caller)) {
      throw userError('FORBIDDEN', `only ${this.o.member.code}'s own staff see the requests addressed to it`);
    }
    return this.o.store.inbox(status, this.o.clock(), pageSize(first));
  }

  /** The caller's own member's requests at this node: nobody is ever shown another member's. */
  outbox(actor: Actor): Promise<RequestRow[]> {
    return this.o.store.byRequester(actor.caller.member, maxRequestPage);
  }

  /**
   * This member's service level for requests submitted in the period (`YYYY-MM-DD`, from inclusive, to
   * exclusive; null = open), with statuses read at the clock. Who may see it is the caller's business
   * (serviceLevelField.ts): the figures are the owner's own responsiveness, not any request's content.
   */
  async serviceLevel(from: string | null, to: string | null): Promise<ServiceLevelFigures> {
    const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
    const now = this.o.clock();
    const rows = await this.o.store.submittedBetween(day(from), day(to));
    return serviceLevelFigures(rows.map((r) => ({ ...r, status: this.statusOf(r, now) })));
  }

  /** One request, for the owner's staff and the member that filed it; null for anyone else (and unknown ones). */
  async get(actor: Actor, reference: string): Promise<RequestRow | null> {
    const row = await this.o.store.byReference(reference.trim());
    if (!row) return null;
    return this.isOwnStaff(actor.caller) || row.requesterMember === actor.caller.member ? row : null;
  }

  private replay(earlier: RequestRow, checked: ReturnType<typeof checkRequestInput>): RequestRow {
    if (!sameSubmission(earlier, checked)) {
      throw userError('BAD_USER_INPUT', 'input.clientKey: already used for a different request; choose a new key', {
        field: 'input.clientKey',
      });
    }
    return earlier;
  }

  private async move(
    actor: Actor,
    reference: string,
    from: readonly StoredStatus[],
    change: (now: Date) => Partial<RequestRow> & { status: StoredStatus },
  ): Promise<RequestRow> {
    const owner = this.o.member.code;
    // checked before any read: another member learns nothing, not even whether a reference exists
    if (actor.caller.member !== owner || !movers.includes(actor.caller.role)) {
      throw userError('FORBIDDEN', `only ${owner}'s own operators and investigators move requests addressed to it`);
    }
    const prev = await this.o.store.byReference(reference.trim());
    if (!prev) {
      throw userError('BAD_USER_INPUT', `reference: no request ${reference.trim()} at ${owner}`, {
        field: 'reference',
      });
    }
    const now = this.o.clock();
    const current = this.statusOf(prev, now);
    const next: RequestRow = { ...prev, ...change(now) };
    if (!(from as readonly string[]).includes(current) || !(await this.o.store.move(prev, next, now))) {
      const status = (await this.o.store.byReference(prev.reference)) ?? prev;
      const shown = this.statusOf(status, now);
      throw userError(
        'BAD_USER_INPUT',
        `reference: request ${prev.reference} is ${shown}; ${next.status} needs ${from.join(' or ')}`,
        { field: 'reference', status: shown },
      );
    }
    try {
      await this.audit(actor, next, prev.status, now);
    } catch (e) {
      await this.o.store.undoMove(prev, next);
      throw e;
    }
    return next;
  }

  private async audit(actor: Actor, row: RequestRow, from: StoredStatus | null, at: Date): Promise<void> {
    await this.o.auditLog.append({
      at,
      subject: actor.caller.subject,
      requesterMember: actor.caller.member,
      role: actor.caller.role,
      operationHash: operationHash(transitionText(row, from)),
      digests: [row.indicatorDigest],
      level: actor.level,
      redactions: [],
    });
  }
}

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > maxRequestPage) {
    throw userError('BAD_USER_INPUT', `first must be between 0 and ${maxRequestPage}, got ${first}`, {
      field: 'first',
    });
  }
  return first;
}
