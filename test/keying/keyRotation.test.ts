/**
 * The keying service during a key rotation: it holds the next generation beside the current one; a node
 * names it to re-key its own stock, on a re-key allowance apart from its ordinary budget (so a node's whole
 * stock fits), while the hub, and so an analyst, keys with the current generation only and stays inside the
 * analyst's budget; an unknown key id is refused naming it and the generations held.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GraphQLError } from 'graphql';
import { normalizeIndicator } from '../../shared/indicators/index.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { indicatorInput } from '../../shared/indicators/digest.js';
import { LocalKeyer } from '../../shared/keying/LocalKeyer.js';
import { sodiumOprf } from '../../shared/oprf/index.js';
import { startKeying, type KeyingFixture } from '../helpers/startKeying.js';

const o1: IndicatorKey = { id: 'o1', secret: Buffer.alloc(32, 5) };
const o2: IndicatorKey = { id: 'o2', secret: Buffer.alloc(32, 6) };
const phones = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => normalizeIndicator('PHONE', `+6681${String(from + i).padStart(7, '0')}`));
const blinded = (count: number) =>
  phones(7_000_000, count).map((v) => sodiumOprf.blind(indicatorInput(v.kind, v.canonical)).blinded);

describe('keying service during a key rotation', () => {
  let k: KeyingFixture;
  before(async () => {
    k = await startKeying({
      identities: ['hub', 'node:TH'],
      key: o1,
      otherKeys: [o2],
      budget: { node: 1_000, analyst: 300, rekey: 5_000 },
    });
  });
  after(() => k.close());

  test('a node re-keys its stock into o2 on its re-key allowance; its ordinary budget alone would refuse it', async () => {
    const values = phones(1_000_000, 3_000);
    const node = await k.keyer('node:TH', { batchSize: 1_000 });
    const rekeyed = await node.digests(values, { keyId: 'o2' });
    assert.deepEqual(rekeyed, await new LocalKeyer(o2).digests(values));
    // the current generation is still o1, and the ordinary budget is untouched by the re-key
    assert.deepEqual(
      await node.digests(values.slice(0, 1_000)),
      await new LocalKeyer(o1).digests(values.slice(0, 1_000)),
    );
    await assert.rejects(
      () => node.digests(phones(2_000_000, 1)),
      (e: unknown) =>
        e instanceof GraphQLError && e.extensions.code === 'RATE_LIMITED' && /node:TH has used 1000/.test(e.message),
    );
  });

  test("the hub keys analysts' values with the current generation only: a sweep stays inside the analyst's budget", async () => {
    const hub = await k.keyer('hub', { direct: true });
    const analyst = { member: 'TH', subject: 'sweeper@th' };
    const values = phones(3_000_000, 300);
    assert.deepEqual(await hub.digests(values, { onBehalfOf: analyst }), await new LocalKeyer(o1).digests(values));
    await assert.rejects(
      () => hub.digests(phones(3_000_300, 1), { onBehalfOf: analyst }),
      (e: unknown) => e instanceof GraphQLError && e.extensions.code === 'RATE_LIMITED',
    );
    // naming the next generation is no way around it: only a node re-keying its own stock may
    const client = await k.client('hub');
    await assert.rejects(
      () => client.evaluate(blinded(1), analyst, 'o2'),
      /only a node re-keying its own stock may name key id o2/,
    );
    await assert.rejects(() => client.evaluate(blinded(1), undefined, 'o2'), /only a node re-keying its own stock/);
  });

  test('an unknown key id is refused naming it and the generations the service holds', async () => {
    const node = await k.client('node:TH');
    await assert.rejects(
      () => node.evaluate(blinded(1), undefined, 'o3'),
      /unknown key id "o3"; this service holds o1, o2/,
    );
  });

  test('/health lists the generations held', async () => {
    const health = (await (await fetch(`${k.url}/health`)).json()) as { keyId: string; keyIds: string[] };
    assert.deepEqual({ keyId: health.keyId, keyIds: health.keyIds }, { keyId: 'o1', keyIds: ['o1', 'o2'] });
  });
});
