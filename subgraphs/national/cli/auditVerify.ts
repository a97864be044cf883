/**
 * `npm run audit:verify -- --country TH`: checks the member's audit chain end to end (AuditLog.verify) in
 * the database the node itself uses (loadNationalConfig) and names the first broken entry. Read-only: it
 * never migrates or creates a database. Exit 0 = chain intact, 1 = chain broken, 2 = could not check
 * (usage, configuration, database missing or unreachable), so a script never mistakes one for another.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { members } from '../../../schema/registry.js';
import { ConfigError, type Env } from '../../../shared/env.js';
import { loadNationalConfig, type NationalConfig } from '../config.js';

const usage = `Usage: npm run audit:verify -- --country XX

Checks a member's audit log: recomputes every entry's hash and its link to the previous entry, and names
the first broken one (altered content, or an entry removed or reordered before it).

  --country XX   the member (alpha-2 code: ${members.map((m) => m.code).join(', ')}); or COUNTRY
  --help         this text

The database is the one the member's node uses: DATA_DIR (default ./data, file <ns>.sqlite) or
DATABASE_URL / DATABASE_SCHEMA, as for \`npm run node\`.

Exit status: 0 chain intact, 1 chain broken, 2 could not check (usage, configuration, database).`;

class CannotCheck extends Error {}

function where(config: NationalConfig): string {
  const db = config.database;
  return db.type === 'sqlite' ? db.path : `PostgreSQL schema ${db.schema}`;
}

async function main(argv: readonly string[], env: Env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { country: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new CannotCheck(`${(e as Error).message}\n\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const config = loadNationalConfig(env, argv);
  const code = config.member.code;
  if (config.database.type === 'sqlite' && !existsSync(config.database.path)) {
    throw new CannotCheck(`${code}: no database at ${config.database.path} (set DATA_DIR or DATABASE_URL)`);
  }
  // loaded only now, so --help and configuration errors answer at once without loading TypeORM
  const [{ openDatabase }, { AuditLog }] = await Promise.all([
    import('../db/openDatabase.js'),
    import('../audit/AuditLog.js'),
  ]);
  let db;
  try {
    db = await openDatabase(config.database, { migrate: false });
  } catch (e) {
    throw new CannotCheck(`${code}: cannot open ${where(config)}: ${(e as Error).message}`);
  }
  try {
    const runner = db.dataSource.createQueryRunner();
    const hasTable = await runner.hasTable('audit_log').finally(() => runner.release());
    if (!hasTable) {
      throw new CannotCheck(`${code}: ${where(config)} has no audit log yet; start the node once to migrate it`);
    }
    const result = await new AuditLog(db).verify((done) => {
      if (done > 0 && done % 100_000 === 0)
        process.stderr.write(`${code}: ${done.toLocaleString('en')} entries checked\n`);
    });
    if (result.firstBroken) {
      console.log(`${code} audit log: entry ${result.firstBroken.id} is broken: ${result.firstBroken.reason}`);
      return 1;
    }
    console.log(`${code} audit log: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'}, chain intact`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof CannotCheck) {
      console.error(`audit:verify: ${error.message}`);
    } else {
      console.error('audit:verify: could not check:', error);
    }
    process.exit(2);
  },
);
