import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import { envReader } from '../../subgraphs/shared/env.js';
import { CallerVerifier } from '../../subgraphs/shared/identity/CallerVerifier.js';
import { identityFromEnv } from '../../subgraphs/shared/identity/IdentityConfig.js';
import { issueToken } from '../../subgraphs/shared/identity/issueToken.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../../subgraphs/shared/identity/keyPairs.js';

const dir = mkdtempSync(join(tmpdir(), 'verifier-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a verified token is remembered only until it expires, and its claims come back intact', async () => {
  await ensureKeyPair(dir, 'issuer');
  const identity = { ...identityFromEnv(envReader({}), dir), clockToleranceSec: 0 };
  const key = await readSigningKey(privateKeyPath(dir, 'issuer'), 'issuer');
  const verifier = new CallerVerifier(identity);
  const token = await issueToken(key, {
    subject: 'officer@example.org',
    member: 'kh',
    role: 'investigator',
    ttl: Math.floor(Date.now() / 1000) + 2,
    issuer: identity.issuer,
    audience: identity.audience,
  });
  const first = await verifier.verify(token);
  assert.deepEqual(first, { subject: 'officer@example.org', member: 'KH', role: 'investigator', token });
  assert.deepEqual(await verifier.verify(token), first);
  await sleep(2100);
  await assert.rejects(verifier.verify(token), (e: Error & { extensions?: { code?: string } }) => {
    assert.equal(e.extensions?.code, 'UNAUTHENTICATED');
    assert.match(e.message, /expired/);
    return true;
  });
});
