/**
 * `npm run bench:readme [-- results.json] [--check]`: renders the README's performance table from a results
 * file (default: the newest full run in bench/results) between its marker comments; --check only compares
 * and exits 1 when the README is not what the file renders. See bench/readmeSection.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { projectDir, resultsDir } from './paths.js';
import { newestFullRun, notFullRun, renderSection, type ResultsFile, spliceSection } from './readmeSection.js';
import { type BenchReport } from './results.js';

const readmePath = join(projectDir, 'README.md');

function load(path: string): ResultsFile {
  return { file: relative(projectDir, path), report: JSON.parse(readFileSync(path, 'utf8')) as BenchReport };
}

function main(): number {
  const { values, positionals } = parseArgs({ options: { check: { type: 'boolean' } }, allowPositionals: true });
  let source: ResultsFile | null;
  if (positionals[0]) {
    source = load(positionals[0]);
    const why = notFullRun(source.report);
    if (why) console.error(`bench:readme: warning: ${source.file} is not a full run (${why})`);
  } else {
    const names = readdirSync(resultsDir).filter((n) => n.endsWith('.json'));
    source = newestFullRun(names.map((n) => load(join(resultsDir, n))));
  }
  const readme = readFileSync(readmePath, 'utf8');
  const rendered = spliceSection(readme, renderSection(source));
  const from = source ? source.file : 'no full run (placeholder)';
  if (values.check) {
    if (rendered === readme) return 0;
    console.error(`README.md's performance table is not what ${from} renders: run npm run bench:readme`);
    return 1;
  }
  writeFileSync(readmePath, rendered);
  console.log(`README.md performance table rendered from ${from}`);
  return 0;
}

process.exit(main());
