import type { IndicatorKey } from '../../shared/indicatorKey.js';

export interface HubContext {
  key: IndicatorKey;
  maxScreen: number;
}
