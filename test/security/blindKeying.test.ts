/**
 * Blind keying against a hostile member (issue 10): the Thai node's operator takes everything the node
 * holds (its configuration, its key files, its database, the ids other members answer with) and tries to
 * compute indicator ids without the keying service. Every member's data is seeded blind through the
 * federation's real keying service. Also: the hub keys analysts' values through the service, charged to
 * the analyst, so a range sweep is refused after its budget; and an id under an unknown key id is
 * BAD_USER_INPUT, never "no hit".
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sodium from 'libsodium-wrappers-sumo';
import { loadNationalConfig } from '../../subgraphs/national/config.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';
import { indicatorInput } from '../../shared/indicators/digest.js';
import { clientKeyPath } from '../../shared/keying/clientKeys.js';
import { createServiceKeyer } from '../../shared/keying/keyingClientConfig.js';
import { sodiumOprf } from '../../shared/oprf/index.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const ANALYST_BUDGET = 300;
const phones = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ kind: 'PHONE', value: `+6681${String(from + i).padStart(7, '0')}` }));
const screen = `query($items: [IndicatorInput!]!) { screen(indicators: $items) { index indicator { id } } }`;

describe('blind keying: a hostile member cannot compute indicator ids', () => {
  let fed: Federation;
  before(async () => {
    fed = await startFederation({
      keyingBudget: { analyst: ANALYST_BUDGET },
      seed: ({ member, db, keyer }) => seedMember(db, member, keyer, { reports: 40, seed: 5 }).then(() => undefined),
    });
  });
  after(() => fed?.close());

  /** What TH's node holds: its config, the files its config points to, its own stored indicators. */
  function hostileTh() {
    const env = { COUNTRY: 'TH', DATA_DIR: fed.dir };
    const config = loadNationalConfig(env, []);
    const files = [
      config.keying.keyFile,
      ...Object.values(config.identity).flatMap((v) => (typeof v === 'object' ? Object.values(v) : [])),
    ];
    return { config, files: files.filter((f): f is string => typeof f === 'string') };
  }

  /** Every 32-byte string in the node's files and config: JWK members, and sliding windows of raw bytes. */
  function candidateSecrets(files: string[], config: object): Uint8Array[] {
    const out: Uint8Array[] = [];
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), JSON.stringify(config)];
    for (const text of texts) {
      for (const m of text.matchAll(/"([A-Za-z0-9_+/=-]{40,})"/g)) {
        for (const enc of ['base64url', 'base64', 'hex'] as const) {
          const bytes = Buffer.from(m[1]!, enc);
          if (bytes.length >= 32) out.push(Uint8Array.from(bytes.subarray(0, 32)));
        }
      }
    }
    return out;
  }

  test("the node's configuration and process hold no indicator key", () => {
    const { config } = hostileTh();
    assert.ok(!('indicatorKey' in config), 'NationalConfig has no key');
    assert.deepEqual(Object.keys(config.keying).sort(), ['identity', 'keyFile', 'url']);
    assert.equal(config.keying.identity, 'node:TH');
    // the federation's key is nowhere under the node's data folder
    const secret = Buffer.from(fed.keying.key.secret);
    for (const name of readdirSync(join(fed.dir, 'keys'))) {
      const bytes = readFileSync(join(fed.dir, 'keys', name));
      assert.ok(!bytes.includes(secret) && !bytes.includes(secret.toString('base64')), `${name} holds the key`);
    }
    // and the national source never reads one
    const sources = readdirSync('subgraphs/national', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    for (const f of sources) {
      const text = readFileSync(join('subgraphs/national', f), 'utf8');
      assert.doesNotMatch(text, /INDICATOR_KEY|KEYING_KEY_FILE|indicatorKeyFromEnv|LocalKeyer|digestIndicator/, f);
    }
  });

  test("ids in its own database and in other members' answers cannot be recomputed from the values with anything it holds", async () => {
    const { config, files } = hostileTh();
    const th = fed.nodes.get('TH')!;
    const own = (await th.db.dataSource.query('SELECT kind, canonical, digest FROM indicator LIMIT 30')) as {
      kind: 'PHONE';
      canonical: string;
      digest: string;
    }[];
    assert.ok(own.length >= 20);
    await sodium.ready;
    const secrets = candidateSecrets(files, config);
    assert.ok(secrets.length >= 3, `found ${secrets.length} candidate secrets`);
    for (const row of own) {
      const hex = row.digest.split(':')[1]!;
      const input = indicatorInput(row.kind, row.canonical);
      for (const s of secrets) {
        assert.notEqual(createHmac('sha256', s).update(input).digest('hex'), hex, 'an HMAC with a held secret');
        const scalar = sodium.crypto_core_ristretto255_scalar_reduce(new Uint8Array([...s, ...new Uint8Array(32)]));
        const out = Buffer.from(sodiumOprf.evaluate(scalar, input).subarray(0, 32)).toString('hex');
        assert.notEqual(out, hex, 'an OPRF with a held secret');
      }
    }
    // the control that shows the attempt could succeed: the service, asked on the record, gives the same ids
    const keyer = await createServiceKeyer({ ...config.keying, url: fed.keying.url });
    assert.deepEqual(
      await keyer.digests(own),
      own.map((r) => r.digest),
    );
    const audit = readFileSync(fed.keying.auditFile, 'utf8');
    assert.match(audit.trim().split('\n').at(-1)!, /"identity":"node:TH".*"elements":\d+/);
    assert.equal(clientKeyPath(fed.dir, 'node:TH'), config.keying.keyFile);
  });

  test('an analyst sweeping a phone range through the hub is refused after the budget, with a retry time', async () => {
    const sweeper = await fed.token({ member: 'TH', role: 'analyst', subject: 'sweeper@th' });
    const first = await fed.query(screen, { items: phones(5_000_000, 200) }, { token: sweeper });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    // the same list again comes from the hub's cache: not charged
    const again = await fed.query(screen, { items: phones(5_000_000, 200) }, { token: sweeper });
    assert.equal(again.errors, undefined, JSON.stringify(again.errors));
    const refused = await fed.query(screen, { items: phones(5_000_200, 200) }, { token: sweeper });
    const error = refused.errors?.[0];
    assert.equal(error?.extensions?.code, 'RATE_LIMITED', JSON.stringify(refused.errors));
    assert.ok(Number(error?.extensions?.retryAfterSeconds) > 3_000, JSON.stringify(error));
    assert.match(error!.message, /analyst:TH:sweeper@th has used 200 of its 300 keyings this hour/);
    // one analyst's sweep does not lock out another
    const colleague = await fed.token({ member: 'TH', role: 'analyst', subject: 'colleague@th' });
    const other = await fed.query(screen, { items: phones(5_000_200, 200) }, { token: colleague });
    assert.equal(other.errors, undefined, JSON.stringify(other.errors));
    const lines = readFileSync(fed.keying.auditFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { identity: string; client: string; outcome: string });
    assert.ok(
      lines.some((l) => l.identity === 'analyst:TH:sweeper@th' && l.client === 'hub' && l.outcome === 'rate_limited'),
    );
  });

  test('an id under a key id the federation does not use is BAD_USER_INPUT, never "no hit"', async () => {
    const query = `query($id: ID!) { indicatorById(id: $id) { id sightings { member { code } } } }`;
    const hex = 'ab'.repeat(32);
    for (const id of [`PHONE:k1:${hex}`, `PHONE:o9:${hex}`]) {
      const res = await fed.query(query, { id });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res));
      assert.match(res.errors![0]!.message, /unknown key id/);
    }
    const ok = await fed.query(query, { id: `PHONE:o1:${hex}` });
    assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
  });
});
