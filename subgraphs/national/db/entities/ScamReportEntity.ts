import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from './bigintTransformer.js';
import type { ReportIndicatorEntity } from './ReportIndicatorEntity.js';

/**
 * A scam report as the member's police or ministry holds it, minus the victim (see VictimEntity).
 * Column types are explicit because tsx/esbuild do not emit decorator metadata.
 */
@Entity({ name: 'scam_report' })
@Index('ix_scam_report_reported_at', ['reportedAt', 'id'])
@Index('ix_scam_report_type_reported_at', ['scamType', 'reportedAt'])
export class ScamReportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** The member's own reference (case number); unique, and the key that makes imports idempotent. */
  @Column({ type: 'varchar', length: 64, unique: true })
  reference!: string;

  @Column({ name: 'reported_at', type: Date })
  reportedAt!: Date;

  /** A code from schema/typology.ts scamTypes. */
  @Column({ name: 'scam_type', type: 'varchar', length: 32 })
  scamType!: string;

  /** A code from schema/typology.ts channels. */
  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  /** Loss in hundredths of `currency` (exact sums in SQL); null when the victim lost nothing or did not say. */
  @Column({ name: 'loss_minor', type: 'bigint', nullable: true, transformer: bigintTransformer })
  lossMinor!: number | null;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** A code from schema/typology.ts reportStatuses. */
  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  province!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** When an import withdrew the report (no read counts it any more); null while it counts. */
  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt?: Date | null;

  @OneToMany('ReportIndicatorEntity', 'report')
  links?: ReportIndicatorEntity[];
}
