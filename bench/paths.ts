/** Where the bench keeps its data, its Hive install and its results (all under bench/; data/ and .hive/ are gitignored). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const benchDir = fileURLToPath(new URL('.', import.meta.url));
export const projectDir = join(benchDir, '..');
export const dataRoot = join(benchDir, 'data');
export const hiveDir = join(benchDir, '.hive');
export const resultsDir = join(benchDir, 'results');
export const dataDirFor = (reports: number) => join(dataRoot, String(reports));
