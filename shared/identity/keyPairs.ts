/**
 * Signing keys of the working group's token issuer and of the gateway, as JWK files. Locally the first start
 * generates both under <DATA_DIR>/keys (private key file mode 0600, public set as a JWKS); in production the
 * issuer's public keys come from its JWKS URL and the gateway's private key from a mounted secret.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { ConfigError } from '../env.js';

export const SIGNING_ALG = 'EdDSA';

export type KeyName = 'issuer' | 'gateway';

export const privateKeyPath = (dataDir: string, name: KeyName) => join(dataDir, 'keys', `${name}.private.jwk`);
export const publicJwksPath = (dataDir: string, name: KeyName) => join(dataDir, 'keys', `${name}.jwks.json`);

function writeAtomically(file: string, text: string, mode: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  if (existsSync(file)) rmSync(tmp);
  else renameSync(tmp, file);
}

/** Creates the key pair files when missing (never overwrites: parallel first starts keep one pair). */
export async function ensureKeyPair(dataDir: string, name: KeyName): Promise<void> {
  if (existsSync(privateKeyPath(dataDir, name))) return;
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
  const kid = `${name}-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  const priv = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  const pub = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  writeAtomically(publicJwksPath(dataDir, name), JSON.stringify({ keys: [pub] }, null, 2), 0o644);
  writeAtomically(privateKeyPath(dataDir, name), JSON.stringify(priv), 0o600);
}

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

export async function readSigningKey(file: string, variable: string): Promise<SigningKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  } catch (e) {
    throw new ConfigError(`${variable}: cannot read the private key ${file}: ${(e as Error).message}`);
  }
  if (!jwk.kid || !jwk.d) throw new ConfigError(`${variable}: ${file} is not a private JWK with a kid`);
  return { kid: jwk.kid, key: (await importJWK(jwk, SIGNING_ALG)) as CryptoKey };
}

export function readJwks(file: string, variable: string): { keys: JWK[] } {
  try {
    const jwks = JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] };
    if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error('no keys');
    return jwks;
  } catch (e) {
    throw new ConfigError(`${variable}: cannot read the JWKS ${file}: ${(e as Error).message}`);
  }
}
