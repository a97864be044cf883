import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IndicatorEntity } from './IndicatorEntity.js';
import { ScamReportEntity } from './ScamReportEntity.js';

/** Which indicator played which role in which report (caller number, beneficiary account, ...). */
@Entity({ name: 'report_indicator' })
@Index('ix_report_indicator_indicator', ['indicatorId', 'reportId'])
export class ReportIndicatorEntity {
  @PrimaryColumn({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @PrimaryColumn({ name: 'indicator_id', type: 'integer' })
  indicatorId!: number;

  /** A code from schema/typology.ts indicatorRoles. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  role!: string;

  @ManyToOne(() => ScamReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ScamReportEntity;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;
}
