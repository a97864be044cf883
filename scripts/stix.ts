/**
 * `npm run stix -- export --query lookup|screen|watchlist …` writes what the caller's lookup, screen or
 * watchlist answers as a STIX 2.1 bundle; `npm run stix -- check bundle.json` checks a bundle against the
 * STIX 2.1 rules the federation implements. Importing a bundle is `npm run import -- --country XX
 * bundle.json` (the same all-or-nothing import as CSV). docs/stix.md has the mapping. Exit codes: 0 done,
 * 1 the input or the gateway's answer has problems (nothing written), 2 usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { envReader } from '../shared/env.js';
import { runCli, UsageError } from '../shared/cli/runCli.js';
import { checkBundle } from '../shared/stix/checkBundle.js';
import { type Tlp, tlpLevels } from '../shared/stix/stixVocabulary.js';
import { ExportError, type ExportInput, exportStix } from './stix/exportStix.js';

const usage = `Usage:
  npm run -s stix -- export --query lookup --kind KIND --value VALUE [--region XX] [options]
  npm run -s stix -- export --query screen --file values.txt [--region XX] [options]
  npm run -s stix -- export --query watchlist [options]
  npm run -s stix -- check bundle.json

export: asks the gateway (GATEWAY_URL, default http://127.0.0.1:4000/graphql) as the token's caller
(--token or TOKEN) and writes the answer as a STIX 2.1 bundle: an indicator per value, a sighting per member
with a hit (what that member disclosed: count, first/last seen), and the reports the caller may read
(DETAIL), under a TLP 2.0 marking. A value that does not normalise, or a problem the screen reports:
listed as source: reason, nothing written, exit 1.
  --query Q        lookup (one --kind/--value), screen (--file: one "KIND value" per line; # comments) or
                   watchlist (the caller's own watchlist: indicators named by id, so no pattern and no
                   indicator object; sightings and reports refer to the STIX id an export of the value has)
  --region XX      member whose national formats the values are written in (phones, accounts)
  --tlp LEVEL      ${tlpLevels.join(', ')} (default amber)
  --reports N      reports asked of each member per indicator, at most 50 (default 50)
  --out FILE       write the bundle there (default: standard output)
  --token T, --gateway URL

check: the bundle's STIX 2.1 rules (type, spec_version, ids, timestamps, references, required
properties); problems as file: objects[i]: field: reason, exit 1.

Examples (npm start running; more in docs/stix.md):
  export TOKEN=$(npm run -s token -- --member TH --role investigator)
  npm run -s stix -- export --query lookup --kind URL --value 'hxxps://onlinesmart[.]id/verify' --out lookup.json
  printf 'BANK_ACCOUNT 030 2140 1316 6528\\nDOMAIN mallpost.online\\n' > values.txt
  npm run -s stix -- export --query screen --file values.txt --region TH --tlp amber+strict --out screen.json
  npm run -s stix -- check screen.json
  TOKEN=$(npm run -s token -- --member TH --role analyst) npm run -s stix -- export --query watchlist --out watch.json
  npm run import -- --country SG screen.json --dry-run`;

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        query: { type: 'string' },
        kind: { type: 'string' },
        value: { type: 'string' },
        region: { type: 'string' },
        file: { type: 'string' },
        tlp: { type: 'string', default: 'amber' },
        reports: { type: 'string', default: '50' },
        out: { type: 'string' },
        token: { type: 'string' },
        gateway: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    console.log(usage);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === 'check') {
    if (rest.length !== 1) throw new UsageError('check takes one bundle file');
    return check(rest[0]!);
  }
  if (command !== 'export') throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}`);
  const env = envReader(process.env);
  const token = o.token ?? env.optional('TOKEN');
  if (!token)
    throw new UsageError('no token: give --token or set TOKEN (npm run -s token -- --member TH --role analyst)');
  const tlp = o.tlp!.toLowerCase() as Tlp;
  if (!tlpLevels.includes(tlp)) throw new UsageError(`--tlp must be one of ${tlpLevels.join(', ')}`);
  const reports = Number(o.reports);
  if (!Number.isInteger(reports) || reports < 0 || reports > 50) throw new UsageError('--reports must be 0 to 50');
  let inputs: ExportInput[];
  if (o.query === 'lookup') {
    if (!o.kind || o.value === undefined || o.file) throw new UsageError('lookup takes --kind and --value');
    inputs = [{ kind: o.kind, value: o.value, region: o.region, source: '--value' }];
  } else if (o.query === 'screen') {
    if (!o.file || o.kind || o.value) throw new UsageError('screen takes --file');
    inputs = readValues(o.file, o.region);
  } else if (o.query === 'watchlist') {
    if (o.kind || o.value !== undefined || o.file || o.region) throw new UsageError('watchlist takes no values');
    inputs = [];
  } else {
    throw new UsageError('--query must be lookup, screen or watchlist');
  }
  const result = await exportStix(inputs, {
    gatewayUrl: o.gateway ?? env.string('GATEWAY_URL', 'http://127.0.0.1:4000/graphql'),
    token,
    query: o.query,
    tlp,
    reports,
  });
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(p);
    console.error(`stix: ${result.problems.length} value(s) could not be exported; nothing written`);
    return 1;
  }
  if (result.unavailable.length > 0) {
    console.error(
      `stix: not answered by ${result.unavailable.join(', ')}: their part is missing from the bundle, not empty`,
    );
  }
  const text = `${JSON.stringify(result.bundle, null, 2)}\n`;
  if (o.out) {
    writeFileSync(o.out, text);
    console.error(`stix: ${result.bundle.objects.length} objects written to ${o.out}`);
  } else process.stdout.write(text);
  return 0;
}

/** `KIND value` per line; blank lines and `#` comments skipped. */
function readValues(file: string, region: string | undefined): ExportInput[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  const inputs: ExportInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    const space = t.search(/\s/);
    const source = `${file}:${i + 1}`;
    inputs.push(
      space < 0
        ? { kind: t, value: '', region, source }
        : { kind: t.slice(0, space), value: t.slice(space).trim(), region, source },
    );
  });
  return inputs;
}

function check(file: string): number {
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    return 1;
  }
  const problems = checkBundle(bundle);
  for (const p of problems) {
    console.error(`${file}: ${p.index < 0 ? 'bundle' : `objects[${p.index}]`}: ${p.field}: ${p.reason}`);
  }
  if (problems.length > 0) return 1;
  console.log(`${file}: a valid STIX 2.1 bundle (${(bundle as { objects: unknown[] }).objects.length} objects)`);
  return 0;
}

runCli('stix', usage, () => main(process.argv.slice(2)), [
  (e) => (e instanceof ExportError ? `${e.message}; nothing written` : null),
]);
