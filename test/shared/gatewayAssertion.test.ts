import assert from 'node:assert/strict';
import { KeyObject, sign as cryptoSign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { envReader } from '../../shared/env.js';
import type { Caller } from '../../shared/identity/Caller.js';
import {
  ASSERTION_ISSUER,
  ASSERTION_TYPE,
  canonicalRequest,
  GatewayAssertionSigner,
  GatewayAssertionVerifier,
  requestHash,
} from '../../shared/identity/GatewayAssertion.js';
import { identityFromEnv, type IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import {
  ensureKeyPair,
  privateKeyPath,
  publicJwksPath,
  readJwks,
  readSigningKey,
  SIGNING_ALG,
  type SigningKey,
} from '../../shared/identity/keyPairs.js';
import { testClock, unauthenticated } from '../helpers/identityTesting.js';

const dir = mkdtempSync(join(tmpdir(), 'assertion-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const caller: Caller = { subject: 'officer@police.go.th', member: 'TH', role: 'analyst', tokenId: 'tok-1' };
const request = { method: 'POST', target: '/graphql', body: '{"query":"{ tha { member } }"}' };

describe('the gateway assertion, on an injected clock', () => {
  let identity: IdentityConfig;
  let key: SigningKey;
  before(async () => {
    await ensureKeyPair(dir, 'gateway');
    identity = { ...identityFromEnv(envReader({}), dir), clockToleranceSec: 5 };
    key = await readSigningKey(privateKeyPath(dir, 'gateway'), 'gateway');
  });

  test('the canonical request string is exactly as docs/gateway-protocol.md says', () => {
    // sha256("") and the example of the protocol document
    assert.equal(
      canonicalRequest({ method: 'get', target: '/graphql?query=%7B%7D', body: '' }),
      'GET\n/graphql\nquery=%7B%7D\n47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
    );
    assert.equal(
      canonicalRequest({ method: 'POST', target: '/graphql', body: '{}' }),
      'POST\n/graphql\n\nRBNvo1WzZ4oRRq0W9-hknpT7T8If536DEMBg9hyq_4o',
    );
    assert.notEqual(requestHash(request), requestHash({ ...request, target: '/graphql?' + 'a=1' }));
  });

  test('a node takes an assertion once, for its own name, and the caller comes from it alone', async () => {
    const clock = testClock();
    const signer = new GatewayAssertionSigner(key, { clock: clock.now });
    const tha = new GatewayAssertionVerifier(identity, 'tha', { clock: clock.now });
    const khm = new GatewayAssertionVerifier(identity, 'khm', { clock: clock.now });
    const assertion = await signer.sign('tha', caller, request);
    await assert.rejects(khm.verifyHeader(assertion), unauthenticated(/does not verify/));
    const verified = await tha.verifyHeader(assertion);
    assert.deepEqual(tha.bind(verified, request), caller);
    assert.throws(() => tha.bind(verified, { ...request, body: '{}' }), unauthenticated(/another request/));
    await assert.rejects(tha.verifyHeader(assertion), unauthenticated(/already used/));
  });

  test('the signer writes a standard compact JWS: a JOSE library verifies it with the public JWKS alone', async () => {
    // signed by hand with node:crypto (bench/levers.md): other gateways' verifiers must still read it
    const clock = testClock();
    const assertion = await new GatewayAssertionSigner(key, { clock: clock.now }).sign('tha', caller, request);
    assert.deepEqual(decodeProtectedHeader(assertion), { alg: SIGNING_ALG, kid: key.kid, typ: ASSERTION_TYPE });
    const { payload } = await jwtVerify(
      assertion,
      createLocalJWKSet(readJwks(publicJwksPath(dir, 'gateway'), 'gateway')),
      { issuer: ASSERTION_ISSUER, audience: 'tha', typ: ASSERTION_TYPE, currentDate: new Date(clock.now()) },
    );
    assert.equal(payload.sub, caller.subject);
    assert.equal(payload.rh, requestHash(request));
    assert.equal(payload.exp, payload.iat! + 60);
  });

  test('the verifier caps the age at 60 s from iat, whatever exp says', async () => {
    const clock = testClock();
    const tha = new GatewayAssertionVerifier(identity, 'tha', { clock: clock.now });
    assert.equal(identity.assertionMaxAgeSec, 60);
    // a gateway (or a thief with its key for a while) writing a year-long exp
    const longLived = (jti: string) => {
      const iat = Math.floor(clock.now() / 1000);
      return new SignJWT({ member: 'TH', role: 'analyst', tid: 'tok-1', rh: requestHash(request) })
        .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: ASSERTION_TYPE })
        .setIssuer(ASSERTION_ISSUER)
        .setAudience('tha')
        .setSubject('officer@police.go.th')
        .setJti(jti)
        .setIssuedAt(iat)
        .setExpirationTime(iat + 365 * 24 * 3600)
        .sign(key.key);
    };
    const fresh = await longLived('a1');
    const stale = await longLived('a2');
    clock.advance(30_000);
    await tha.verifyHeader(fresh);
    clock.advance(36_000); // 66 s: past 60 s + 5 s tolerance
    await assert.rejects(tha.verifyHeader(stale), unauthenticated(/does not verify/));
  });

  test('an assertion from the future is refused, and a forgotten jti cannot come back', async () => {
    const clock = testClock();
    const future = new GatewayAssertionSigner(key, { clock: () => clock.now() + 60_000 });
    const tha = new GatewayAssertionVerifier(identity, 'tha', { clock: clock.now });
    await assert.rejects(
      tha.verifyHeader(await future.sign('tha', caller, request)),
      unauthenticated(/does not verify/),
    );

    const signer = new GatewayAssertionSigner(key, { clock: clock.now });
    const used = await signer.sign('tha', caller, request);
    await tha.verifyHeader(used);
    clock.advance(71_000); // the replay cache may forget it now: it is too old to be accepted anyway
    await tha.verifyHeader(await signer.sign('tha', caller, request)); // prunes
    await assert.rejects(tha.verifyHeader(used), unauthenticated(/does not verify/));
  });

  test('an assertion whose typ is not the gateway assertion type (e.g. an analyst token) is refused', async () => {
    const clock = testClock();
    const tha = new GatewayAssertionVerifier(identity, 'tha', { clock: clock.now });
    const iat = Math.floor(clock.now() / 1000);
    const untyped = await new SignJWT({ member: 'TH', role: 'analyst', tid: 't', rh: requestHash(request) })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(ASSERTION_ISSUER)
      .setAudience('tha')
      .setSubject('x')
      .setJti('u1')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .sign(key.key);
    await assert.rejects(tha.verifyHeader(untyped), unauthenticated(/does not verify/));
  });
});

describe('the node verifies the JWS itself (assertionJws.ts): what jose refused, it refuses', () => {
  let identity: IdentityConfig;
  let key: SigningKey;
  let otherKey: SigningKey;
  before(async () => {
    await ensureKeyPair(dir, 'gateway');
    await ensureKeyPair(join(dir, 'other'), 'gateway');
    identity = { ...identityFromEnv(envReader({}), dir), clockToleranceSec: 5 };
    key = await readSigningKey(privateKeyPath(dir, 'gateway'), 'gateway');
    otherKey = await readSigningKey(privateKeyPath(join(dir, 'other'), 'gateway'), 'other');
  });

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  /** A compact JWS signed by hand, so header and claims can be anything. */
  const craft = (header: object, claims: object, signWith: SigningKey = key) => {
    const input = `${b64(header)}.${b64(claims)}`;
    return `${input}.${cryptoSign(null, Buffer.from(input), KeyObject.from(signWith.key)).toString('base64url')}`;
  };

  test('a hand-made valid assertion passes, and each deviation from it is refused', async () => {
    const clock = testClock();
    const iat = Math.floor(clock.now() / 1000);
    const header = { alg: SIGNING_ALG, kid: key.kid, typ: ASSERTION_TYPE };
    let n = 0;
    const claims = () => ({
      iss: ASSERTION_ISSUER,
      aud: 'tha',
      sub: 'officer@police.go.th',
      member: 'TH',
      role: 'analyst',
      tid: 'tok-1',
      rh: requestHash(request),
      iat,
      exp: iat + 60,
      jti: `j${n++}`,
    });
    const tha = new GatewayAssertionVerifier(identity, 'tha', { clock: clock.now });
    assert.deepEqual(tha.bind(await tha.verifyHeader(craft(header, claims())), request), caller);

    const refused: [string, string][] = [
      ['another key under the same kid', craft(header, claims(), { ...otherKey, kid: key.kid })],
      ['alg none, no signature', `${b64({ ...header, alg: 'none' })}.${b64(claims())}.`],
      ['alg HS256', craft({ ...header, alg: 'HS256' }, claims())],
      ['an unknown critical header', craft({ ...header, crit: ['exp2'], exp2: 1 }, claims())],
      ['an unknown kid', craft({ ...header, kid: 'nobody' }, claims())],
      ['an audience list', craft(header, { ...claims(), aud: ['tha', 'khm'] })],
      ['no tid', craft(header, { ...claims(), tid: undefined })],
      ['no jti', craft(header, { ...claims(), jti: undefined })],
      ['a jti that is not a string', craft(header, { ...claims(), jti: 7 })],
      ['another issuer', craft(header, { ...claims(), iss: 'someone' })],
      ['expired', craft(header, { ...claims(), exp: iat - 6 })],
      ['not before the future', craft(header, { ...claims(), nbf: iat + 60 })],
      ['an iat that is not a number', craft(header, { ...claims(), iat: String(iat) })],
    ];
    const valid = craft(header, claims());
    const [h, p, s] = valid.split('.');
    refused.push(['a payload changed after signing', `${h}.${b64({ ...claims(), member: 'WG' })}.${s}`]);
    refused.push(['two signatures', `${h}.${p}.${s}.${s}`]);
    refused.push(['not base64url', `${h}.${p}.${s}=`]);
    for (const [why, token] of refused) {
      await assert.rejects(tha.verifyHeader(token), unauthenticated(/does not verify/), why);
    }
    await tha.verifyHeader(valid); // the control: only the deviations were refused
  });
});
