import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateKeyPair } from 'jose';
import { issueToken } from '../../subgraphs/shared/identity/issueToken.js';
import { GatewayProofSigner, PROOF_HEADER } from '../../subgraphs/shared/identity/GatewayProof.js';
import { privateKeyPath, readSigningKey } from '../../subgraphs/shared/identity/keyPairs.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const query = JSON.stringify({ query: '{ tha { member level } }' });

describe('identity at the gateway and zero trust at the nodes', () => {
  let fed: Federation;
  let forgedKey: Awaited<ReturnType<typeof readSigningKey>>;
  let gatewaySigner: GatewayProofSigner;
  before(async () => {
    fed = await startFederation();
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    forgedKey = { kid: fed.issuerKey.kid, key: privateKey };
    gatewaySigner = new GatewayProofSigner(await readSigningKey(privateKeyPath(fed.dir, 'gateway'), 'gateway key'));
  });
  after(() => fed?.close());

  const tokens = async () => ({
    valid: await fed.token({ member: 'KH', role: 'investigator' }),
    forged: await issueToken(forgedKey, {
      subject: 'mallory',
      member: 'KH',
      role: 'investigator',
      ttl: '1h',
      issuer: fed.identity.issuer,
      audience: fed.identity.audience,
    }),
    expired: await fed.token({ member: 'KH', role: 'investigator', ttl: Math.floor(Date.now() / 1000) - 600 }),
    otherAudience: await fed.token({ member: 'KH', role: 'investigator', audience: 'another-federation' }),
  });

  test('the gateway refuses missing, forged, expired and other-audience tokens with 401 and says why', async () => {
    const t = await tokens();
    const cases: [string | null, RegExp][] = [
      [null, /missing token/],
      [t.forged, /signature does not verify/],
      [t.expired, /expired/],
      [t.otherAudience, /another audience/],
      ['not.a.jwt', /malformed/],
    ];
    for (const [token, reason] of cases) {
      const res = await fed.query('{ members { code } }', undefined, { token });
      assert.equal(res.status, 401, String(token));
      assert.equal(res.errors![0]!.extensions!.code, 'UNAUTHENTICATED');
      assert.match(res.errors![0]!.message, reason);
    }
    const ok = await fed.query<{ members: unknown[] }>('{ members { code } }', undefined, { token: t.valid });
    assert.equal(ok.status, 200);
    assert.equal(ok.data!.members.length, 11);
  });

  const auditCount = async () =>
    Number(
      ((await fed.nodes.get('TH')!.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_log')) as [{ n: number }])[0].n,
    );

  test('a node called directly refuses every request without a valid token AND the gateway proof, and audits none', async () => {
    const t = await tokens();
    const node = `http://127.0.0.1:${fed.nodes.get('TH')!.port}/graphql`;
    const post = (headers: Record<string, string>, body = query) =>
      fetch(node, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const before = await auditCount();

    const refused: [string, Record<string, string>, string?][] = [
      ['stolen analyst token, no proof', { authorization: `Bearer ${t.valid}` }],
      ['no token at all', {}],
      [
        'forged token with a real proof',
        { authorization: `Bearer ${t.forged}`, [PROOF_HEADER]: await gatewaySigner.sign('tha', query, t.forged) },
      ],
      [
        'expired token',
        { authorization: `Bearer ${t.expired}`, [PROOF_HEADER]: await gatewaySigner.sign('tha', query, t.expired) },
      ],
      [
        'other-audience token',
        {
          authorization: `Bearer ${t.otherAudience}`,
          [PROOF_HEADER]: await gatewaySigner.sign('tha', query, t.otherAudience),
        },
      ],
      [
        'proof for another node',
        { authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: await gatewaySigner.sign('khm', query, t.valid) },
      ],
      [
        'proof for another body',
        { authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: await gatewaySigner.sign('tha', '{}', t.valid) },
      ],
      [
        "proof for another caller's token",
        { authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: await gatewaySigner.sign('tha', query, t.otherAudience) },
      ],
      ['garbage proof', { authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: 'x.y.z' }],
    ];
    for (const [what, headers] of refused) {
      const res = await post(headers);
      assert.equal(res.status, 401, what);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      assert.equal(body.errors[0]!.extensions.code, 'UNAUTHENTICATED', what);
    }
    assert.equal(await auditCount(), before, 'refused requests are not audited as answers');

    // positive control: token + fresh proof for this node and body is answered (and audited: KH asked TH)
    const proof = await gatewaySigner.sign('tha', query, t.valid);
    const good = await post({ authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: proof });
    assert.equal(good.status, 200);
    assert.deepEqual(((await good.json()) as { data: unknown }).data, { tha: { member: 'TH', level: 'PARTNER' } });
    assert.equal(await auditCount(), before + 1);

    // the same proof again is a replay
    const replay = await post({ authorization: `Bearer ${t.valid}`, [PROOF_HEADER]: proof });
    assert.equal(replay.status, 401);
    assert.match(await replay.text(), /already used/);
  });

  test('the hub checks the same way', async () => {
    const t = await tokens();
    const hubUrl = fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url;
    const res = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.valid}` },
      body: JSON.stringify({ query: '{ members { code } }' }),
    });
    assert.equal(res.status, 401);
  });

  test('the hub takes the tens-of-MB @requires batch a 10,000-indicator screen sends it', async () => {
    const t = await tokens();
    const hubUrl = fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url;
    // about what 10,000 representations carrying 11 members' sightings weigh
    const body = JSON.stringify({
      query: '{ members { code } }',
      extensions: { padding: 'x'.repeat(24 * 1024 * 1024) },
    });
    const res = await fetch(hubUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t.valid}`,
        [PROOF_HEADER]: await gatewaySigner.sign('hub', body, t.valid),
      },
      body,
    });
    assert.equal(res.status, 200);
  });
});
