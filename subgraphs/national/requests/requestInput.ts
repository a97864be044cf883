/**
 * Checks what a caller sends with a request or a move, each problem a BAD_USER_INPUT naming the field.
 * Texts are trimmed and bounded by their columns; NUL and lone surrogates are refused because PostgreSQL
 * would refuse or alter them (the audit entry would then hash something other than what is stored).
 */
import { userError } from '../../../shared/errors.js';
import type { AssistanceRequestInput } from '../graphql/__generated__/resolvers.js';
import { requestUrgencies } from './requestCodes.js';
import type { RequestRow } from './requestParents.js';
import { assistanceActions } from './serviceLevels.js';

const unstorable = /\0|\p{Cs}/u;

export function text(field: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max || unstorable.test(trimmed)) {
    const what = min > 0 ? `${min} to ${max}` : `at most ${max}`;
    throw userError('BAD_USER_INPUT', `${field}: expected ${what} characters of text`, { field });
  }
  return trimmed;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return text(field, value, 0, max) || null;
}

/** The parts of a submission this node stores as given (the subject is resolved separately). */
export type CheckedInput = Pick<
  RequestRow,
  'clientKey' | 'action' | 'subjectReference' | 'legalBasis' | 'urgency' | 'note'
>;

export function checkRequestInput(input: AssistanceRequestInput): CheckedInput {
  // GraphQL has checked the enums already; checked again so a resolver called any other way cannot store junk
  if (!(assistanceActions as readonly string[]).includes(input.action)) {
    throw userError('BAD_USER_INPUT', `input.action: unknown action ${JSON.stringify(input.action)}`, {
      field: 'input.action',
    });
  }
  const urgency = input.urgency ?? 'ROUTINE';
  if (!(requestUrgencies as readonly string[]).includes(urgency)) {
    throw userError('BAD_USER_INPUT', `input.urgency: unknown urgency ${JSON.stringify(urgency)}`, {
      field: 'input.urgency',
    });
  }
  const clientKey = text('input.clientKey', input.clientKey, 1, 100);
  if (!/^[\x21-\x7e]+$/.test(clientKey)) {
    throw userError('BAD_USER_INPUT', 'input.clientKey: printable ASCII without spaces (e.g. a UUID)', {
      field: 'input.clientKey',
    });
  }
  return {
    clientKey,
    action: input.action,
    subjectReference: text('input.reference', input.reference, 1, 200),
    legalBasis: text('input.legalBasis', input.legalBasis, 3, 500),
    urgency,
    note: optionalText('input.note', input.note, 4000),
  };
}

/** Whether a re-sent submission is the one already filed under its client key. */
export function sameSubmission(row: RequestRow, input: CheckedInput): boolean {
  return (
    row.action === input.action &&
    row.subjectReference === input.subjectReference &&
    row.legalBasis === input.legalBasis &&
    row.urgency === input.urgency &&
    row.note === input.note
  );
}
