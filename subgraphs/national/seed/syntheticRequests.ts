/**
 * Synthetic requests for assistance addressed to one member (issue 11), so that `npm start`'s dashboard
 * has an inbox, outboxes and service levels to show. Deterministic from (seed, member, day): other members
 * ask about indicators this member holds; most requests were answered over the weeks before the seed day,
 * within the owner's default service levels (acknowledged, then actioned or declined; now and then one was
 * left to expire), and the last two came in just before it and are still open, one of them already past
 * its due time (overdue). Requests live at the owning member's
 * node, so each member's seed writes only the requests addressed to it. They carry no audit entries:
 * like the synthetic reports, they were never asked for through the federation.
 */
import { members, type Member } from '../../../schema/registry.js';
import { formatIndicatorReference } from '../db/indicatorReference.js';
import type { AssistanceAction } from '../graphql/__generated__/resolvers.js';
import type { RequestRow } from '../requests/requestParents.js';
import { defaultServiceLevels } from '../requests/serviceLevels.js';
import { Random } from './Random.js';

/** An indicator the member holds, as the seed wrote it. */
export interface HeldIndicatorRow {
  kind: string;
  digest: string;
  /** The stored random reference (without `<CODE>:IND:`). */
  reference: string;
}

const hour = 3_600_000;
const day = 24 * hour;

/** What a member would ask about each kind of indicator; anything else: preserve the records. */
const actionFor: Readonly<Record<string, AssistanceAction>> = {
  BANK_ACCOUNT: 'FREEZE_ACCOUNT',
  E_WALLET: 'FREEZE_ACCOUNT',
  PHONE: 'BLOCK_NUMBER',
  URL: 'TAKE_DOWN',
  DOMAIN: 'TAKE_DOWN',
  SOCIAL_ACCOUNT: 'TAKE_DOWN',
};

function uuid(rng: Random): string {
  const hex = [...rng.bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * `count` requests addressed to `member` about indicators from `held`, seeded on the day `until` starts
 * (seedPeriodEnd). The last two are recent and open: a freeze submitted three hours before `until` (due
 * within the hour, so overdue) and a block submitted six hours before it (due two days later).
 */
export function syntheticRequests(
  member: Member,
  held: readonly HeldIndicatorRow[],
  options: { seed: number; count: number; until: Date },
): RequestRow[] {
  const requesters = members.filter((m) => m.code !== member.code);
  if (held.length === 0 || requesters.length === 0) return [];
  const rng = Random.of(options.seed, member.code, 'requests');
  const end = options.until.getTime();
  return Array.from({ length: options.count }, (_, i) => {
    const recent = options.count - i; // 2 and 1: the open ones
    const indicator = held[rng.int(held.length)]!;
    const requester = rng.pick(requesters);
    const action =
      recent === 2
        ? 'FREEZE_ACCOUNT'
        : recent === 1
          ? 'BLOCK_NUMBER'
          : (actionFor[indicator.kind] ?? 'PRESERVE_EVIDENCE');
    const submittedAt = recent <= 2 ? end - (recent === 2 ? 3 : 6) * hour : end - rng.between(2 * day, 60 * day);
    // answered within the owner's service level (a node refuses a move once a request is due): acknowledged
    // early in the window, actioned or declined before its end; now and then one was left to expire
    const window = defaultServiceLevels[action];
    const share = (from: number, to: number) => Math.round((from + (to - from) * rng.next()) * window);
    const acknowledgedAfter = share(0.02, 0.3);
    const actionedAfter = acknowledgedAfter + share(0.1, 0.65);
    const declined = rng.chance(0.15);
    const answered = recent > 2 && !rng.chance(0.1);
    return {
      reference: uuid(rng),
      requesterMember: requester.code,
      clientKey: `synthetic-${member.code}-${i + 1}`,
      action,
      indicatorKind: indicator.kind,
      indicatorDigest: indicator.digest,
      subjectReference: formatIndicatorReference(member.code, indicator.reference),
      legalBasis: `Synthetic: ASEAN anti-online-scam cooperation, ${requester.code}-${member.code}`,
      urgency: action === 'FREEZE_ACCOUNT' ? 'IMMEDIATE' : 'ROUTINE',
      note: null,
      status: !answered ? 'SUBMITTED' : declined ? 'DECLINED' : 'ACTIONED',
      submittedAt: new Date(submittedAt),
      dueAt: new Date(submittedAt + defaultServiceLevels[action]),
      acknowledgedAt: answered ? new Date(submittedAt + acknowledgedAfter) : null,
      closedAt: answered ? new Date(submittedAt + actionedAfter) : null,
      declineReason: answered && declined ? 'Synthetic: the account was closed before the request arrived' : null,
      response: answered && !declined ? 'Synthetic: done' : null,
    };
  });
}
