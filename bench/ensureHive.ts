/**
 * Hive Gateway for the comparison, installed into bench/.hive on first use: about 500 MB, so it is never a
 * dependency of the product (package.json) and a fresh clone pays for it only when someone benchmarks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hiveDir } from './paths.js';

export const hiveSpec = '@graphql-hive/gateway@~2.15';

export function installedHiveVersion(): string | null {
  try {
    const pkg = JSON.parse(
      readFileSync(join(hiveDir, 'node_modules', '@graphql-hive', 'gateway', 'package.json'), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? null;
  } catch {
    return null;
  }
}

export function ensureHive(log: (line: string) => void): string {
  const version = installedHiveVersion();
  if (version?.startsWith('2.15.')) return version;
  mkdirSync(hiveDir, { recursive: true });
  const manifest = join(hiveDir, 'package.json');
  if (!existsSync(manifest)) {
    // formatted as prettier would: `npm run lint` checks every JSON file outside .prettierignore
    writeFileSync(manifest, `${JSON.stringify({ name: 'bench-hive', private: true, type: 'module' }, null, 2)}\n`);
  }
  log(`installing ${hiveSpec} into ${hiveDir} (once; about 500 MB)`);
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(
    command,
    [...prefix, 'install', '--prefix', hiveDir, '--no-save', '--no-audit', '--no-fund', hiveSpec, 'graphql@16'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const installed = installedHiveVersion();
  if (result.status !== 0 || !installed)
    throw new Error(`npm install of ${hiveSpec} into ${hiveDir} failed (exit ${result.status})`);
  return installed;
}
