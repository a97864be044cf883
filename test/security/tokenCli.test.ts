/** `npm run token` obeys the federation's token lifetime policy, so it never prints a token the gateway refuses. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { decodeJwt } from 'jose';

const dir = mkdtempSync(join(tmpdir(), 'token-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const token = (ttl: string, env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/token.ts', '--member', 'TH', '--role', 'analyst', '--ttl', ttl],
    {
      env: { ...process.env, DATA_DIR: dir, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

test('npm run token refuses a ttl above the maximum lifetime, with a message saying so', () => {
  const tooLong = token('13h');
  assert.equal(tooLong.status, 2, tooLong.stderr);
  assert.equal(tooLong.stdout, '');
  assert.match(
    tooLong.stderr,
    /--ttl 13h is longer than the 12 h the federation accepts \(TOKEN_MAX_LIFETIME_SEC=43200\)/,
  );

  const max = token('12h');
  assert.equal(max.status, 0, max.stderr);
  const claims = decodeJwt(max.stdout.trim());
  assert.equal(claims.exp! - claims.iat!, 12 * 3600);
  assert.ok(claims.jti);

  const shorter = token('2h', { TOKEN_MAX_LIFETIME_SEC: '3600' });
  assert.equal(shorter.status, 2);
  assert.match(shorter.stderr, /TOKEN_MAX_LIFETIME_SEC=3600/);
});
