import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeJwt, SignJWT } from 'jose';
import { envReader } from '../../shared/env.js';
import { CallerVerifier } from '../../shared/identity/CallerVerifier.js';
import { identityFromEnv, type IdentityConfig } from '../../shared/identity/IdentityConfig.js';
import { issueToken } from '../../shared/identity/issueToken.js';
import {
  ensureKeyPair,
  privateKeyPath,
  readSigningKey,
  SIGNING_ALG,
  type SigningKey,
} from '../../shared/identity/keyPairs.js';
import { testClock, unauthenticated } from '../helpers/identityTesting.js';

const dir = mkdtempSync(join(tmpdir(), 'verifier-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('CallerVerifier: token policy at the edge, on an injected clock', () => {
  let identity: IdentityConfig;
  let key: SigningKey;
  before(async () => {
    await ensureKeyPair(dir, 'issuer');
    identity = { ...identityFromEnv(envReader({}), dir), clockToleranceSec: 0 };
    key = await readSigningKey(privateKeyPath(dir, 'issuer'), 'issuer');
  });

  /** Signed by the real issuer key at the test clock's time. */
  const token = (nowMs: number, lifetimeSec: number, claims: Record<string, unknown> = {}) => {
    const iat = Math.floor(nowMs / 1000);
    return new SignJWT({ member: 'kh', role: 'investigator', ...claims })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(identity.issuer)
      .setAudience(identity.audience)
      .setSubject(String(claims.sub ?? 'officer@example.org'))
      .setJti(String(claims.jti ?? randomUUID()))
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetimeSec)
      .sign(key.key);
  };

  test('a verified token is remembered only until it expires, and its claims come back intact', async () => {
    const clock = testClock();
    const verifier = new CallerVerifier(identity, { clock: clock.now });
    const t = await token(clock.now(), 2, { jti: 'token-1' });
    const first = await verifier.verify(t);
    assert.deepEqual(first, { subject: 'officer@example.org', member: 'KH', role: 'investigator', tokenId: 'token-1' });
    assert.deepEqual(await verifier.verify(t), first);
    clock.advance(2100);
    await assert.rejects(verifier.verify(t), unauthenticated(/expired/));
  });

  test('a token living longer than the maximum (exp - iat) is refused; the maximum is configurable', async () => {
    const clock = testClock();
    const verifier = new CallerVerifier(identity, { clock: clock.now });
    assert.equal(identity.maxTokenLifetimeSec, 12 * 3600, 'default 12 h');
    await verifier.verify(await token(clock.now(), 12 * 3600));
    await assert.rejects(verifier.verify(await token(clock.now(), 12 * 3600 + 1)), unauthenticated(/longer than/));
    // the year-9999 token of the red-team run
    const forever = await new SignJWT({ member: 'KH', role: 'analyst' })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(identity.issuer)
      .setAudience(identity.audience)
      .setSubject('x')
      .setJti('j')
      .setIssuedAt(Math.floor(clock.now() / 1000))
      .setExpirationTime(253402300799)
      .sign(key.key);
    await assert.rejects(verifier.verify(forever), unauthenticated(/longer than/));
    const shortPolicy = new CallerVerifier({ ...identity, maxTokenLifetimeSec: 600 }, { clock: clock.now });
    await assert.rejects(shortPolicy.verify(await token(clock.now(), 3600)), unauthenticated(/600 s/));
    const fromEnv = identityFromEnv(envReader({ TOKEN_MAX_LIFETIME_SEC: '3600' }), dir);
    assert.equal(fromEnv.maxTokenLifetimeSec, 3600);
  });

  test('iat and jti are required; a token issued in the future is refused', async () => {
    const clock = testClock();
    const verifier = new CallerVerifier(identity, { clock: clock.now });
    const noIat = await new SignJWT({ member: 'KH', role: 'analyst' })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(identity.issuer)
      .setAudience(identity.audience)
      .setSubject('x')
      .setJti('j')
      .setExpirationTime(Math.floor(clock.now() / 1000) + 60)
      .sign(key.key);
    await assert.rejects(verifier.verify(noIat), unauthenticated(/no "iat" claim/));
    const noJti = await new SignJWT({ member: 'KH', role: 'analyst' })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid })
      .setIssuer(identity.issuer)
      .setAudience(identity.audience)
      .setSubject('x')
      .setIssuedAt(Math.floor(clock.now() / 1000))
      .setExpirationTime(Math.floor(clock.now() / 1000) + 60)
      .sign(key.key);
    await assert.rejects(verifier.verify(noJti), unauthenticated(/no "jti" claim/));
    await assert.rejects(verifier.verify(await token(clock.now() + 3_600_000, 60)), unauthenticated(/future/));
  });

  test('claims are checked with the rule the nodes apply: subject length, member, role', async () => {
    const clock = testClock();
    const verifier = new CallerVerifier(identity, { clock: clock.now });
    await verifier.verify(await token(clock.now(), 60, { sub: 's'.repeat(200) }));
    await assert.rejects(
      verifier.verify(await token(clock.now(), 60, { sub: 's'.repeat(201) })),
      unauthenticated(/"sub"/),
    );
    await assert.rejects(verifier.verify(await token(clock.now(), 60, { member: 'XX' })), unauthenticated(/"member"/));
    await assert.rejects(verifier.verify(await token(clock.now(), 60, { role: 'root' })), unauthenticated(/"role"/));
  });

  test('the revocation list is re-read when it changes, without a restart, even for a token already verified', async () => {
    const clock = testClock();
    const file = join(dir, 'revoked.txt');
    writeFileSync(file, '# nothing revoked yet\n');
    const verifier = new CallerVerifier(
      { ...identity, revocationFile: file, revocationPollMs: 5000 },
      { clock: clock.now },
    );
    const stolen = await token(clock.now(), 3600, { jti: 'stolen-token', sub: 'a@test' });
    const departed = await token(clock.now(), 3600, { sub: 'departed@test' });
    const other = await token(clock.now(), 3600, { sub: 'b@test' });
    for (const t of [stolen, departed, other]) await verifier.verify(t);

    // written atomically (a new inode), as an operator's tooling would
    writeFileSync(`${file}.tmp`, 'token stolen-token   # reported stolen\nsubject departed@test\n');
    renameSync(`${file}.tmp`, file);
    clock.advance(4000);
    await verifier.verify(stolen); // not looked at again before the poll interval
    clock.advance(1000);
    await assert.rejects(verifier.verify(stolen), unauthenticated(/revoked/));
    await assert.rejects(verifier.verify(departed), unauthenticated(/revoked/));
    await verifier.verify(other);

    // a broken file keeps the previous list in force rather than un-revoking everyone
    writeFileSync(file, 'this is not a revocation\n');
    clock.advance(5000);
    await assert.rejects(verifier.verify(stolen), unauthenticated(/revoked/));

    writeFileSync(file, '');
    clock.advance(5000);
    await verifier.verify(stolen);
  });

  test('a revocation file that cannot be read or parsed at start stops the part, naming the line', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'token ok-1\nrevoke everyone\n');
    assert.throws(
      () => new CallerVerifier({ ...identity, revocationFile: bad }),
      (e: Error) => e.name === 'ConfigError' && /bad\.txt:2:/.test(e.message),
    );
    assert.throws(
      () => new CallerVerifier({ ...identity, revocationFile: join(dir, 'missing.txt') }),
      (e: Error) => e.name === 'ConfigError' && /REVOCATION_FILE/.test(e.message),
    );
  });

  test('issueToken writes iat and jti from one clock reading, so its tokens pass the policy', async () => {
    const verifier = new CallerVerifier(identity);
    const t = await issueToken(key, {
      subject: 'a@test',
      member: 'TH',
      role: 'analyst',
      ttl: '12h',
      issuer: identity.issuer,
      audience: identity.audience,
    });
    assert.match((await verifier.verify(t)).tokenId, /^[0-9a-f-]{36}$/);
    // one clock reading for both: a 12 h token is never 12 h 1 s long, whatever second it was signed in
    const claims = decodeJwt(t);
    assert.equal(claims.exp! - claims.iat!, 12 * 3600);
  });
});
