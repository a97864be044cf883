/**
 * Runs *.test.ts files with node:test through tsx: every file under test/ (what `npm test` runs, one run and
 * one TAP summary), one tier (`--tier unit|integration|e2e`), or the files/folders given. Node 20 does not
 * expand globs itself, and a shell glob would differ between sh and bash, so the list is built here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tierOf, tiers, type Tier } from './tiers.js';

function collect(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === 'node_modules' ? [] : collect(join(path, name))));
}

const args = process.argv.slice(2);
const tierAt = args.indexOf('--tier');
const tier = tierAt >= 0 ? (args[tierAt + 1] as Tier) : undefined;
if (tierAt >= 0 && !tiers.includes(tier!)) {
  console.error(`--tier takes one of ${tiers.join(', ')}; got ${args[tierAt + 1] ?? 'nothing'}`);
  process.exit(2);
}
const roots = args.filter((_, i) => tierAt < 0 || (i !== tierAt && i !== tierAt + 1));
const files = (roots.length ? roots : ['test']).flatMap(collect).filter((f) => !tier || tierOf(f) === tier);
if (files.length === 0) {
  console.error(`no *.test.ts files under ${roots.join(', ') || 'test'}${tier ? ` in tier ${tier}` : ''}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
