import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Members' verdicts on indicators they hold (subgraphs/national/feedback): append-only, the latest per
 * indicator is the current one, so a false positive or a correction never deletes anything. Table API for
 * SQLite and PostgreSQL as in the Initial migration; `since` is a calendar date kept as `YYYY-MM-DD` text,
 * which compares and sorts the same on both databases.
 */
export class IndicatorFeedback1764512000000 implements MigrationInterface {
  name = 'IndicatorFeedback1764512000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await q.createTable(
      new Table({
        name: 'indicator_feedback',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'indicator_kind', type: 'varchar', length: '24' },
          { name: 'indicator_digest', type: 'varchar', length: '96' },
          { name: 'verdict', type: 'varchar', length: '16' },
          { name: 'action', type: 'varchar', length: '24', isNullable: true },
          { name: 'since', type: 'varchar', length: '10' },
          { name: 'recorded_at', type: ts },
          { name: 'recorded_by', type: 'varchar', length: '200' },
        ],
        // the latest verdict per indicator: MAX(id) by digest
        indices: [new TableIndex({ name: 'ix_indicator_feedback_digest', columnNames: ['indicator_digest', 'id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('indicator_feedback');
  }
}
