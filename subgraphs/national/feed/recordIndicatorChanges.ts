/**
 * The one way anything enters this node's change feed (issue 11, item 4). Call it with the manager of the
 * transaction that writes the change, so a change is in the feed exactly when its data is: the import and
 * the seed (import/ReportWriter.ts) and a member's verdict (feedback/) call it; so must any later path that
 * updates or withdraws reports (pass the affected indicators' row ids).
 *
 * Ordering: a reader that has seen seq N must never later find a committed change below N. SQLite has one
 * writer at a time, so that holds by itself; on PostgreSQL two transactions could take sequence numbers in
 * one order and commit in the other, so writers take the table's EXCLUSIVE lock (readers are not blocked)
 * until they commit, which makes sequence order commit order. (PostgreSQL refuses LOCK TABLE outside a
 * transaction, so a caller that forgets its transaction fails there at once.)
 */
import type { EntityManager } from 'typeorm';
import { Dialect } from '../db/dialect.js';
import { anyOf, sql } from '../db/sql.js';

/** Why an indicator changed: kept for the record (the feed itself says NEW or UPDATED). */
export type ChangeReason = 'REPORT' | 'FEEDBACK' | 'UPDATE' | 'WITHDRAWAL';

/**
 * Appends one change per distinct indicator row id, all at `at`, in ONE statement whatever the number of
 * ids (ids with no indicator row are skipped).
 */
export async function recordIndicatorChanges(
  manager: EntityManager,
  indicatorIds: readonly number[],
  at: Date,
  reason: ChangeReason = 'REPORT',
): Promise<void> {
  const ids = [...new Set(indicatorIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return;
  const type = manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
  const dialect = new Dialect(type);
  if (type === 'postgres') await manager.query('LOCK TABLE indicator_change IN EXCLUSIVE MODE');
  // PostgreSQL types a bare parameter in a SELECT list as text; the casts make it the columns' types
  const values = type === 'postgres' ? sql`${at}::timestamptz, ${reason}::varchar` : sql`${at}, ${reason}`;
  const { text, params } = dialect.render(sql`
    INSERT INTO indicator_change (indicator_id, at, reason)
    SELECT id, ${values} FROM indicator WHERE id ${anyOf(ids, 'integer')} ORDER BY id`);
  await manager.query(text, params);
}
