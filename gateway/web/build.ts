/**
 * `npm run web:build`: builds the dashboard and the analyst IDE into gateway/web/dist (committed, see
 * vite.config.ts). With `--check`, builds into a temporary folder instead and fails, naming the files,
 * when the committed bundle differs: the sources changed without a rebuild.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const webDir = fileURLToPath(new URL('.', import.meta.url));
export const distDir = join(webDir, 'dist');

export async function buildWeb(outDir: string = distDir): Promise<void> {
  await build({
    configFile: join(webDir, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))])),
  );
  return nested.flat().sort();
}

/** Files missing from, extra in, or different in `actual` compared with `expected`. */
export async function compareDirs(expected: string, actual: string): Promise<string[]> {
  const [want, have] = await Promise.all([listFiles(expected), listFiles(actual)]);
  const problems: string[] = [];
  for (const f of want) if (!have.includes(f)) problems.push(`missing: ${f}`);
  for (const f of have) if (!want.includes(f)) problems.push(`not built from the sources: ${f}`);
  for (const f of want.filter((x) => have.includes(x))) {
    const [a, b] = await Promise.all([readFile(join(expected, f)), readFile(join(actual, f))]);
    if (!a.equals(b)) problems.push(`differs: ${f}`);
  }
  return problems;
}

/** Rebuilds into a temporary folder and compares with the committed dist; [] when it is current. */
export async function checkWeb(): Promise<string[]> {
  const out = await mkdtemp(join(tmpdir(), 'web-check-'));
  try {
    await buildWeb(out);
    return await compareDirs(out, distDir);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const problems = await checkWeb();
    if (problems.length) {
      console.error(`gateway/web/dist is stale (run npm run web:build):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('gateway/web/dist is current');
  } else {
    await buildWeb();
    console.log(`built ${relative(process.cwd(), distDir)}`);
  }
}
