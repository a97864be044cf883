/**
 * Opaque change-feed cursors (issue 11, item 4). A cursor names a position in this node's change sequence,
 * and a plain sequence number would tell a caller how many changes the node records (a count its level may
 * not give, docs/sharing-policy.md), so it is sealed with AES-256-GCM under a key only this node holds
 * (drawn when its database was created, table `change_feed_key`). Sealing also binds it: to this node (the
 * member code is authenticated data), to the member it was given to, and, for a watch, to the one
 * indicator it was given for. Anything else (malformed, another node's, another member's, another
 * indicator's) is refused with BAD_USER_INPUT naming the field, never silently read as "the beginning".
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { userError } from '../../../shared/errors.js';

const prefix = 'c1.';
const ivBytes = 12;
const tagBytes = 16;

export interface CursorPosition {
  /** The last change sequence number the holder has seen (0: nothing yet). */
  seq: number;
}

interface Sealed {
  /** The member the cursor was given to. */
  m: string;
  s: number;
  /** The indicator a watch cursor is bound to (a short hash of its digest), '' for the open feed. */
  w: string;
}

/** A short binding of an indicator digest: equality is all a cursor needs, not the digest itself. */
export function watchBinding(digest: string): string {
  return createHash('sha256').update(digest).digest('base64url').slice(0, 16);
}

export class FeedCursor {
  constructor(
    private readonly key: Buffer,
    /** This node's member code, authenticated in every cursor so another node's never opens here. */
    private readonly node: string,
  ) {
    if (key.length !== 32) throw new Error('change feed key must be 32 bytes');
  }

  seal(position: CursorPosition, holder: string, binding = ''): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(this.node));
    const body: Sealed = { m: holder, s: position.seq, w: binding };
    const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
    return prefix + Buffer.concat([iv, data, cipher.getAuthTag()]).toString('base64url');
  }

  /** The position `cursor` names; BAD_USER_INPUT (field `field`) unless this node gave it to `holder` for `binding`. */
  open(cursor: string, holder: string, field: string, binding = ''): CursorPosition {
    const refuse = (why: string) =>
      userError('BAD_USER_INPUT', `${field}: ${why}; pass a cursor this node (${this.node}) returned`, { field });
    if (!cursor.startsWith(prefix) || cursor.length > 512) throw refuse('not a change-feed cursor');
    const raw = Buffer.from(cursor.slice(prefix.length), 'base64url');
    if (raw.length <= ivBytes + tagBytes) throw refuse('not a change-feed cursor');
    let body: Sealed;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, ivBytes));
      decipher.setAAD(Buffer.from(this.node));
      decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
      const text = Buffer.concat([decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)), decipher.final()]);
      body = JSON.parse(text.toString('utf8')) as Sealed;
    } catch {
      throw refuse('a cursor of another node, or altered');
    }
    if (body.m !== holder) throw refuse(`a cursor given to ${body.m}, not to the caller's member`);
    if (body.w !== binding) throw refuse(binding ? 'a cursor given for another indicator' : 'a watch cursor');
    return { seq: body.s };
  }
}
