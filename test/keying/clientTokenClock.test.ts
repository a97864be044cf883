/**
 * A keying client's token lives exactly the allowed 60 s even when the clock ticks while it is signed (a
 * loaded machine): `iat` and `exp` come from one reading. Here every argument-less `new Date()` is a second
 * later than the one before, so a token built from two readings would live 61 s and be refused.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { normalizeIndicator } from '../../shared/indicators/index.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

let k: KeyingFixture;
before(async () => {
  k = await startKeying({ identities: ['node:TH'] });
});
after(() => k.close());

test('a token signed while the clock ticks still lives 60 s, and the service accepts it', async () => {
  const keyer = await k.keyer('node:TH');
  const values = [normalizeIndicator('PHONE', '+66812345678')];
  const RealDate = Date;
  let ticks = 0;
  class TickingDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + ++ticks * 1000);
      else super(...(args as [number]));
    }
  }
  globalThis.Date = TickingDate as DateConstructor;
  let digests: string[];
  try {
    digests = await keyer.digests(values);
  } finally {
    globalThis.Date = RealDate;
  }
  assert.deepEqual(digests, await new LocalKeyer(k.key).digests(values));
});
