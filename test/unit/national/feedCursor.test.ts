/**
 * Change-feed cursors (subgraphs/national/feed/FeedCursor.ts) and a watch's per-member cursor list
 * (shared/watch/seenCursors.ts): a cursor opens only at the node that sealed it, for the member
 * it was given to and the indicator it was bound to; anything else is BAD_USER_INPUT naming the field, and
 * the sealed text says nothing about the position (two seals of one position differ).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FeedCursor, watchBinding } from '../../../subgraphs/national/feed/FeedCursor.js';
import { joinSeen, splitSeen } from '../../../shared/watch/seenCursors.js';

const key = Buffer.alloc(32, 3);
const kh = new FeedCursor(key, 'KH');

const refused = (fn: () => unknown, field: string, why: RegExp) =>
  assert.throws(fn, (e: Error & { extensions?: Record<string, unknown> }) => {
    assert.equal(e.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(e.extensions?.field, field);
    assert.match(e.message, why);
    return true;
  });

describe('feed cursors', () => {
  test('open gives back the sealed position, for its holder and binding only', () => {
    const open = kh.seal({ seq: 41 }, 'TH');
    assert.deepEqual(kh.open(open, 'TH', 'since'), { seq: 41 });
    const bound = kh.seal({ seq: 7 }, 'TH', watchBinding('o1:aa'));
    assert.deepEqual(kh.open(bound, 'TH', 'seen', watchBinding('o1:aa')), { seq: 7 });
    refused(() => kh.open(open, 'MY', 'since'), 'since', /given to TH/);
    refused(() => kh.open(bound, 'TH', 'seen', watchBinding('o1:bb')), 'seen', /another indicator/);
    refused(() => kh.open(bound, 'TH', 'since'), 'since', /a watch cursor/);
  });

  test("another node's cursor, an altered one or a malformed one is refused", () => {
    const cursor = kh.seal({ seq: 1 }, 'TH');
    refused(() => new FeedCursor(key, 'MY').open(cursor, 'TH', 'since'), 'since', /another node/);
    refused(() => new FeedCursor(Buffer.alloc(32, 4), 'KH').open(cursor, 'TH', 'since'), 'since', /another node/);
    // a character inside the text (every bit of it is used; the last one may carry padding bits)
    const altered = cursor.slice(0, 10) + (cursor[10] === 'A' ? 'B' : 'A') + cursor.slice(11);
    refused(() => kh.open(altered, 'TH', 'since'), 'since', /another node, or altered/);
    refused(() => kh.open('42', 'TH', 'since'), 'since', /not a change-feed cursor/);
    refused(() => kh.open('c1.AAAA', 'TH', 'since'), 'since', /not a change-feed cursor/);
  });

  test('the sealed text does not show the position', () => {
    assert.notEqual(kh.seal({ seq: 5 }, 'TH'), kh.seal({ seq: 5 }, 'TH'));
    assert.equal(kh.seal({ seq: 5 }, 'TH').length, kh.seal({ seq: 6 }, 'TH').length);
    assert.ok(!kh.seal({ seq: 123456 }, 'TH').includes('123456'));
  });
});

describe("a watch's member cursors", () => {
  test('split and join are inverse, in member order', () => {
    const seen = joinSeen(
      new Map([
        ['MY', 'c1.bb'],
        ['KH', 'c1.aa'],
      ]),
    );
    assert.equal(seen, 'KH:c1.aa,MY:c1.bb');
    assert.deepEqual(
      [...splitSeen(seen, 'seen')],
      [
        ['KH', 'c1.aa'],
        ['MY', 'c1.bb'],
      ],
    );
    assert.equal(splitSeen('', 'seen').size, 0);
  });

  test('what the hub could not have given is refused, naming the field', () => {
    for (const bad of ['KH', 'XX:c1.aa', 'kh:c1.aa', 'KH:nope', 'KH:c1.aa,KH:c1.bb', 'KH:c1.a b']) {
      refused(() => splitSeen(bad, 'seen[0].seen'), 'seen[0].seen', /seen\[0\]\.seen/);
    }
  });
});
