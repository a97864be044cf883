/**
 * The committed browser bundle (gateway/web/dist) is what its sources build to: `npm start` and the image
 * serve it without a build step, so a source change without `npm run web:build` would ship stale pages.
 * Rebuilds into a temporary folder (vite, about a minute) and compares byte for byte.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWeb } from '../../gateway/web/build.js';

test('gateway/web/dist is current with its sources (else: npm run web:build)', async () => {
  const problems = await checkWeb();
  assert.deepEqual(problems, [], `gateway/web/dist is stale; run npm run web:build:\n${problems.join('\n')}`);
});
