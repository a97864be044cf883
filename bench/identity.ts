/**
 * The bench's caller identity: the issuer and gateway key pairs in the bench data folder (as a first local
 * start creates them), one analyst token for every request to a gateway, and gateway assertions for the
 * requests the bench sends straight to a node (the direct floor): a node answers only requests a gateway
 * asserted (docs/gateway-protocol.md), and never takes an analyst's token.
 */
import { decodeJwt } from 'jose';
import { envReader } from '../shared/env.js';
import { ASSERTION_HEADER, GatewayAssertionSigner } from '../shared/identity/GatewayAssertion.js';
import { identityFromEnv } from '../shared/identity/IdentityConfig.js';
import { issueToken } from '../shared/identity/issueToken.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../shared/identity/keyPairs.js';
import { type Caller, type Role } from '../shared/identity/Caller.js';

export interface BenchIdentity {
  /** `Authorization` header value. */
  authorization: string;
  token: string;
  caller: { member: string; role: Role };
  /** An assertion for one POST of `body` to one subgraph (each is single-use, and lives 60 s). */
  proof(subgraph: string, body: string, target?: string): Promise<string>;
}

export const proofHeader = ASSERTION_HEADER;

export async function prepareIdentity(dataDir: string, caller: { member: string; role: Role }): Promise<BenchIdentity> {
  await ensureKeyPair(dataDir, 'issuer');
  await ensureKeyPair(dataDir, 'gateway');
  const config = identityFromEnv(envReader({}), dataDir);
  const token = await issueToken(await readSigningKey(privateKeyPath(dataDir, 'issuer'), 'issuer key'), {
    subject: 'bench',
    member: caller.member,
    role: caller.role,
    ttl: '12h',
    issuer: config.issuer,
    audience: config.audience,
  });
  const asserted: Caller = { subject: 'bench', ...caller, tokenId: String(decodeJwt(token).jti) };
  const signer = new GatewayAssertionSigner(await readSigningKey(privateKeyPath(dataDir, 'gateway'), 'gateway key'));
  return {
    authorization: `Bearer ${token}`,
    token,
    caller,
    proof: (subgraph, body, target = '/graphql') => signer.sign(subgraph, asserted, { method: 'POST', target, body }),
  };
}
