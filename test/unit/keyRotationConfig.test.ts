/**
 * Key rotation's configuration: ACCEPTED_KEY_IDS (which generations a node and the hub accept, default
 * o1), KEYING_OTHER_KEY_FILES (the generations the keying service holds beside its current one, each once)
 * and the node's re-key allowance (KEYING_BUDGET_REKEY, its own window `rekey:node:XX`); ids of a
 * generation outside the accepted list are BAD_USER_INPUT naming its key id.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GraphQLError } from 'graphql';
import { Budget, budgetFor } from '../../keying/Budget.js';
import { loadKeyingConfig } from '../../keying/config.js';
import { loadHubConfig } from '../../subgraphs/hub/config.js';
import { loadNationalConfig } from '../../subgraphs/national/config.js';
import { parseIndicatorId } from '../../shared/indicators/index.js';

const dir = mkdtempSync(join(tmpdir(), 'key-rotation-config-'));
const keyFile = (name: string, id: string) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ id, secret: Buffer.alloc(32, id.length + name.length).toString('base64') }));
  return file;
};
const hex = 'ab'.repeat(32);

describe('key rotation configuration', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ACCEPTED_KEY_IDS: the generations a node and the hub accept, o1 by default, checked', () => {
    assert.deepEqual(loadHubConfig({ DATA_DIR: dir }).keyIds, ['o1']);
    assert.deepEqual(loadHubConfig({ DATA_DIR: dir, ACCEPTED_KEY_IDS: 'o1, o2' }).keyIds, ['o1', 'o2']);
    assert.deepEqual(loadNationalConfig({ DATA_DIR: dir, COUNTRY: 'TH', ACCEPTED_KEY_IDS: 'o2' }, []).keyIds, ['o2']);
    assert.throws(
      () => loadHubConfig({ DATA_DIR: dir, ACCEPTED_KEY_IDS: 'o1,O2!' }),
      /ACCEPTED_KEY_IDS: "O2!" is not a key id/,
    );
  });

  test('an id of a generation outside the accepted list is BAD_USER_INPUT naming its key id', () => {
    assert.deepEqual(parseIndicatorId(`PHONE:o2:${hex}`, ['o1', 'o2']), { kind: 'PHONE', digest: `o2:${hex}` });
    assert.throws(
      () => parseIndicatorId(`PHONE:o1:${hex}`, ['o2']),
      (e: unknown) =>
        e instanceof GraphQLError &&
        e.extensions.code === 'BAD_USER_INPUT' &&
        e.extensions.field === 'id' &&
        /unknown key id o1; this federation keys indicators with o2/.test(e.message),
    );
  });

  test('KEYING_OTHER_KEY_FILES: the generations held beside the current one, each once', () => {
    const o1 = keyFile('o1.json', 'o1');
    const o2 = keyFile('o2.json', 'o2');
    const config = loadKeyingConfig({ DATA_DIR: dir, KEYING_KEY_FILE: o1, KEYING_OTHER_KEY_FILES: `${o2}` });
    assert.deepEqual([config.key.id, ...config.otherKeys.map((k) => k.id)], ['o1', 'o2']);
    assert.deepEqual(loadKeyingConfig({ DATA_DIR: dir, KEYING_KEY_FILE: o2 }).otherKeys, []);
    assert.throws(
      () =>
        loadKeyingConfig({ DATA_DIR: dir, KEYING_KEY_FILE: o1, KEYING_OTHER_KEY_FILES: keyFile('again.json', 'o1') }),
      /KEYING_OTHER_KEY_FILES: key id o1 is held twice/,
    );
    assert.throws(
      () => loadKeyingConfig({ DATA_DIR: dir, KEYING_KEY_FILE: o1, KEYING_OTHER_KEY_FILES: join(dir, 'missing.json') }),
      /KEYING_OTHER_KEY_FILES: cannot read .*missing\.json/,
    );
  });

  test("a node's re-key allowance is its own hourly window, apart from its ordinary budget", () => {
    const config = loadKeyingConfig({
      DATA_DIR: dir,
      KEYING_KEY_FILE: keyFile('k.json', 'o1'),
      KEYING_BUDGET_REKEY: '300',
    });
    assert.equal(budgetFor(config.budget, 'rekey:node:TH'), 300);
    assert.equal(loadKeyingConfig({ DATA_DIR: dir, KEYING_KEY_FILE: keyFile('k.json', 'o1') }).budget.rekey, 5_000_000);
    const budget = new Budget({ ...config.budget, node: 100 }, () => 0);
    assert.equal(budget.take('rekey:node:TH', 300).ok, true);
    assert.equal(budget.take('node:TH', 100).ok, true, 'the re-key did not use the ordinary budget');
    assert.equal(budget.take('rekey:node:TH', 1).ok, false);
  });
});
