import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Requests for assistance addressed to this member (subgraphs/national/requests). Same rules as the Initial
 * migration: Table API so it runs on SQLite and PostgreSQL, `timestamptz` on PostgreSQL and `datetime` (UTC
 * text) on SQLite. (requester_member, client_key) is unique: that is what makes submission idempotent, even
 * for two identical submissions racing. The indicator is kept by kind and digest, not by a foreign key, so
 * a request outlives any later change to the member's indicator rows.
 */
export class AssistanceRequests1764511000000 implements MigrationInterface {
  name = 'AssistanceRequests1764511000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = q.connection.driver.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await q.createTable(
      new Table({
        name: 'assistance_request',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'reference', type: 'varchar', length: '36', isUnique: true },
          { name: 'requester_member', type: 'varchar', length: '8' },
          { name: 'client_key', type: 'varchar', length: '100' },
          { name: 'action', type: 'varchar', length: '24' },
          { name: 'indicator_kind', type: 'varchar', length: '24' },
          { name: 'indicator_digest', type: 'varchar', length: '96' },
          { name: 'subject_reference', type: 'varchar', length: '200' },
          { name: 'legal_basis', type: 'varchar', length: '500' },
          { name: 'urgency', type: 'varchar', length: '16' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'submitted_at', type: ts },
          { name: 'due_at', type: ts },
          { name: 'acknowledged_at', type: ts, isNullable: true },
          { name: 'closed_at', type: ts, isNullable: true },
          { name: 'decline_reason', type: 'text', isNullable: true },
          { name: 'response', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'ux_assistance_request_client_key',
            columnNames: ['requester_member', 'client_key'],
            isUnique: true,
          }),
          // the requester's outbox, newest first
          new TableIndex({
            name: 'ix_assistance_request_requester',
            columnNames: ['requester_member', 'submitted_at'],
          }),
          // the owner's inbox, earliest due first
          new TableIndex({ name: 'ix_assistance_request_due', columnNames: ['status', 'due_at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('assistance_request');
  }
}
