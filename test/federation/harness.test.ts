import assert from 'node:assert/strict';
import { Server } from 'node:net';
import { test } from 'node:test';
import { startFederation } from '../helpers/startFederation.js';

/**
 * The federation harness itself: when one member's seed fails, startFederation rejects with that error and
 * closes everything it had started (servers, databases, keying service). Before, the other members kept
 * listening and the test file never exited, so one bad fixture cost the suite its whole timeout.
 */
test('a failing seed rejects startFederation and leaves no server listening', async () => {
  const listening = () =>
    (process as unknown as { _getActiveHandles(): unknown[] })
      ._getActiveHandles()
      .filter((h) => h instanceof Server && h.listening).length;
  const before = listening();
  await assert.rejects(
    startFederation({
      seed: async ({ member }) => {
        if (member.code === 'KH') throw new Error('fixture for KH is broken');
      },
    }),
    /fixture for KH is broken/,
  );
  assert.equal(listening(), before, 'servers still listening after the failed start');
});
