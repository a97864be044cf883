/**
 * The codes requests for assistance and feedback store besides the actions (serviceLevels.ts), as lists:
 * the stores read them back through enumValue (shared/graphql/enumValue.ts) instead of casting,
 * and test/unit/national/storedCodeLists.test.ts checks that each list holds exactly its SDL enum's values
 * (`satisfies` only proves a subset).
 */
import type { FeedbackVerdict, RequestUrgency } from '../graphql/__generated__/resolvers.js';
import type { StoredStatus } from './requestParents.js';

export const requestUrgencies = ['ROUTINE', 'URGENT', 'IMMEDIATE'] as const satisfies readonly RequestUrgency[];

/** EXPIRED is never stored: it is read from the clock (AssistanceRequests.statusOf). */
export const storedStatuses = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'ACTIONED',
  'DECLINED',
] as const satisfies readonly StoredStatus[];

export const feedbackVerdicts = [
  'CONFIRMED',
  'FALSE_POSITIVE',
  'ACTIONED',
] as const satisfies readonly FeedbackVerdict[];
