/**
 * `npm run import -- --country TH file.csv|file.ndjson|bundle.json [--dry-run]`: imports a member's reports
 * into its database (new reports, updates, withdrawals), all or nothing. Exit codes: 0 imported (or nothing
 * to do), 1 the file has problems (each
 * printed as `file:line: field: reason`; nothing was written), 2 usage, configuration, missing file or
 * unknown format. User errors never print a stack trace.
 */
import { existsSync, statSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { parseArgs } from 'node:util';
import { members } from '../../../schema/registry.js';
import { channels, indicatorRoles, reportStatuses, scamTypes } from '../../../schema/typology.js';
import { type Env } from '../../../shared/env.js';
import { runCli, UsageError } from '../../../shared/cli/runCli.js';
import { createServiceKeyer } from '../../../shared/keying/keyingClientConfig.js';
import { loadNationalConfig } from '../config.js';
import { openDatabase } from '../db/openDatabase.js';
import { indicatorColumns, requiredColumns } from '../import/columns.js';
import { ImportError, formatImportErrors } from '../import/ImportError.js';
import { importFile } from '../import/importFile.js';
import { formatNames } from '../import/importFormat.js';
import { formatOf } from '../import/readRows.js';

const codes = (list: readonly { code: string }[]) => list.map((e) => e.code).join(', ');

const usage = `Usage: npm run import -- --country XX <file.csv | file.ndjson | bundle.json> [--dry-run]

Imports scam reports into the member's national database (DATA_DIR / DATABASE_URL as for the node).
Indicators are keyed blind through the keying service (KEYING_URL, default http://127.0.0.1:4080).
Every row is checked first; any problem -> all problems listed as file:line: field: reason, nothing
imported, exit 1. Otherwise all rows go in ONE transaction. Re-importing a reference with identical
content is skipped ("unchanged"); with different content it is an error (send an UPDATE instead).

Actions (optional column / key "action", default NEW):
  NEW            a new report; every required field below
  UPDATE         corrections to a stored report (or one a NEW row earlier in the file adds): only the
                 fields given change; indicators given replace the report's indicator set; victim
                 fields cannot be updated; an empty cell changes nothing
  WITHDRAW       the report stays stored with its history but no search, lookup, statistic or aggregate
                 counts it any more; only reference and action
  REINSTATE      a withdrawn report counts again, as it was when withdrawn; only reference and action
  Every change keeps the version it replaced (scam_report_revision: when, which file digest and line).
  Re-running a file changes nothing: a change already made, or made by the same file before, is
  "unchanged". A withdrawn report must be reinstated before it is updated.

CSV (header row required; column order free):
  reference      required, unique case number (max 64 characters)
  reported_at    required, ISO date (2025-03-14) or date-time with zone (2025-03-14T09:30:00+07:00)
  scam_type      required, ${codes(scamTypes)}
  channel        required, ${codes(channels)}
  loss_amount    decimal, at most 2 decimals (12500 or 12500.50); empty = unknown
  currency       ISO 4217 (default: the member's currency)
  status         ${codes(reportStatuses)} (default RECEIVED)
  province       free text (max 80)
${indicatorColumns.map((c) => `  ${c.column.padEnd(15)}${c.kind} as ${c.role}`).join('\n')}
                 (indicator columns: optional, several values separated by ";", national formats read
                 with the member as region, e.g. phone 081-234-5678, bank_account 004:123-4-56789-0)
  victim_name, victim_phone, victim_email, victim_id_number, victim_age
                 optional; stored in the victim table only, never shared

NDJSON: one JSON object per line with the same fields, plus optionally
  "indicators": [{"kind": "CRYPTO_WALLET", "value": "TRON:T…", "role": "WALLET"}]   (role optional; one of
                 ${codes(indicatorRoles)})
  "victim": {"name": …, "phone": …, "email": …, "idNumber": …, "age": 42}

STIX 2.1 bundle (.json): each report object is a row (published = reported_at; the federation's extension
                 gives reference, scam_type, channel, …), its indicators read from the patterns of the
                 indicator objects it names; problems as file: objects[i]: field: reason. docs/stix.md.

Example (CSV):
  ${requiredColumns.join(',')},loss_amount,phone,bank_account
  TH-2025-000123,2025-03-14T09:30:00+07:00,PARCEL_CUSTOMS,PHONE_CALL,12500.00,081-234-5678,004:123-4-56789-0

Example updates (CSV; empty cells change nothing):
  action,reference,status,loss_amount
  UPDATE,TH-2025-000123,ACTIONED,13000.00
  WITHDRAW,TH-2025-000124,,
Example (NDJSON):
  {"action": "UPDATE", "reference": "TH-2025-000123", "status": "CLOSED", "phone": ["081-234-5678"]}
  {"action": "WITHDRAW", "reference": "TH-2025-000124"}

Members: ${members.map((m) => m.code).join(', ')}. --dry-run checks everything against the database and
writes nothing. Samples: examples/import-sample.csv, examples/import-sample.ndjson.`;

async function main(argv: readonly string[], env: Env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        country: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'no file given' : 'give exactly one file');
  const path = positionals[0]!;
  if (!existsSync(path) || !statSync(path).isFile()) {
    console.error(`import: ${path}: no such file`);
    return 2;
  }
  if (!formatOf(path)) {
    console.error(`import: ${path}: unknown format; the file name must end in ${formatNames}`);
    return 2;
  }
  const config = loadNationalConfig(env, values.country === undefined ? [] : ['--country', values.country]);
  const db = await openDatabase(config.database);
  try {
    // the node holds no key: indicators are keyed blind through the keying service, in batches
    const keyer = await createServiceKeyer(config.keying);
    const summary = await importFile(db, config.member, keyer, path, {
      dryRun: values['dry-run'] === true,
      onProgress: (p) =>
        process.stderr.write(
          p.phase === 'validate'
            ? `${path}: ${p.rows.toLocaleString('en')} rows checked\n`
            : `${path}: ${p.rows.toLocaleString('en')}/${(p.total ?? 0).toLocaleString('en')} ${p.phase === 'key' ? 'indicators keyed' : 'rows written'}\n`,
        ),
    });
    const n = (x: number) => x.toLocaleString('en');
    console.log(
      `${path}${summary.dryRun ? ' (dry run, nothing written)' : ''}: ${n(summary.rows)} rows: ` +
        `${n(summary.inserted)} ${summary.dryRun ? 'would be inserted' : 'inserted'}, ` +
        // change counts only when the file changed something: the summary of a plain import reads as before
        (['updated', 'withdrawn', 'reinstated'] as const)
          .filter((k) => summary[k] > 0)
          .map((k) => `${n(summary[k])} ${summary.dryRun ? `would be ${k}` : k}, `)
          .join('') +
        `${n(summary.unchanged)} unchanged; ` +
        `indicators ${n(summary.indicatorsNew)} new, ${n(summary.indicatorsReused)} reused ` +
        `(${config.member.code}, ${(summary.elapsedMs / 1000).toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError) {
      // the keying service refused (RATE_LIMITED with its retry time, UNAUTHENTICATED) or is unreachable
      console.error(`import: ${error.message}; nothing was imported`);
      return 1;
    }
    if (!(error instanceof ImportError)) throw error;
    console.error(formatImportErrors(path, error.errors));
    console.error(
      `import: ${error.errors.length} problem${error.errors.length === 1 ? '' : 's'} in ${path}; nothing was imported`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

runCli('import', usage, () => main(process.argv.slice(2), process.env));
