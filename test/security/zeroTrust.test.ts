import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateKeyPair, SignJWT } from 'jose';
import { issueToken } from '../../shared/identity/issueToken.js';
import { ASSERTION_HEADER, GatewayAssertionSigner } from '../../shared/identity/GatewayAssertion.js';
import type { Caller } from '../../shared/identity/Caller.js';
import { privateKeyPath, readSigningKey, SIGNING_ALG } from '../../shared/identity/keyPairs.js';
import { startFederation, type Federation } from '../helpers/startFederation.js';

const query = JSON.stringify({ query: '{ tha { member level } }' });
const kh: Caller = { subject: 'officer.kh@test', member: 'KH', role: 'investigator', tokenId: 'kh-token-1' };

describe('identity at the gateway and zero trust at the nodes', () => {
  let fed: Federation;
  let forgedKey: Awaited<ReturnType<typeof readSigningKey>>;
  let gatewaySigner: GatewayAssertionSigner;
  const revocationDir = mkdtempSync(join(tmpdir(), 'revocations-'));
  before(async () => {
    const revocationFile = join(revocationDir, 'revoked.txt');
    writeFileSync(revocationFile, '# left the service\nsubject departed.officer@test\n');
    fed = await startFederation({ gatewayEnv: { REVOCATION_FILE: revocationFile } });
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    forgedKey = { kid: fed.issuerKey.kid, key: privateKey };
    gatewaySigner = new GatewayAssertionSigner(await readSigningKey(privateKeyPath(fed.dir, 'gateway'), 'gateway key'));
  });
  after(async () => {
    await fed?.close();
    rmSync(revocationDir, { recursive: true, force: true });
  });

  /** A token signed by the real issuer with claims the edge policy must refuse. */
  const raw = (claims: Record<string, unknown>, lifetimeSec: number, withIat = true) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ member: 'KH', role: 'investigator', ...claims })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: fed.issuerKey.kid })
      .setIssuer(fed.identity.issuer)
      .setAudience(fed.identity.audience)
      .setSubject(String(claims.sub ?? 'someone@test'))
      .setJti(randomUUID())
      .setExpirationTime(now + lifetimeSec);
    return (withIat ? jwt.setIssuedAt(now) : jwt).sign(fed.issuerKey.key);
  };

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

  test('token policy at the edge: lifetime cap, required iat, storable subject, revoked subject; no node is called', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['a year-long token', raw({}, 365 * 24 * 3600), /longer than the 43200 s allowed/],
      ['no iat', raw({}, 3600, false), /no "iat" claim/],
      ['a subject no audit log can store', raw({ sub: 'x'.repeat(201) }, 3600), /"sub" must be 1 to 200/],
      ['a revoked subject', raw({ sub: 'departed.officer@test' }, 3600), /revoked/],
    ];
    fed.resetCounters();
    for (const [what, token, reason] of cases) {
      const res = await fed.query(
        '{ tha { member } indicator(kind: PHONE, value: "+66 81 999 0001") { id } }',
        undefined,
        {
          token: await token,
        },
      );
      assert.equal(res.status, 401, what);
      assert.equal(res.errors![0]!.extensions!.code, 'UNAUTHENTICATED', what);
      assert.match(res.errors![0]!.message, reason, what);
    }
    assert.equal(fed.hubCounter.operations, 0, 'refused at the edge, not reported by 10 nodes');
    assert.equal(fed.nodes.get('TH')!.operations, 0);
    // a 12 h token with a 200-character subject is fine
    const ok = await fed.query('{ tha { member } }', undefined, {
      token: await raw({ sub: 'y'.repeat(200) }, 12 * 3600),
    });
    assert.equal(ok.status, 200, JSON.stringify(ok.errors));
  });

  const auditCount = async () =>
    Number(
      ((await fed.nodes.get('TH')!.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_log')) as [{ n: number }])[0].n,
    );

  test('a node called directly answers only a fresh gateway assertion for this node and this very request, and audits none else', async () => {
    const t = await tokens();
    const port = fed.nodes.get('TH')!.port;
    const post = (headers: Record<string, string>, body = query, target = '/graphql') =>
      fetch(`http://127.0.0.1:${port}${target}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const sign = (subgraph: string, request: { body?: string; target?: string; method?: string }, caller = kh) =>
      gatewaySigner.sign(subgraph, caller, { method: 'POST', target: '/graphql', body: query, ...request });
    const before = await auditCount();

    const refused: [string, Record<string, string>, string?, string?][] = [
      ['a valid analyst token, no assertion', { authorization: `Bearer ${t.valid}` }],
      ['nothing at all', {}],
      [
        'an assertion signed by another key',
        {
          [ASSERTION_HEADER]: await new GatewayAssertionSigner(forgedKey).sign('tha', kh, {
            method: 'POST',
            target: '/graphql',
            body: query,
          }),
        },
      ],
      ['the analyst token as the assertion', { [ASSERTION_HEADER]: t.valid }],
      ['an assertion for another node', { [ASSERTION_HEADER]: await sign('khm', {}) }],
      ['an assertion the hub received', { [ASSERTION_HEADER]: await sign('hub', {}) }],
      ['an assertion for another body', { [ASSERTION_HEADER]: await sign('tha', { body: '{}' }) }],
      ['an assertion for another query string', { [ASSERTION_HEADER]: await sign('tha', {}) }, query, '/graphql?x=1'],
      ['an assertion for another method', { [ASSERTION_HEADER]: await sign('tha', { method: 'GET' }) }],
      [
        'an assertion whose subject no audit log can store',
        { [ASSERTION_HEADER]: await sign('tha', {}, { ...kh, subject: 'z'.repeat(201) }) },
      ],
      ['garbage', { [ASSERTION_HEADER]: 'x.y.z' }],
    ];
    for (const [what, headers, body, target] of refused) {
      const res = await post(headers, body, target);
      assert.equal(res.status, 401, what);
      const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
      assert.equal(json.errors[0]!.extensions.code, 'UNAUTHENTICATED', what);
    }
    assert.equal(await auditCount(), before, 'refused requests are not audited as answers');

    // positive control: a fresh assertion for this node and body is answered as KH (PARTNER under the MoU)
    const assertion = await sign('tha', {});
    const good = await post({ [ASSERTION_HEADER]: assertion });
    assert.equal(good.status, 200);
    assert.deepEqual(((await good.json()) as { data: unknown }).data, { tha: { member: 'TH', level: 'PARTNER' } });
    assert.equal(await auditCount(), before + 1);

    // the same assertion again is a replay
    const replay = await post({ [ASSERTION_HEADER]: assertion });
    assert.equal(replay.status, 401);
    assert.match(await replay.text(), /already used/);

    // a GET is bound to its query string too
    const target = `/graphql?query=${encodeURIComponent('{ tha { member } }')}`;
    const get = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}${target}`, { headers: { 'apollo-require-preflight': '1', ...headers } });
    const getOk = await get({ [ASSERTION_HEADER]: await sign('tha', { method: 'GET', target, body: '' }) });
    assert.equal(getOk.status, 200, await getOk.clone().text());
    const getOther = await get({
      [ASSERTION_HEADER]: await sign('tha', { method: 'GET', target: '/graphql?query=%7B%7D', body: '' }),
    });
    assert.equal(getOther.status, 401);
  });

  test(
    'an unauthenticated request is refused from its headers alone: the node never waits for its body',
    { timeout: 10_000 },
    async () => {
      const hubUrl = new URL(fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url);
      for (const port of [Number(hubUrl.port), fed.nodes.get('VN')!.port]) {
        const status = await new Promise<number>((resolve, reject) => {
          // announces 100 MB and sends none of it: a server that read the body first would never answer
          const req = request({
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) },
          });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          });
          req.on('error', reject);
          req.flushHeaders();
        });
        assert.equal(status, 401);
      }
    },
  );

  test('the hub checks the same way, and takes the tens-of-MB @requires batch a 10,000-indicator screen sends it', async () => {
    const t = await tokens();
    const hubUrl = fed.gateway.subgraphs().find((s) => s.name === 'hub')!.url;
    const refused = await fetch(hubUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.valid}` },
      body: JSON.stringify({ query: '{ members { code } }' }),
    });
    assert.equal(refused.status, 401);
    // about what 10,000 representations carrying 11 members' sightings weigh
    const body = JSON.stringify({
      query: '{ members { code } }',
      extensions: { padding: 'x'.repeat(24 * 1024 * 1024) },
    });
    const res = await fetch(hubUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [ASSERTION_HEADER]: await gatewaySigner.sign('hub', kh, { method: 'POST', target: '/graphql', body }),
      },
      body,
    });
    assert.equal(res.status, 200);
  });
});
