import { randomBytes } from 'node:crypto';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The change feed and watchlists (issue 11, item 4; subgraphs/national/feed):
 * - `indicator_change`: this node's append-only change sequence, one row per indicator an import (or a
 *   verdict) touched, written in the same transaction (feed/recordIndicatorChanges.ts). `seq` is the
 *   cursor position; indicators already stored are back-filled in the order their first report arrived, so
 *   a database that predates the feed starts with one NEW change per indicator.
 * - `change_feed_key`: the node's own random key that seals cursors (feed/FeedCursor.ts), drawn here once
 *   per database; it never leaves the node.
 * - `watch`: indicators an analyst of this member watches, per analyst (`subject`), with the members'
 *   last-seen cursors; only the member's own staff read or write it.
 * Table API for SQLite and PostgreSQL as in the Initial migration.
 */
export class ChangeFeed1764520000000 implements MigrationInterface {
  name = 'ChangeFeed1764520000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await q.createTable(
      new Table({
        name: 'indicator_change',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'indicator_id', type: 'integer' },
          { name: 'at', type: ts },
          { name: 'reason', type: 'varchar', length: '16' },
        ],
        // "what changed for these indicators since seq": MIN/MAX(seq) per indicator
        indices: [new TableIndex({ name: 'ix_indicator_change_indicator', columnNames: ['indicator_id', 'seq'] })],
      }),
    );
    await q.query(`
      INSERT INTO indicator_change (indicator_id, at, reason)
      SELECT ri.indicator_id, MIN(r.created_at), 'REPORT'
      FROM report_indicator ri JOIN scam_report r ON r.id = ri.report_id
      GROUP BY ri.indicator_id
      ORDER BY MIN(r.created_at), ri.indicator_id`);
    await q.createTable(
      new Table({
        name: 'change_feed_key',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'secret', type: 'varchar', length: '64' },
        ],
      }),
    );
    // a literal, not a parameter: the placeholder syntax differs between the two databases
    await q.query(`INSERT INTO change_feed_key (id, secret) VALUES (1, '${randomBytes(32).toString('hex')}')`);
    await q.createTable(
      new Table({
        name: 'watch',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'indicator_kind', type: 'varchar', length: '24' },
          { name: 'indicator_digest', type: 'varchar', length: '96' },
          { name: 'since', type: ts },
          { name: 'seen', type: 'text' },
        ],
        indices: [
          new TableIndex({
            name: 'ux_watch_subject_digest',
            columnNames: ['subject', 'indicator_digest'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('watch');
    await q.dropTable('change_feed_key');
    await q.dropTable('indicator_change');
  }
}
