import type { Caller } from '../../shared/identity/Caller.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';

export interface HubContext {
  /** Keys analysts' values through the keying service (blind), charged to `caller`. */
  keyer: IndicatorKeyer;
  caller: Caller;
  maxScreen: number;
}
