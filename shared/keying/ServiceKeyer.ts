/**
 * Keys canonical indicators through the keying service. Blind (nodes; RFC 9497 OPRF): blind each value
 * with a fresh random scalar, send the blinded elements in batches, unblind and hash the answers; the
 * service sees random-looking group elements and a count, the client never sees the key. Direct (the hub,
 * `direct: true`): the canonical values go to the service, which evaluates them (protocol.ts says why).
 * Optionally keeps an LRU of recent digests (the hub: analysts screen the same lists again and again).
 */
import { digestFromOutput, indicatorInput } from '../indicators/digest.js';
import { sodiumOprf } from '../oprf/index.js';
import { type CanonicalInput, type IndicatorKeyer, type KeyingOptions } from './IndicatorKeyer.js';
import { type KeyingClient } from './KeyingClient.js';

export interface ServiceKeyerOptions {
  /** Elements per request: at most the service's limit (10,000 by default). */
  batchSize?: number;
  /** Digests remembered (0: none). A hit is not sent, so it is not counted against any budget. */
  cacheSize?: number;
  /** Send values in clear for direct evaluation (the hub only; needs onBehalfOf). */
  direct?: boolean;
}

export class ServiceKeyer implements IndicatorKeyer {
  private readonly cache = new Map<string, string>();
  private lastKeyId: string;

  constructor(
    private readonly client: KeyingClient,
    keyId: string,
    private readonly options: ServiceKeyerOptions = {},
  ) {
    this.lastKeyId = keyId;
  }

  get keyId(): string {
    return this.lastKeyId;
  }

  async digests(inputs: readonly CanonicalInput[], options: KeyingOptions = {}): Promise<string[]> {
    // the cache holds the current generation's digests; a re-key into another one bypasses it
    const cached = !options.keyId;
    const out = new Array<string>(inputs.length);
    // distinct values not in the cache, each keyed once however often it appears
    const pending = new Map<string, { input: CanonicalInput; at: number[] }>();
    inputs.forEach((x, i) => {
      const name = `${x.kind}\u0000${x.canonical}`;
      const hit = cached ? this.cache.get(name) : undefined;
      if (hit !== undefined) {
        this.cache.delete(name); // re-inserted: most recently used goes last
        this.cache.set(name, hit);
        out[i] = hit;
      } else {
        const entry = pending.get(name) ?? { input: x, at: [] };
        entry.at.push(i);
        pending.set(name, entry);
      }
    });
    const names = [...pending.keys()];
    const batchSize = this.options.batchSize ?? 10_000;
    for (let start = 0; start < names.length; start += batchSize) {
      const batch = names.slice(start, start + batchSize);
      if (this.options.direct) {
        if (options.keyId) throw new Error('direct keying is with the current generation only');
        if (!options.onBehalfOf) throw new Error('direct keying is on behalf of an analyst only');
        const { keyId, digests } = await this.client.evaluateValues(
          batch.map((name) => pending.get(name)!.input),
          options.onBehalfOf,
        );
        this.keyedWith(keyId);
        batch.forEach((name, j) => {
          for (const i of pending.get(name)!.at) out[i] = digests[j]!;
          this.remember(name, digests[j]!);
        });
        options.onProgress?.(Math.min(names.length, start + batchSize), names.length);
        continue;
      }
      const encoded = batch.map((name) => {
        const { kind, canonical } = pending.get(name)!.input;
        return indicatorInput(kind, canonical);
      });
      const blinds = encoded.map((input) => sodiumOprf.blind(input));
      const { keyId, evaluated } = await this.client.evaluate(
        blinds.map((b) => b.blinded),
        options.onBehalfOf,
        options.keyId,
      );
      if (!options.keyId) this.keyedWith(keyId);
      batch.forEach((name, j) => {
        const digest = digestFromOutput(keyId, sodiumOprf.finalize(encoded[j]!, blinds[j]!.blind, evaluated[j]!));
        for (const i of pending.get(name)!.at) out[i] = digest;
        if (cached) this.remember(name, digest);
      });
      options.onProgress?.(Math.min(names.length, start + batchSize), names.length);
    }
    return out;
  }

  /** The service answered with `keyId`: after a rotation's switch, digests cached under the old one go. */
  private keyedWith(keyId: string): void {
    if (keyId !== this.lastKeyId) this.cache.clear();
    this.lastKeyId = keyId;
  }

  private remember(name: string, digest: string): void {
    const size = this.options.cacheSize ?? 0;
    if (size <= 0) return;
    this.cache.set(name, digest);
    if (this.cache.size > size) this.cache.delete(this.cache.keys().next().value!);
  }
}
