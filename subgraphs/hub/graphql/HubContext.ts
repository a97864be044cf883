import type { Caller } from '../../../shared/identity/Caller.js';
import type { IndicatorKeyer } from '../../../shared/keying/IndicatorKeyer.js';
import type { BenignIndicators } from './BenignIndicators.js';

export interface HubContext {
  /** Keys analysts' values at the keying service (README: keying), charged to `caller`. */
  keyer: IndicatorKeyer;
  caller: Caller;
  maxScreen: number;
  benign: BenignIndicators;
  /** The key generations whose indicator ids the hub accepts (ACCEPTED_KEY_IDS). */
  keyIds: readonly string[];
}
