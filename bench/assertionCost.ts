/**
 * `npx tsx bench/assertionCost.ts [--ops 500] [--rounds 10]`: CPU per gateway assertion, signed and
 * verified, by the product's GatewayAssertionSigner/Verifier and by jose's SignJWT/jwtVerify (what they
 * used before bench/levers.md lever 2). A lookup costs 13 of each (one per subgraph call). The two are
 * measured in alternating blocks in one process and the minimum block is kept: on a shared machine other
 * load only adds CPU time, and alternation shares any drift between the two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose';
import { envReader } from '../shared/env.js';
import type { Caller } from '../shared/identity/Caller.js';
import {
  ASSERTION_ISSUER,
  ASSERTION_TYPE,
  GatewayAssertionSigner,
  GatewayAssertionVerifier,
  requestHash,
} from '../shared/identity/GatewayAssertion.js';
import { identityFromEnv } from '../shared/identity/IdentityConfig.js';
import {
  ensureKeyPair,
  privateKeyPath,
  publicJwksPath,
  readJwks,
  readSigningKey,
  SIGNING_ALG,
} from '../shared/identity/keyPairs.js';

const { values } = parseArgs({
  options: { ops: { type: 'string', default: '500' }, rounds: { type: 'string', default: '10' } },
});
const ops = Number(values.ops);
const dir = mkdtempSync(join(tmpdir(), 'assertion-cost-'));
try {
  await ensureKeyPair(dir, 'gateway');
  const key = await readSigningKey(privateKeyPath(dir, 'gateway'), 'gateway');
  const identity = identityFromEnv(envReader({}), dir);
  const jwks = createLocalJWKSet(readJwks(publicJwksPath(dir, 'gateway'), 'gateway'));
  const caller: Caller = { subject: 'analyst@police.go.th', member: 'TH', role: 'analyst', tokenId: 'tok-1' };
  const request = { method: 'POST', target: '/graphql', body: '{"query":"{ _entities { __typename } }"}'.repeat(20) };

  const signer = new GatewayAssertionSigner(key);
  const joseSign = () => {
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT({ member: caller.member, role: caller.role, tid: caller.tokenId, rh: requestHash(request) })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: ASSERTION_TYPE })
      .setIssuer(ASSERTION_ISSUER)
      .setAudience('tha')
      .setSubject(caller.subject)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(crypto.randomUUID())
      .sign(key.key);
  };
  const verifier = new GatewayAssertionVerifier(identity, 'tha');
  const joseVerify = (token: string) =>
    jwtVerify(token, jwks, {
      issuer: ASSERTION_ISSUER,
      audience: 'tha',
      typ: ASSERTION_TYPE,
      algorithms: [SIGNING_ALG],
      clockTolerance: 5,
      maxTokenAge: 60,
      requiredClaims: ['sub', 'jti', 'iat', 'exp', 'tid', 'rh'],
    });

  /** CPU microseconds per operation over one block (tokens are prepared outside the measured block). */
  const block = async (op: (i: number) => Promise<unknown>) => {
    const before = process.cpuUsage();
    for (let i = 0; i < ops; i++) await op(i);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / ops;
  };
  const cases: Record<string, () => Promise<number>> = {
    'sign, jose': () => block(() => joseSign()),
    'sign, product': () => block(() => signer.sign('tha', caller, request)),
    'verify, jose': async () => {
      const tokens = await Promise.all(Array.from({ length: ops }, () => signer.sign('tha', caller, request)));
      return block((i) => joseVerify(tokens[i]!));
    },
    'verify, product': async () => {
      const tokens = await Promise.all(Array.from({ length: ops }, () => signer.sign('tha', caller, request)));
      return block((i) => verifier.verifyHeader(tokens[i]!));
    },
  };
  const best = new Map<string, number>();
  for (let r = 0; r < Number(values.rounds) + 1; r++) {
    for (const [name, run] of Object.entries(cases)) {
      const us = await run();
      if (r > 0) best.set(name, Math.min(best.get(name) ?? Infinity, us)); // round 0 warms the JIT up
    }
  }
  for (const [name, us] of best) process.stdout.write(`${name.padEnd(16)} ${us.toFixed(1)} us CPU (min block)\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
