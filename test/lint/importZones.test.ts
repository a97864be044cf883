/**
 * The house boundaries are lint rules (eslint.config.js): this lints one-line probes placed in each folder
 * and checks which imports the zones refuse, so a zone dropped or mistyped in the config fails here, not
 * in review. Integration tier: ESLint with the TypeScript import resolver takes seconds to start.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** [probe file, the import it makes (relative to the probe), whether the zones allow it] */
const cases: [string, string, boolean][] = [
  ['gateway/probe.ts', '../subgraphs/national/server.js', false],
  ['subgraphs/national/probe.ts', '../hub/server.js', false],
  ['subgraphs/hub/probe.ts', '../../gateway/buildGateway.js', false],
  ['shared/probe.ts', '../subgraphs/national/server.js', false],
  ['gateway/probe.ts', '../keying/server.js', false],
  ['gateway/probe.ts', '../test/helpers/startFederation.js', false],
  // nothing imports the bench, not even scripts/
  ['gateway/probe.ts', '../bench/paths.js', false],
  ['shared/probe.ts', '../bench/paths.js', false],
  ['schema/probe.ts', '../bench/paths.js', false],
  ['keying/probe.ts', '../bench/paths.js', false],
  ['scripts/probe.ts', '../bench/paths.js', false],
  // product code never imports a script
  ['gateway/probe.ts', '../scripts/start/startConfig.js', false],
  ['subgraphs/national/probe.ts', '../../scripts/start/startConfig.js', false],
  ['schema/probe.ts', '../scripts/start/startConfig.js', false],
  ['keying/probe.ts', '../scripts/start/startConfig.js', false],
  // what is allowed: every room on the shared floor and schema, the tools on anything they run
  ['gateway/probe.ts', '../shared/errors.js', true],
  ['subgraphs/hub/probe.ts', '../../schema/typology.js', true],
  ['scripts/probe.ts', '../subgraphs/national/seed/seedMember.js', true],
  ['scripts/probe.ts', '../gateway/buildGateway.js', true],
  ['bench/probe.ts', '../scripts/start/ProcessGroup.js', true],
  ['bench/probe.ts', '../test/helpers/startFederation.js', true],
  ['bench/probe.ts', '../keying/server.js', true],
];

test('the import zones refuse exactly the imports the house rules forbid', async () => {
  const eslint = new ESLint({ cwd: root });
  const wrong: string[] = [];
  for (const [file, from, allowed] of cases) {
    const [result] = await eslint.lintText(`import * as probe from '${from}';\nexport const used = probe;\n`, {
      filePath: `${root}${file}`,
    });
    const refused = result!.messages.some((m) => m.ruleId === 'import-x/no-restricted-paths');
    if (refused === allowed) wrong.push(`${file} importing ${from}: ${allowed ? 'refused' : 'allowed'}`);
  }
  assert.deepEqual(wrong, []);
});
