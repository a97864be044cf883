import { AuditLog1764400000000 } from './AuditLog1764400000000.js';
import { IndicatorReference1764500000000 } from './IndicatorReference1764500000000.js';
import { Initial1764300000000 } from './Initial1764300000000.js';

/** Every migration, in order. Listed explicitly (not globbed) so tsx, tsc and a bundler all see them. */
export const migrations = [Initial1764300000000, AuditLog1764400000000, IndicatorReference1764500000000];
