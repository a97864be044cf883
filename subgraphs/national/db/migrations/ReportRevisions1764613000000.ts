import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Record updates and withdrawals (issue 11 item 3): `scam_report.withdrawn_at` (null = the report counts;
 * every read filters on it) and `scam_report_revision`, one row per change holding the version it replaced,
 * so every earlier version of a report stays recoverable. The column is added with plain ALTER TABLE,
 * which both databases run without TypeORM's SQLite table rebuild (that would copy every report); the new
 * table goes through the Table API like the others.
 */
export class ReportRevisions1764613000000 implements MigrationInterface {
  name = 'ReportRevisions1764613000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await q.query(`ALTER TABLE scam_report ADD COLUMN withdrawn_at ${ts}`);
    await q.createTable(
      new Table({
        name: 'scam_report_revision',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'report_id', type: 'integer' },
          // what replaced this version: UPDATE, WITHDRAW or REINSTATE
          { name: 'action', type: 'varchar', length: '16' },
          // the version as it was before the change
          { name: 'reported_at', type: ts },
          { name: 'scam_type', type: 'varchar', length: '32' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'loss_minor', type: 'bigint', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'province', type: 'varchar', length: '80', isNullable: true },
          { name: 'withdrawn_at', type: ts, isNullable: true },
          // its indicator set, JSON [[indicator_id, role], ...] sorted: indicator rows are never deleted
          { name: 'indicators', type: 'text' },
          // when, and by which import file (sha256 of its bytes) and line, the change was made
          { name: 'revised_at', type: ts },
          { name: 'import_digest', type: 'varchar', length: '64' },
          { name: 'import_line', type: 'integer' },
        ],
        foreignKeys: [
          {
            columnNames: ['report_id'],
            referencedTableName: 'scam_report',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          // a report's history in order; "has this file already changed this report" on re-runs
          new TableIndex({ name: 'ix_scam_report_revision_report', columnNames: ['report_id', 'id'] }),
          new TableIndex({ name: 'ix_scam_report_revision_import', columnNames: ['import_digest', 'report_id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('scam_report_revision');
    await q.query(`ALTER TABLE scam_report DROP COLUMN withdrawn_at`);
  }
}
