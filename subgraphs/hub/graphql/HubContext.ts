import type { IndicatorKey } from '../../shared/indicatorKey.js';
import type { BenignIndicators } from './BenignIndicators.js';

export interface HubContext {
  key: IndicatorKey;
  maxScreen: number;
  benign: BenignIndicators;
}
