/**
 * Requests for assistance (requests/RequestStore.ts; migration AssistanceRequests). RequestStore's SELECT
 * and INSERT column lists are derived from this description; the keys are RequestRow's properties.
 */
import { generatedId, type TableSpec } from './spec.js';

export const assistanceRequest = {
  name: 'assistance_request',
  columns: [
    generatedId,
    { name: 'reference', key: 'reference', pg: 'varchar', length: 36 },
    { name: 'requester_member', key: 'requesterMember', pg: 'varchar', length: 8 },
    { name: 'client_key', key: 'clientKey', pg: 'varchar', length: 100 },
    { name: 'action', key: 'action', pg: 'varchar', length: 24 },
    { name: 'indicator_kind', key: 'indicatorKind', pg: 'varchar', length: 24 },
    { name: 'indicator_digest', key: 'indicatorDigest', pg: 'varchar', length: 96 },
    { name: 'subject_reference', key: 'subjectReference', pg: 'varchar', length: 200 },
    { name: 'legal_basis', key: 'legalBasis', pg: 'varchar', length: 500 },
    { name: 'urgency', key: 'urgency', pg: 'varchar', length: 16 },
    { name: 'note', key: 'note', pg: 'text', nullable: true },
    { name: 'status', key: 'status', pg: 'varchar', length: 16 },
    { name: 'submitted_at', key: 'submittedAt', pg: 'timestamptz' },
    { name: 'due_at', key: 'dueAt', pg: 'timestamptz' },
    { name: 'acknowledged_at', key: 'acknowledgedAt', pg: 'timestamptz', nullable: true },
    { name: 'closed_at', key: 'closedAt', pg: 'timestamptz', nullable: true },
    { name: 'decline_reason', key: 'declineReason', pg: 'text', nullable: true },
    { name: 'response', key: 'response', pg: 'text', nullable: true },
  ],
} as const satisfies TableSpec;
