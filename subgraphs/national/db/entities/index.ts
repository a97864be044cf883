import { AuditEntryEntity } from '../../audit/AuditEntryEntity.js';

/**
 * The TypeORM entities the node uses: only the audit log's. The report tables are described once in
 * db/tables/ and read and written with plain SQL (NationalStore, ReportWriter); TypeORM opens the
 * connection and runs the migrations.
 */
export { AuditEntryEntity };
export const entities = [AuditEntryEntity];
