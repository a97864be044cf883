/**
 * Key pairs the keying service's clients (each node, the hub) sign their per-request tokens with. The
 * private JWK's `kid` IS the client's identity (`node:TH`, `hub`); the service holds the public keys as one
 * JWKS, so a token verifies only under its own identity's key. Locally the first `npm start` generates them
 * under <DATA_DIR>/keys; in production each client's private key is a mounted secret and the working group
 * assembles the service's JWKS from the public halves (`npm run keys -- --keying-client node:TH --out DIR`).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { SIGNING_ALG } from '../identity/keyPairs.js';

const fileSafe = (identity: string) => identity.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export const clientKeyPath = (dataDir: string, identity: string) =>
  join(dataDir, 'keys', `keying-client-${fileSafe(identity)}.private.jwk`);
export const clientsJwksPath = (dataDir: string) => join(dataDir, 'keys', 'keying-clients.jwks.json');

function writeOnce(file: string, text: string, mode: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  if (existsSync(file)) rmSync(tmp);
  else renameSync(tmp, file);
}

/** Creates `identity`'s private key file when missing (never overwrites); returns its public JWK. */
export async function ensureClientKey(file: string, identity: string): Promise<JWK> {
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: identity, alg: SIGNING_ALG, use: 'sig' };
    writeOnce(file, JSON.stringify(jwk), 0o600);
  }
  const { d: _secret, ...publicJwk } = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  return publicJwk;
}

/** Every client's key under <dataDir>/keys and the service's JWKS of their public halves. */
export async function ensureClientKeys(dataDir: string, identities: readonly string[]): Promise<string> {
  const keys = await Promise.all(identities.map((id) => ensureClientKey(clientKeyPath(dataDir, id), id)));
  const file = clientsJwksPath(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ keys }, null, 2), { mode: 0o644 });
  return file;
}
