/**
 * The change feed and watchlists (feed/ChangeStore.ts, feed/recordIndicatorChanges.ts; migration
 * ChangeFeed): the node's change sequence, its cursor-sealing key and its analysts' watches.
 */
import { generatedId, type TableSpec } from './spec.js';

export const indicatorChange = {
  name: 'indicator_change',
  columns: [
    // the cursor position
    { name: 'seq', key: 'seq', pg: 'integer', generated: true },
    { name: 'indicator_id', key: 'indicatorId', pg: 'integer' },
    { name: 'at', key: 'at', pg: 'timestamptz' },
    { name: 'reason', key: 'reason', pg: 'varchar', length: 16 },
  ],
} as const satisfies TableSpec;

/** One row (id 1), drawn by the migration; never leaves the node. */
export const changeFeedKey = {
  name: 'change_feed_key',
  columns: [
    { name: 'id', key: 'id', pg: 'integer' },
    { name: 'secret', key: 'secret', pg: 'varchar', length: 64 },
  ],
} as const satisfies TableSpec;

export const watch = {
  name: 'watch',
  columns: [
    generatedId,
    { name: 'subject', key: 'subject', pg: 'varchar', length: 200 },
    { name: 'indicator_kind', key: 'indicatorKind', pg: 'varchar', length: 24 },
    { name: 'indicator_digest', key: 'indicatorDigest', pg: 'varchar', length: 96 },
    { name: 'since', key: 'since', pg: 'timestamptz' },
    // JSON: the members' last-seen cursors
    { name: 'seen', key: 'seen', pg: 'text' },
  ],
} as const satisfies TableSpec;
