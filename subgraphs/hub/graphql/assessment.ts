/**
 * The region's verdicts on an indicator (issue 11: feedback), from each member's latest verdict as it
 * shares it (its `feedback`, SUMMARY and above). A false positive lowers the weight (`activeMembers`)
 * and is said in the summary; the member's hit and reports stay, nothing is deleted.
 */
import type { AssistanceAction, FeedbackVerdict, Resolvers } from './__generated__/resolvers.js';
import { partsOf } from './aggregate.js';

/** A member's verdict as its node serialized it (the SDL's enums, see parents.ts). */
interface FeedbackRep {
  verdict: FeedbackVerdict;
  action?: AssistanceAction | null;
  since: string;
}

interface AssessmentPart {
  member: string;
  hit: boolean;
  /** Newest first: the first is the member's current verdict. */
  feedback?: FeedbackRep[] | null;
}

const done: Partial<Record<AssistanceAction, string>> = {
  FREEZE_ACCOUNT: 'frozen',
  BLOCK_NUMBER: 'blocked',
  TAKE_DOWN: 'taken down',
};

type AssessmentResolver = NonNullable<NonNullable<Resolvers['Indicator']>['assessment']>;

export const assessment: AssessmentResolver = (parent) => {
  const hits = partsOf<AssessmentPart>(parent).filter(({ part }) => part.hit);
  const verdicts = hits.flatMap(({ member, part }) => {
    const current = part.feedback?.[0];
    return current ? [{ member: member.code, ...current }] : [];
  });
  const actionedIn = verdicts
    .filter((v) => v.verdict === 'ACTIONED')
    .map((v) => ({ member: v.member, action: v.action ?? null, since: v.since }));
  const falsePositiveIn = verdicts.filter((v) => v.verdict === 'FALSE_POSITIVE').map((v) => v.member);
  const confirmedIn = verdicts.filter((v) => v.verdict === 'CONFIRMED').map((v) => v.member);
  const phrases = [
    ...actionedIn.map((a) => `${(a.action && done[a.action]) ?? 'actioned'} in ${a.member} since ${a.since}`),
    ...falsePositiveIn.map((m) => `false positive in ${m}`),
    ...confirmedIn.map((m) => `confirmed in ${m}`),
  ];
  return {
    summary: phrases.length > 0 ? phrases.join('; ') : null,
    confirmedIn,
    falsePositiveIn,
    actionedIn,
    hitMembers: hits.length,
    activeMembers: hits.length - falsePositiveIn.length,
  };
};
