/**
 * Turns canonical indicators into digests. Two implementations: ServiceKeyer (nodes and the hub: blind
 * evaluation at the keying service, which never sees the values) and LocalKeyer (whoever holds the key:
 * the service itself, and tests that do not exercise the service).
 */
import { type IndicatorKind } from '../../schema/typology.js';
import { type OnBehalfOf } from './protocol.js';

export interface CanonicalInput {
  readonly kind: IndicatorKind;
  readonly canonical: string;
}

export interface KeyingOptions {
  /** The analyst the hub keys for (budget and audit count against them). */
  onBehalfOf?: OnBehalfOf;
  /** Called after each batch with values keyed so far, for long seeds and imports. */
  onProgress?: (done: number, total: number) => void;
  /** Key under this generation instead of the service's current one (a node's re-key; blind path only). */
  keyId?: string;
}

export interface IndicatorKeyer {
  /** The key generation of the digests it returns (`o1`). */
  readonly keyId: string;
  /** One digest (`${keyId}:${hex}`) per input, in order. */
  digests(inputs: readonly CanonicalInput[], options?: KeyingOptions): Promise<string[]>;
}
