/**
 * Normalise, digest and name indicators: what a node does with every indicator it stores and what the hub
 * does with the values it is asked about. The digest comes from an IndicatorKeyer: blind, through the
 * keying service, for nodes and the hub (they hold no key).
 */
import { type IndicatorKeyer, type KeyingOptions } from '../keying/IndicatorKeyer.js';
import { indicatorId } from './indicatorId.js';
import { type CanonicalIndicator, type NormalizeOptions, normalizeIndicator } from './normalizeIndicator.js';

export interface KeyedIndicator extends CanonicalIndicator {
  digest: string;
  id: string;
}

/** Keys canonical indicators in one batch (each distinct value once), in order. */
export async function keyCanonicals(
  inputs: readonly CanonicalIndicator[],
  keyer: IndicatorKeyer,
  options?: KeyingOptions,
): Promise<KeyedIndicator[]> {
  const digests = await keyer.digests(inputs, options);
  return inputs.map((x, i) => ({
    kind: x.kind,
    canonical: x.canonical,
    digest: digests[i]!,
    id: indicatorId(x.kind, digests[i]!),
  }));
}

/** One value: normalise (BAD_USER_INPUT naming the field) and key. */
export async function keyIndicator(
  kind: string,
  value: string,
  keyer: IndicatorKeyer,
  options: NormalizeOptions & KeyingOptions = {},
): Promise<KeyedIndicator> {
  const [keyed] = await keyCanonicals([normalizeIndicator(kind, value, options)], keyer, options);
  return keyed!;
}
