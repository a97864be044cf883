/** The owner's service-levels file: defaults for what it leaves out, every mistake named by line. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  defaultServiceLevels,
  loadServiceLevels,
  parseServiceLevels,
  ServiceLevelsError,
} from '../../subgraphs/national/requests/serviceLevels.js';

const hour = 3_600_000;

test('without a file: a freeze is due in 1 h, everything else in 48 h', () => {
  assert.equal(loadServiceLevels(undefined), defaultServiceLevels);
  assert.equal(defaultServiceLevels.FREEZE_ACCOUNT, hour);
  for (const action of ['BLOCK_NUMBER', 'TAKE_DOWN', 'IDENTIFY_HOLDER', 'PRESERVE_EVIDENCE'] as const) {
    assert.equal(defaultServiceLevels[action], 48 * hour, action);
  }
});

test('a file sets the actions it names and keeps the defaults for the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-'));
  const file = join(dir, 'service-levels.txt');
  writeFileSync(file, '# Cambodia\nFREEZE_ACCOUNT 30m\nBLOCK_NUMBER   24h   # through the TRC\n\nTAKE_DOWN 3d\n');
  const levels = loadServiceLevels(file);
  assert.deepEqual(levels, {
    ...defaultServiceLevels,
    FREEZE_ACCOUNT: 30 * 60_000,
    BLOCK_NUMBER: 24 * hour,
    TAKE_DOWN: 72 * hour,
  });
});

test('every mistake is reported with its line; a missing file names the variable', () => {
  const text =
    'FREEZE_ACCOUNT 1h\nSEIZE_HOUSE 1h\nBLOCK_NUMBER soon\nFREEZE_ACCOUNT 2h\nTAKE_DOWN\nTAKE_DOWN 0h\nTAKE_DOWN 91d\n';
  assert.throws(
    () => parseServiceLevels(text, 'kh-sla.txt'),
    (e: Error) => {
      assert.ok(e instanceof ServiceLevelsError);
      assert.match(e.message, /^kh-sla\.txt:/);
      assert.match(e.message, /2: unknown action "SEIZE_HOUSE"/);
      assert.match(e.message, /3: invalid duration "soon"/);
      assert.match(e.message, /4: FREEZE_ACCOUNT already set on line 1/);
      assert.match(e.message, /5: expected 2 fields/);
      assert.match(e.message, /6: invalid duration "0h"/);
      assert.match(e.message, /7: invalid duration "91d"/);
      return true;
    },
  );
  assert.throws(() => loadServiceLevels('/nonexistent/sla.txt'), /SERVICE_LEVELS_FILE: cannot read/);
});
