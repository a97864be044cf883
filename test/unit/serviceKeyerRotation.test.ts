/**
 * The hub's keyer across the keying service's switch to a new current key: digests it cached under the
 * old generation are dropped as soon as the service answers with the new one, so an analyst's value keyed
 * after the switch is never answered from the old generation's cache. (A stand-in client: what is tested
 * is the cache, not the service.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KeyingClient } from '../../shared/keying/KeyingClient.js';
import { ServiceKeyer } from '../../shared/keying/ServiceKeyer.js';

test("after the service switches generation, the hub's cache no longer answers with the old one", async () => {
  let current = 'o1';
  let sent = 0;
  const client = {
    evaluateValues: (inputs: readonly { canonical: string }[]) => {
      sent += inputs.length;
      return Promise.resolve({ keyId: current, digests: inputs.map((i) => `${current}:${i.canonical}`) });
    },
  } as unknown as KeyingClient;
  const keyer = new ServiceKeyer(client, 'o1', { direct: true, cacheSize: 100 });
  const analyst = { onBehalfOf: { member: 'TH', subject: 'a@th' } };
  const a = { kind: 'PHONE' as const, canonical: 'a' };
  const b = { kind: 'PHONE' as const, canonical: 'b' };
  assert.deepEqual(await keyer.digests([a], analyst), ['o1:a']);
  assert.deepEqual(await keyer.digests([a], analyst), ['o1:a']);
  assert.equal(sent, 1, 'a repeat is a cache hit');
  current = 'o2';
  assert.deepEqual(await keyer.digests([b], analyst), ['o2:b']);
  assert.equal(keyer.keyId, 'o2');
  assert.deepEqual(await keyer.digests([a], analyst), ['o2:a'], 'the o1 digest was dropped with the switch');
  assert.equal(sent, 3);
});
