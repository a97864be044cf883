/**
 * `npm run compose:docker` writes docker-compose.yml from the member registry (atomically, like the
 * supergraph); `npm run compose:docker:check` renders it in memory and fails when the committed file
 * differs. `--file <path>` targets another file (tests).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { members } from '../schema/registry.js';
import { argValue } from '../shared/env.js';
import { renderComposeFile } from './dockerCompose/renderComposeFile.js';

const defaultTarget = fileURLToPath(new URL('../docker-compose.yml', import.meta.url));

function main(argv: readonly string[]): number {
  const file = argValue(argv, 'file');
  const target = file === undefined ? defaultTarget : resolve(file);
  const rendered = renderComposeFile(members);
  if (argv.includes('--check')) {
    let current: string | null = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // a missing file is simply stale
    }
    if (current !== rendered) {
      console.error(
        `${target} is ${current === null ? 'missing' : 'stale'}: run \`npm run compose:docker\` (tsx scripts/renderDockerCompose.ts) and commit the result.`,
      );
      return 1;
    }
    console.log('docker-compose.yml is up to date');
    return 0;
  }
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, rendered);
  renameSync(tmp, target);
  console.log(`wrote ${target}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
