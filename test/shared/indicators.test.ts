/**
 * Indicator normalisation and digests. The tables live one kind per file under ./indicators/ and run here,
 * in ONE test process: each process pays tsx and libphonenumber's metadata start-up (~1.5 s here), which
 * a dozen files would pay a dozen times. Every file of the folder is imported, so a new table cannot be
 * forgotten (issue 14 found tables that ran only when someone imported them by hand).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

/** Files of the folder that hold no tests of their own. */
const helpers = new Set(['expectations.ts']);

const folder = new URL('./indicators/', import.meta.url);
const tables = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && !helpers.has(name))
  .sort();
for (const name of tables) await import(new URL(name, folder).href);

test('every table of test/shared/indicators/ is loaded', () => {
  assert.ok(tables.length >= 12, `only ${tables.length} tables: ${tables.join(', ')}`);
  assert.ok(tables.includes('convergence.ts'));
});
