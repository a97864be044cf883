/**
 * `npm run keys -- --out DIR [--name gateway|issuer]`: generates an Ed25519 key pair as the parts read it:
 * `<name>.private.jwk` (mode 0600, the signer's secret) and `<name>.jwks.json` (the public set verifiers get).
 * The working group runs it once for the gateway's key (and, for a test issuer, `--name issuer`); for
 * docker-compose copy them to secrets/gateway-key.jwk and secrets/gateway-jwks.json.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureKeyPair, privateKeyPath, publicJwksPath, type KeyName } from '../subgraphs/shared/identity/keyPairs.js';

const { values } = parseArgs({
  options: { out: { type: 'string' }, name: { type: 'string', default: 'gateway' }, help: { type: 'boolean' } },
});
if (values.help || !values.out || !['gateway', 'issuer'].includes(values.name!)) {
  console.log(
    'Usage: npm run keys -- --out DIR [--name gateway|issuer]\nWrites DIR/<name>.private.jwk and DIR/<name>.jwks.json; never overwrites.',
  );
  process.exit(values.help ? 0 : 2);
}
const name = values.name as KeyName;
const out = resolve(values.out);
// ensureKeyPair writes under <dir>/keys; generate there, then move the two files into --out
const staging = join(out, '.staging');
if (existsSync(join(out, `${name}.private.jwk`))) {
  console.error(`${join(out, `${name}.private.jwk`)} exists; not overwriting a key`);
  process.exit(1);
}
await ensureKeyPair(staging, name);
renameSync(privateKeyPath(staging, name), join(out, `${name}.private.jwk`));
renameSync(publicJwksPath(staging, name), join(out, `${name}.jwks.json`));
rmSync(staging, { recursive: true, force: true });
console.log(`wrote ${join(out, `${name}.private.jwk`)} (secret) and ${join(out, `${name}.jwks.json`)} (public)`);
