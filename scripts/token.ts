/**
 * `npm run token -- --member TH --role analyst [--ttl 8h] [--subject alice@police.go.th]`: prints a token
 * signed by the LOCAL working-group issuer (its key is generated under DATA_DIR/keys on first use). In
 * production the working group's own issuer signs tokens; this command is for local use and tests.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { members } from '../schema/registry.js';
import { ConfigError, envReader } from '../shared/env.js';
import { roles, WORKING_GROUP, type Role } from '../shared/identity/Caller.js';
import { identityFromEnv } from '../shared/identity/IdentityConfig.js';
import { issueToken } from '../shared/identity/issueToken.js';
import { ensureKeyPair, privateKeyPath, readSigningKey } from '../shared/identity/keyPairs.js';

const usage = `Usage: npm run token -- --member XX --role ROLE [--ttl 8h] [--subject NAME]

Prints an analyst token from the local working-group issuer (DATA_DIR/keys, default ./data/keys).

  --member XX     alpha-2 code of the caller's member (${members.map((m) => m.code).join(', ')}) or ${WORKING_GROUP}
  --role ROLE     ${roles.join(', ')}
  --ttl T         lifetime, e.g. 30m, 8h (default 8h); at most TOKEN_MAX_LIFETIME_SEC (default 12h)
  --subject S     who the caller is (default <member>-<role>@local)

Example: TOKEN=$(npm run -s token -- --member TH --role analyst)
         curl -H "authorization: Bearer $TOKEN" ...`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      member: { type: 'string' },
      role: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
      subject: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const member = (values.member ?? '').toUpperCase();
  if (member !== WORKING_GROUP && !members.some((m) => m.code === member)) {
    console.error(`--member must be one of ${members.map((m) => m.code).join(', ')} or ${WORKING_GROUP}\n\n${usage}`);
    return 2;
  }
  const role = values.role as Role;
  if (!roles.includes(role)) {
    console.error(`--role must be one of ${roles.join(', ')}\n\n${usage}`);
    return 2;
  }
  if (!/^\d+[smhd]$/.test(values.ttl!)) {
    console.error(`--ttl must look like 30m, 8h or 7d, got ${JSON.stringify(values.ttl)}`);
    return 2;
  }
  const env = envReader(process.env);
  const dataDir = resolve(env.string('DATA_DIR', 'data'));
  const identity = identityFromEnv(env, dataDir);
  const ttlSec = Number(values.ttl!.slice(0, -1)) * { s: 1, m: 60, h: 3600, d: 86400 }[values.ttl!.slice(-1) as 's'];
  if (ttlSec > identity.maxTokenLifetimeSec) {
    // the gateway refuses any token that lives longer (CallerVerifier): better to say so now
    console.error(
      `--ttl ${values.ttl} is longer than the ${identity.maxTokenLifetimeSec / 3600} h the federation accepts ` +
        `(TOKEN_MAX_LIFETIME_SEC=${identity.maxTokenLifetimeSec}); the gateway would refuse this token`,
    );
    return 2;
  }
  await ensureKeyPair(dataDir, 'issuer');
  const key = await readSigningKey(privateKeyPath(dataDir, 'issuer'), 'issuer key');
  const token = await issueToken(key, {
    subject: values.subject ?? `${member.toLowerCase()}-${role}@local`,
    member,
    role,
    ttl: values.ttl!,
    issuer: identity.issuer,
    audience: identity.audience,
  });
  console.log(token);
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    console.error(e instanceof ConfigError || e instanceof TypeError ? `token: ${e.message}` : e);
    process.exit(e instanceof ConfigError || e instanceof TypeError ? 2 : 1);
  });
