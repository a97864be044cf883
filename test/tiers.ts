/**
 * The test pyramid. `unit`: no server, no database server, no browser (pure functions, files in a temp
 * folder, in-process SQLite at most); seconds in all. `e2e`: whole processes (`npm start`), the browser,
 * the committed bundle. `integration`: everything else (real HTTP servers on port 0, SQLite and
 * PostgreSQL). A new test folder is integration until it is listed here.
 */
import { sep } from 'node:path';

export const tiers = ['unit', 'integration', 'e2e'] as const;
export type Tier = (typeof tiers)[number];

const unit = [
  'test/unit/',
  'test/shared/',
  'test/national/policyParse.test.ts',
  'test/national/policySightingFields.test.ts',
  'test/national/policyDefault.test.ts',
  'test/national/dbDialect.test.ts',
  'test/bench/reporting.test.ts',
  'test/bench/correlationScenario.test.ts',
  'test/requests/serviceLevels.test.ts',
];
const e2e = ['test/e2e/'];

export function tierOf(file: string): Tier {
  const path = file.split(sep).join('/');
  if (unit.some((p) => path.startsWith(p))) return 'unit';
  if (e2e.some((p) => path.startsWith(p))) return 'e2e';
  return 'integration';
}
