import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * The audit log (subgraphs/national/audit): append-only and hash-chained. Same rules as the Initial
 * migration: Table API so it runs on SQLite and PostgreSQL, `timestamptz` on PostgreSQL and `datetime`
 * (UTC text) on SQLite. `hash` is unique (an entry's identity) and so is `prev_hash`: two entries linking
 * to the same predecessor would be a fork, which the database refuses instead of the verifier finding later.
 */
export class AuditLog1764400000000 implements MigrationInterface {
  name = 'AuditLog1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: ts },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'requester_member', type: 'varchar', length: '8' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'operation_hash', type: 'varchar', length: '64' },
          { name: 'digests', type: 'text' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'redactions', type: 'text' },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64', isUnique: true },
        ],
        indices: [new TableIndex({ name: 'ux_audit_log_prev_hash', columnNames: ['prev_hash'], isUnique: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('audit_log');
  }
}
