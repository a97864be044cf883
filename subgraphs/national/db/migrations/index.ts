import { AssistanceRequests1764511000000 } from './AssistanceRequests1764511000000.js';
import { AuditLog1764400000000 } from './AuditLog1764400000000.js';
import { ChangeFeed1764520000000 } from './ChangeFeed1764520000000.js';
import { AuditReads1764500000000 } from './AuditReads1764500000000.js';
import { IndicatorAlias1764600000000 } from './IndicatorAlias1764600000000.js';
import { IndicatorFeedback1764512000000 } from './IndicatorFeedback1764512000000.js';
import { IndicatorReference1764500000000 } from './IndicatorReference1764500000000.js';
import { Initial1764300000000 } from './Initial1764300000000.js';
import { ReportRevisions1764613000000 } from './ReportRevisions1764613000000.js';

/** Every migration, in order. Listed explicitly (not globbed) so tsx, tsc and a bundler all see them. */
export const migrations = [
  Initial1764300000000,
  AuditLog1764400000000,
  AuditReads1764500000000,
  IndicatorReference1764500000000,
  AssistanceRequests1764511000000,
  IndicatorFeedback1764512000000,
  ChangeFeed1764520000000,
  IndicatorAlias1764600000000,
  ReportRevisions1764613000000,
];
