/**
 * Key tools for the working group:
 * - `npm run keys -- --out DIR [--name gateway|issuer]`: an Ed25519 key pair as the parts read it:
 *   `<name>.private.jwk` (mode 0600, the signer's secret) and `<name>.jwks.json` (the public set verifiers
 *   get). For docker-compose copy them to secrets/gateway-key.jwk and secrets/gateway-jwks.json.
 * - `npm run keys -- --out DIR --keying-client node:TH` (or `hub`): a client key for the keying service,
 *   `keying-client-<id>.private.jwk` (its kid is the identity; give it to that node or the hub) and
 *   `keying-clients.jwks.json`, the service's list of every client generated into DIR so far.
 * - `npm run keys -- --out DIR --keying-key [--key-id o2]`: the keying service's OPRF key,
 *   `keying-oprf-key.json` (mode 0600), or the next generation's `keying-oprf-key-o2.json` for a key
 *   rotation (docs/operators.md); it stays with the keying service, never with a node.
 * Never overwrites a key.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureKeyPair, privateKeyPath, publicJwksPath, type KeyName } from '../shared/identity/keyPairs.js';
import { writeKeyFile } from '../shared/indicatorKey.js';
import { currentKeyId, keyIdShape } from '../shared/indicators/keyIds.js';
import { clientKeyPath, ensureClientKey } from '../shared/keying/clientKeys.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    name: { type: 'string', default: 'gateway' },
    'keying-client': { type: 'string' },
    'keying-key': { type: 'boolean' },
    'key-id': { type: 'string' },
    help: { type: 'boolean' },
  },
});
const usage = `Usage: npm run keys -- --out DIR [--name gateway|issuer | --keying-client node:XX|hub | --keying-key [--key-id o2]]
Writes DIR/<name>.private.jwk and DIR/<name>.jwks.json, a keying-service client key, or the keying
service's OPRF key (--key-id: another generation than o1, for a key rotation); never overwrites.`;
if (values.help || !values.out || !['gateway', 'issuer'].includes(values.name!)) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const out = resolve(values.out);

if (values['keying-key']) {
  const keyId = values['key-id'] ?? currentKeyId;
  if (!keyIdShape.test(keyId)) {
    console.error(`--key-id: ${JSON.stringify(keyId)} is not a key id (1 to 16 lowercase letters or digits)`);
    process.exit(2);
  }
  const file = join(out, keyId === currentKeyId ? 'keying-oprf-key.json' : `keying-oprf-key-${keyId}.json`);
  if (existsSync(file)) {
    console.error(`${file} exists; not overwriting a key`);
    process.exit(1);
  }
  writeKeyFile(file, keyId);
  console.log(`wrote ${file} (key id ${keyId}; secret: the keying service's only)`);
  process.exit(0);
}

const client = values['keying-client'];
if (client) {
  if (!/^(node:[A-Z]{2}|hub)$/.test(client)) {
    console.error(`--keying-client: expected node:XX (a member's alpha-2 code) or hub, got ${JSON.stringify(client)}`);
    process.exit(2);
  }
  // clientKeyPath puts keys under <dir>/keys; generate there, then move the file into --out
  const staged = clientKeyPath(join(out, '.staging'), client);
  const target = join(out, staged.split('/').at(-1)!);
  if (existsSync(target)) {
    console.error(`${target} exists; not overwriting a key`);
    process.exit(1);
  }
  await ensureClientKey(staged, client);
  renameSync(staged, target);
  rmSync(join(out, '.staging'), { recursive: true, force: true });
  const keys = readdirSync(out)
    .filter((f) => /^keying-client-.*\.private\.jwk$/.test(f))
    .map((f) => {
      const { d: _secret, ...pub } = JSON.parse(readFileSync(join(out, f), 'utf8')) as Record<string, unknown>;
      return pub;
    });
  writeFileSync(join(out, 'keying-clients.jwks.json'), JSON.stringify({ keys }, null, 2));
  console.log(
    `wrote ${target} (secret, for ${client}) and ${join(out, 'keying-clients.jwks.json')} (public, for the keying service)`,
  );
  process.exit(0);
}

const name = values.name as KeyName;
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
