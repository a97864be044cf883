/**
 * Keys with the OPRF key in this process: what the keying service does, and what tests do where they stand
 * in for the service (each such test says so). Never used by a node or the hub: they do not hold the key.
 */
import { digestIndicator } from '../indicators/digest.js';
import { type IndicatorKey } from '../indicatorKey.js';
import { type CanonicalInput, type IndicatorKeyer } from './IndicatorKeyer.js';

export class LocalKeyer implements IndicatorKeyer {
  constructor(private readonly key: IndicatorKey) {}

  get keyId(): string {
    return this.key.id;
  }

  digests(inputs: readonly CanonicalInput[]): Promise<string[]> {
    return Promise.resolve(inputs.map((x) => digestIndicator(x.kind, x.canonical, this.key)));
  }
}
