import { AuditEntryEntity } from '../../audit/AuditEntryEntity.js';
import { IndicatorEntity } from './IndicatorEntity.js';
import { ReportIndicatorEntity } from './ReportIndicatorEntity.js';
import { ScamReportEntity } from './ScamReportEntity.js';
import { VictimEntity } from './VictimEntity.js';

export { AuditEntryEntity, IndicatorEntity, ReportIndicatorEntity, ScamReportEntity, VictimEntity };
export const entities = [ScamReportEntity, IndicatorEntity, ReportIndicatorEntity, VictimEntity, AuditEntryEntity];
