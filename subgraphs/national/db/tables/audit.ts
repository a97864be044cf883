/**
 * The audit log (audit/AuditLog.ts; migrations AuditLog and AuditReads). AuditLog's SELECT and INSERT
 * column lists are derived from this description; audit/AuditEntryEntity.ts maps the same table for
 * TypeORM and must say the same (the schema test checks the migrations against this file, not the entity).
 */
import { generatedId, type TableSpec } from './spec.js';

export const auditLog = {
  name: 'audit_log',
  columns: [
    generatedId,
    { name: 'at', key: 'at', pg: 'timestamptz' },
    { name: 'subject', key: 'subject', pg: 'varchar', length: 200 },
    { name: 'requester_member', key: 'requesterMember', pg: 'varchar', length: 8 },
    { name: 'role', key: 'role', pg: 'varchar', length: 16 },
    { name: 'operation_hash', key: 'operationHash', pg: 'varchar', length: 64 },
    // JSON arrays
    { name: 'digests', key: 'digests', pg: 'text' },
    { name: 'level', key: 'level', pg: 'varchar', length: 16 },
    { name: 'redactions', key: 'redactions', pg: 'text' },
    // null on the entries written before AuditReads (their hash covers nine values: auditHash.ts)
    { name: 'reports', key: 'reports', pg: 'text', nullable: true },
    { name: 'prev_hash', key: 'prevHash', pg: 'varchar', length: 64 },
    { name: 'hash', key: 'hash', pg: 'varchar', length: 64 },
  ],
} as const satisfies TableSpec;
