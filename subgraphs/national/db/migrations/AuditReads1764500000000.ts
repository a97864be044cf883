import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * What an audited answer read: the references of the reports it carried (JSON array). Nullable, and null on
 * the entries written before it: their hash covers nine values, the newer ones ten (auditHash.ts), so an
 * existing chain still verifies.
 */
export class AuditReads1764500000000 implements MigrationInterface {
  name = 'AuditReads1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('audit_log', new TableColumn({ name: 'reports', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('audit_log', 'reports');
  }
}
