/**
 * A hub whose keying credential the keying service refuses (its client key is not in the service's
 * KEYING_CLIENTS_JWKS_FILE): the analyst, whose own token is fine, gets SUBGRAPH_UNAVAILABLE with a generic
 * message, never UNAUTHENTICATED (which would read as their fault) nor the service's reason; the hub's log
 * has the service's full refusal and says what to check.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { ensureClientKey } from '../../shared/keying/clientKeys.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

describe("the keying service refuses the hub's own credential", () => {
  let fed: Federation;
  const dir = mkdtempSync(join(tmpdir(), 'rogue-hub-'));
  const logLines: string[] = [];
  before(async () => {
    const hubKeyFile = join(dir, 'hub.private.jwk');
    await ensureClientKey(hubKeyFile, 'hub'); // a key pair of its own, unknown to the service
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    fed = await startFederation({ hubKeyFile, logger: pino({ level: 'info' }, sink) });
  });
  after(async () => {
    await fed?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the analyst gets SUBGRAPH_UNAVAILABLE, the hub logs the refusal in full', async () => {
    const res = await fed.query(`{ indicator(kind: PHONE, value: "+66812345678") { id } }`);
    const error = res.errors?.[0];
    assert.equal(error?.extensions?.code, 'SUBGRAPH_UNAVAILABLE', JSON.stringify(res.errors));
    assert.match(error.message, /the keying service is unavailable to the hub/);
    assert.doesNotMatch(JSON.stringify(res.errors), /UNAUTHENTICATED|token|verify/i);
    const logged = logLines.find((l) => l.includes("refused the hub's credential"));
    assert.ok(logged, 'the refusal is logged');
    assert.match(logged, /client token does not verify/);
    assert.match(logged, /KEYING_CLIENTS_JWKS_FILE/);
  });
});
