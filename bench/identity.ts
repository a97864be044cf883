/**
 * The bench's caller identity: the issuer and gateway key pairs in the bench data folder (as a first local
 * start creates them), one analyst token for every request, and gateway proofs for the requests the bench
 * sends straight to a node (the direct floor), since a node answers only requests the gateway vouched for.
 */
import { envReader } from '../subgraphs/shared/env.js';
import { GatewayProofSigner, PROOF_HEADER } from '../subgraphs/shared/identity/GatewayProof.js';
import { identityFromEnv } from '../subgraphs/shared/identity/IdentityConfig.js';
import { issueToken } from '../subgraphs/shared/identity/issueToken.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../subgraphs/shared/identity/keyPairs.js';
import { type Role } from '../subgraphs/shared/identity/Caller.js';

export interface BenchIdentity {
  /** `Authorization` header value. */
  authorization: string;
  token: string;
  caller: { member: string; role: Role };
  /** A proof for one request body to one subgraph (each proof is single-use). */
  proof(subgraph: string, body: string): Promise<string>;
}

export const proofHeader = PROOF_HEADER;

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
  const signer = new GatewayProofSigner(await readSigningKey(privateKeyPath(dataDir, 'gateway'), 'gateway key'));
  return {
    authorization: `Bearer ${token}`,
    token,
    caller,
    proof: (subgraph, body) => signer.sign(subgraph, body, token),
  };
}
