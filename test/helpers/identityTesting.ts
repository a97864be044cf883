/** What the identity tests share: a clock they move instead of sleeping, and a matcher for 401 errors. */
import assert from 'node:assert/strict';

export function testClock(start = Date.UTC(2026, 10, 29, 12, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** For assert.rejects: an UNAUTHENTICATED error whose message says `reason`. */
export const unauthenticated = (reason: RegExp) => (e: Error & { extensions?: { code?: string } }) => {
  assert.equal(e.extensions?.code, 'UNAUTHENTICATED');
  assert.match(e.message, reason);
  return true;
};
