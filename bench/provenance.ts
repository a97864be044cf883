/** The commit a run measured and whether the tree differed from it: figures without it can't be reproduced. */
import { spawnSync } from 'node:child_process';
import { type Provenance } from './results.js';
import { projectDir } from './paths.js';

const git = (args: string[]): string | null => {
  const r = spawnSync('git', args, { cwd: projectDir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
};

export function provenance(): Provenance {
  const commit = git(['rev-parse', 'HEAD'])?.trim() || null;
  // bench/results is where this run is about to write: its own output does not make the tree dirty
  const status = git(['status', '--porcelain', '--', '.', ':(exclude)bench/results']) ?? '';
  return { commit, dirty: status.split('\n').filter((l) => l.trim() !== '') };
}
