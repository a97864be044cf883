/**
 * The report tables (the import writes them, NationalStore and the import's reader read them): the import
 * writer's column lists, the reader's column list and row mapping, and the import fingerprint are derived
 * from these descriptions. Created by the Initial, IndicatorReference and ReportRevisions migrations.
 */
import { generatedId, type TableSpec } from './spec.js';

export const scamReport = {
  name: 'scam_report',
  columns: [
    generatedId,
    { name: 'reference', key: 'reference', pg: 'varchar', length: 64 },
    { name: 'reported_at', key: 'reportedAt', pg: 'timestamptz' },
    { name: 'scam_type', key: 'scamType', pg: 'varchar', length: 32 },
    { name: 'channel', key: 'channel', pg: 'varchar', length: 32 },
    { name: 'loss_minor', key: 'lossMinor', pg: 'bigint', nullable: true },
    { name: 'currency', key: 'currency', pg: 'varchar', length: 3 },
    { name: 'status', key: 'status', pg: 'varchar', length: 32 },
    { name: 'province', key: 'province', pg: 'varchar', length: 80, nullable: true },
    { name: 'created_at', key: 'createdAt', pg: 'timestamptz' },
    { name: 'withdrawn_at', key: 'withdrawnAt', pg: 'timestamptz', nullable: true },
  ],
} as const satisfies TableSpec;

export const indicator = {
  name: 'indicator',
  columns: [
    generatedId,
    { name: 'kind', key: 'kind', pg: 'varchar', length: 24 },
    { name: 'canonical', key: 'canonical', pg: 'varchar', length: 512 },
    { name: 'digest', key: 'digest', pg: 'varchar', length: 96 },
    { name: 'key_id', key: 'keyId', pg: 'varchar', length: 16 },
    // nullable only because SQLite cannot add a NOT NULL column to a table with rows; always filled
    { name: 'reference', key: 'reference', pg: 'varchar', length: 32, nullable: true },
  ],
} as const satisfies TableSpec;

export const reportIndicator = {
  name: 'report_indicator',
  columns: [
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'indicator_id', key: 'indicatorId', pg: 'integer' },
    { name: 'role', key: 'role', pg: 'varchar', length: 32 },
  ],
} as const satisfies TableSpec;

export const victim = {
  name: 'victim',
  columns: [
    generatedId,
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'full_name', key: 'fullName', pg: 'varchar', length: 200, nullable: true },
    { name: 'phone', key: 'phone', pg: 'varchar', length: 32, nullable: true },
    { name: 'email', key: 'email', pg: 'varchar', length: 254, nullable: true },
    { name: 'id_number', key: 'idNumber', pg: 'varchar', length: 64, nullable: true },
    { name: 'age', key: 'age', pg: 'integer', nullable: true },
  ],
} as const satisfies TableSpec;

export const scamReportRevision = {
  name: 'scam_report_revision',
  columns: [
    generatedId,
    { name: 'report_id', key: 'reportId', pg: 'integer' },
    { name: 'action', key: 'action', pg: 'varchar', length: 16 },
    { name: 'reported_at', key: 'reportedAt', pg: 'timestamptz' },
    { name: 'scam_type', key: 'scamType', pg: 'varchar', length: 32 },
    { name: 'channel', key: 'channel', pg: 'varchar', length: 32 },
    { name: 'loss_minor', key: 'lossMinor', pg: 'bigint', nullable: true },
    { name: 'currency', key: 'currency', pg: 'varchar', length: 3 },
    { name: 'status', key: 'status', pg: 'varchar', length: 32 },
    { name: 'province', key: 'province', pg: 'varchar', length: 80, nullable: true },
    { name: 'withdrawn_at', key: 'withdrawnAt', pg: 'timestamptz', nullable: true },
    { name: 'indicators', key: 'indicators', pg: 'text' },
    { name: 'revised_at', key: 'revisedAt', pg: 'timestamptz' },
    { name: 'import_digest', key: 'importDigest', pg: 'varchar', length: 64 },
    { name: 'import_line', key: 'importLine', pg: 'integer' },
  ],
} as const satisfies TableSpec;

/** An indicator's digests under other key generations during a rotation (db/IndicatorAliases.ts, rekey). */
export const indicatorAlias = {
  name: 'indicator_alias',
  columns: [
    { name: 'indicator_id', key: 'indicatorId', pg: 'integer' },
    { name: 'key_id', key: 'keyId', pg: 'varchar', length: 16 },
    { name: 'digest', key: 'digest', pg: 'varchar', length: 96 },
  ],
} as const satisfies TableSpec;
