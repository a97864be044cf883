/**
 * While the keying service is down, the hub's pinning of its benign lists (retried from every request)
 * backs off: one attempt, then none until a wait that doubles with each failure (1 s, 2 s, 4 s … 60 s) has
 * passed on the injected clock; once the service answers, the lists are pinned and never keyed again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BenignIndicators, PIN_BACKOFF_MS } from '../../subgraphs/hub/graphql/BenignIndicators.js';
import { BenignList } from '../../shared/indicators/benignList.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';

test('a keying service that is down gets one pin attempt per backoff step, not one per request', async () => {
  let nowMs = 1_000_000;
  let up = false;
  let attempts = 0;
  const keyer: IndicatorKeyer = {
    keyId: 'o1',
    digests: (inputs) => {
      attempts += 1;
      if (!up) return Promise.reject(new Error('keying service (KEYING_URL) did not answer'));
      return Promise.resolve(inputs.map((_, i) => `o1:${i.toString(16).padStart(64, '0')}`));
    },
  };
  const benign = new BenignIndicators(BenignList.load(), 10_000, () => nowMs);
  /** What the hub does on each request: pin, and log a failure. */
  const requests = async (n: number) => {
    for (let i = 0; i < n; i++) await benign.pin(keyer).catch(() => undefined);
  };

  await requests(10);
  assert.equal(attempts, 1, 'one attempt, then waiting');
  const waits: number[] = [];
  for (let failure = 1; failure <= 8; failure++) {
    const wait = Math.min(PIN_BACKOFF_MS.max, PIN_BACKOFF_MS.first * 2 ** (failure - 1));
    waits.push(wait);
    nowMs += wait - 1;
    await requests(5);
    assert.equal(attempts, failure, `still waiting ${wait} ms after failure ${failure}`);
    nowMs += 1;
    await requests(5);
    assert.equal(attempts, failure + 1, `one more attempt after ${wait} ms`);
  }
  assert.deepEqual(waits, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);

  up = true;
  nowMs += PIN_BACKOFF_MS.max;
  await requests(5);
  assert.equal(attempts, 10, 'the service is back: pinned at the next attempt');
  const [first] = BenignList.load().exactValues();
  assert.ok(benign.byId(`${first!.kind}:o1:${'0'.repeat(64)}`), 'the lists are pinned');
  nowMs += 10 * PIN_BACKOFF_MS.max;
  await requests(5);
  assert.equal(attempts, 10, 'pinned once and for all');
});
