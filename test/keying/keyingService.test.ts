/**
 * The keying service over real HTTP: blind keying gives the ids the key gives, the budget refuses a sweep
 * with a retry time, the audit counts and never records values, and only the clients it knows, each under
 * its own identity, get an answer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { GraphQLError } from 'graphql';
import { SignJWT } from 'jose';
import { normalizeIndicator } from '../../shared/indicators/index.js';
import { readSigningKey } from '../../shared/identity/keyPairs.js';
import { KeyingClient } from '../../shared/keying/KeyingClient.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { clientKeyPath } from '../../shared/keying/clientKeys.js';
import { bodyHash, EVALUATE_PATH, KEYING_AUDIENCE } from '../../shared/keying/protocol.js';
import { sodiumOprf } from '../../shared/oprf/index.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const phones = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => normalizeIndicator('PHONE', `+6681${String(from + i).padStart(7, '0')}`));

async function rateLimited(run: () => Promise<unknown>): Promise<GraphQLError> {
  try {
    await run();
  } catch (e) {
    assert.ok(e instanceof GraphQLError, String(e));
    assert.equal(e.extensions.code, 'RATE_LIMITED');
    return e;
  }
  assert.fail('expected RATE_LIMITED');
}

describe('keying service', () => {
  let k: KeyingFixture;
  before(async () => {
    k = await startKeying({ identities: ['hub', 'node:TH', 'node:KH'], budget: { analyst: 500, node: 50_000 } });
  });
  after(() => k.close());

  test('blind keying through the service gives exactly the digests of the key, for many values in batches', async () => {
    const values = phones(1_000_000, 2_500);
    const progress: number[] = [];
    const keyer = await k.keyer('node:TH', { batchSize: 1_000 });
    const blind = await keyer.digests(values, { onProgress: (done) => progress.push(done) });
    assert.deepEqual(blind, await new LocalKeyer(k.key).digests(values));
    assert.deepEqual(progress, [1_000, 2_000, 2_500]);
    assert.match(blind[0]!, /^o1:[0-9a-f]{64}$/);
  });

  test("the hub keys analysts' values directly, charged to the analyst; a node may not", async () => {
    const values = phones(6_000_000, 50);
    const hub = await k.keyer('hub', { direct: true });
    const analyst = { member: 'WG', subject: 'direct@wg' };
    assert.deepEqual(await hub.digests(values, { onBehalfOf: analyst }), await new LocalKeyer(k.key).digests(values));
    await assert.rejects(() => hub.digests(phones(6_000_100, 1)), /on behalf of an analyst only/);
    const node = await k.client('node:TH');
    await assert.rejects(
      () => node.evaluateValues(values, analyst),
      (e: unknown) => e instanceof GraphQLError && e.extensions.code === 'UNAUTHENTICATED',
    );
    const audit = readFileSync(k.auditFile, 'utf8');
    assert.match(audit, /"identity":"analyst:WG:direct@wg","client":"hub","elements":50/);
    for (const v of values) assert.ok(!audit.includes(v.canonical.slice(1)), 'a value is in the audit');
  });

  test("a node's import volume fits its budget; an analyst sweeping a phone range is refused with a retry time", async () => {
    const node = await k.keyer('node:KH');
    assert.equal((await node.digests(phones(2_000_000, 12_000))).length, 12_000);

    const hub = await k.keyer('hub');
    const analyst = { member: 'TH', subject: 'sweeper@th' };
    await hub.digests(phones(3_000_000, 400), { onBehalfOf: analyst });
    const refused = await rateLimited(() => hub.digests(phones(3_000_400, 400), { onBehalfOf: analyst }));
    const retry = refused.extensions.retryAfterSeconds as number;
    assert.ok(retry > 3_500 && retry <= 3_600, `retryAfterSeconds ${retry}`);
    assert.match(refused.message, /analyst:TH:sweeper@th has used 400 of its 500 keyings this hour/);
    // another analyst's budget is their own
    await hub.digests(phones(3_000_400, 400), { onBehalfOf: { member: 'TH', subject: 'colleague@th' } });
    // an hour later the sweeper may key again, still within the budget only
    k.advance(3_600_000);
    await hub.digests(phones(3_000_400, 400), { onBehalfOf: analyst });
    await rateLimited(() => hub.digests(phones(3_000_800, 101), { onBehalfOf: analyst }));
  });

  test('the audit records who keyed how many, never a value or an element', async () => {
    const values = phones(4_000_000, 3);
    const client = await k.client('node:TH');
    const blinded = values.map((v) => sodiumOprf.blind(new TextEncoder().encode(`${v.kind}\u0000${v.canonical}`)));
    await client.evaluate(blinded.map((b) => b.blinded));
    const text = readFileSync(k.auditFile, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(Object.keys(lines.at(-1)!).sort(), [
      'at',
      'client',
      'elements',
      'identity',
      'keyId',
      'limit',
      'outcome',
      'usedThisHour',
    ]);
    assert.deepEqual(
      { identity: lines.at(-1)!.identity, client: lines.at(-1)!.client, elements: lines.at(-1)!.elements },
      { identity: 'node:TH', client: 'node:TH', elements: 3 },
    );
    assert.ok(lines.some((l) => l.identity === 'analyst:TH:sweeper@th' && l.outcome === 'rate_limited'));
    for (const v of values) assert.ok(!text.includes(v.canonical.slice(1)), 'a value is in the audit');
    for (const b of blinded) assert.ok(!text.includes(Buffer.from(b.blinded).toString('base64url')));
  });

  test('only known clients, each under its own identity, for one body, once; only the hub keys for analysts', async () => {
    const body = JSON.stringify({
      elements: [Buffer.from(sodiumOprf.blind(new Uint8Array([1])).blinded).toString('base64url')],
    });
    const th = await readSigningKey(clientKeyPath(k.dir, 'node:TH'), 'node:TH');
    const sign = (claims: Record<string, unknown>, kid = th.kid, sub = th.kid) =>
      new SignJWT({ bh: bodyHash(body), ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setIssuer(sub)
        .setSubject(sub)
        .setAudience(KEYING_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('60s')
        .setJti(crypto.randomUUID())
        .sign(th.key);
    const post = async (token: string | null, payload = body) => {
      const res = await fetch(new URL(EVALUATE_PATH, k.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: payload,
      });
      return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
    };
    assert.equal((await post(await sign({}))).status, 200);
    const cases: [string, string | null, string?][] = [
      ['no token', null],
      ["another node's identity", await sign({}, 'node:KH', 'node:KH')],
      ['a name other than its key', await sign({}, th.kid, 'node:KH')],
      ['a node keying for an analyst', await sign({ obo: { member: 'TH', subject: 'x' } })],
      ['another body', await sign({}), JSON.stringify({ elements: [] })],
    ];
    for (const [why, token, payload] of cases) {
      const res = await post(token, payload);
      assert.equal(res.status, 401, why);
      assert.equal(res.body.error?.code, 'UNAUTHENTICATED', why);
    }
    const once = await sign({});
    assert.equal((await post(once)).status, 200);
    assert.equal((await post(once)).status, 401, 'replay');
  });

  test('elements that are not group elements, and batches over the limit, are refused', async () => {
    const client = await k.client('node:TH');
    await assert.rejects(() => client.evaluate([new Uint8Array(32)]), /BAD_REQUEST.*invalid/);
    const many = Array.from({ length: 10_001 }, () => sodiumOprf.blind(new Uint8Array([2])).blinded);
    await assert.rejects(() => client.evaluate(many), /BAD_REQUEST.*1 to 10000 elements/);
  });
});

test('an unreachable keying service is SUBGRAPH_UNAVAILABLE, naming no address (the hub passes it to analysts)', async () => {
  const k = await startKeying({ identities: ['hub'] });
  const key = await readSigningKey(clientKeyPath(k.dir, 'hub'), 'hub');
  await k.close(); // its port is free again: nothing answers there
  const client = new KeyingClient({ url: k.url, key });
  await assert.rejects(
    () => client.evaluateValues([{ kind: 'PHONE', canonical: '+66812345678' }], { member: 'WG', subject: 'a@wg' }),
    (e: unknown) => {
      assert.ok(e instanceof GraphQLError);
      assert.equal(e.extensions.code, 'SUBGRAPH_UNAVAILABLE');
      const port = new URL(k.url).port;
      assert.ok(!e.message.includes(port) && !JSON.stringify(e.extensions).includes(port), e.message);
      assert.match(e.message, /keying service \(KEYING_URL\) did not answer/);
      return true;
    },
  );
});
