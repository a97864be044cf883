/**
 * Members' verdicts on indicators (feedback/FeedbackStore.ts; migration IndicatorFeedback). `since` is a
 * calendar date kept as `YYYY-MM-DD` text, which compares and sorts the same on both databases.
 */
import { generatedId, type TableSpec } from './spec.js';

export const indicatorFeedback = {
  name: 'indicator_feedback',
  columns: [
    generatedId,
    { name: 'indicator_kind', key: 'indicatorKind', pg: 'varchar', length: 24 },
    { name: 'indicator_digest', key: 'indicatorDigest', pg: 'varchar', length: 96 },
    { name: 'verdict', key: 'verdict', pg: 'varchar', length: 16 },
    { name: 'action', key: 'action', pg: 'varchar', length: 24, nullable: true },
    { name: 'since', key: 'since', pg: 'varchar', length: 10 },
    { name: 'recorded_at', key: 'recordedAt', pg: 'timestamptz' },
    { name: 'recorded_by', key: 'recordedBy', pg: 'varchar', length: 200 },
  ],
} as const satisfies TableSpec;
