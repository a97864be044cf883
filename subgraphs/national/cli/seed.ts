/**
 * `npm run seed -- --country TH --reports 100000 [--seed 42] [--until YYYY-MM-DD] [--requests N] [--reset]`, or `--all` (the default) for every
 * member, each into its own database as the national node would open it (loadNationalConfig). Progress
 * goes to stderr, one summary line per member to stdout.
 */
import { parseArgs as parseFlags } from 'node:util';
import { GraphQLError } from 'graphql';
import { members, type Member } from '../../../schema/registry.js';
import { ConfigError, type Env } from '../../../shared/env.js';
import { runCli, UsageError } from '../../../shared/cli/runCli.js';
import { createServiceKeyer } from '../../../shared/keying/keyingClientConfig.js';
import { loadNationalConfig, type NationalConfig } from '../config.js';
import { openDatabase } from '../db/openDatabase.js';
import { SeedRefusedError, seedMember } from '../seed/seedMember.js';

const usage = `Usage: npm run seed -- [--country XX | --all] [--reports N] [--seed N] [--until YYYY-MM-DD]
                       [--requests N] [--reset]

Fills national databases with synthetic, realistic scam reports (deterministic from the seed).

  --country XX   one member (alpha-2 code: ${members.map((m) => m.code).join(', ')})
  --all          every member, each into its own database (the default without --country)
  --reports N    reports per member (default 10000)
  --seed N       random seed (default 42); members seeded with the same seed share cross-border indicators
  --until DATE   the day the data is seeded on (default today, UTC): reports run over the 24 months
                 before it; the same seed and day give the same rows
  --requests N   synthetic requests for assistance addressed to each member (default 0; npm start: 12)
  --reset        delete the member's existing reports, victims and indicators first
  --help         this text

Keying: the values are keyed blind through the working group's keying service (KEYING_URL, default
http://127.0.0.1:4080; npm run keying), as the node's identity (KEYING_CLIENT_KEY_FILE).

Where: DATA_DIR (default ./data) holds one SQLite file per member (<ns>.sqlite). With DATABASE_URL=postgres://…
the member's schema is DATABASE_SCHEMA, or with --all each member's namespace (idn, mys, …).

Example: DATA_DIR=/tmp/seed npm run seed -- --country TH --reports 100000 --reset`;

interface SeedArgs {
  members: Member[];
  reports: number;
  seed: number;
  /** undefined: today. */
  until: Date | undefined;
  requests: number;
  reset: boolean;
}

function parseArgs(argv: readonly string[]): SeedArgs | 'help' {
  let flags;
  try {
    flags = parseFlags({
      args: [...argv],
      options: {
        country: { type: 'string' },
        all: { type: 'boolean' },
        reports: { type: 'string' },
        seed: { type: 'string' },
        until: { type: 'string' },
        requests: { type: 'string' },
        reset: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values } = flags;
  if (values.help) return 'help';
  if (values.country !== undefined && values.all) throw new UsageError('give either --country or --all, not both');
  return {
    members: values.country === undefined ? [...members] : [memberArg(values.country)],
    reports: wholeNumber(values.reports, 'reports', 10_000),
    seed: wholeNumber(values.seed, 'seed', 42),
    until: values.until === undefined ? undefined : dayArg(values.until),
    requests: wholeNumber(values.requests, 'requests', 0),
    reset: values.reset === true,
  };
}

function memberArg(code: string): Member {
  const member = members.find((m) => m.code === code.toUpperCase());
  if (!member)
    throw new UsageError(
      `--country: unknown member ${JSON.stringify(code)}; expected one of ${members.map((m) => m.code).join(', ')}`,
    );
  return member;
}

function dayArg(text: string): Date {
  const day = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(text))
    throw new UsageError(`--until must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return day;
}

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll('_', ''));
  if (!/^[0-9_]+$/.test(text) || !Number.isSafeInteger(n))
    throw new UsageError(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return n;
}

/**
 * The member's config as its node would load it. Seeding several members into one PostgreSQL database
 * needs one schema each: their namespaces, unless DATABASE_SCHEMA pins a single one (then it is refused).
 */
function configFor(member: Member, env: Env, several: boolean): NationalConfig {
  const postgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL?.trim() ?? '');
  if (several && postgres && env.DATABASE_SCHEMA?.trim()) {
    throw new ConfigError(
      'DATABASE_SCHEMA names one schema, but several members are being seeded: unset it (each member then gets its namespace as schema) or seed one --country',
    );
  }
  const memberEnv = several && postgres ? { ...env, DATABASE_SCHEMA: member.ns } : env;
  return loadNationalConfig(memberEnv, ['--country', member.code]);
}

function where(config: NationalConfig): string {
  const db = config.database;
  return db.type === 'sqlite' ? db.path : `PostgreSQL schema ${db.schema}`;
}

async function main(argv: readonly string[], env: Env): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    console.log(usage);
    return 0;
  }
  const several = args.members.length > 1;
  for (const member of args.members) {
    const config = configFor(member, env, several);
    const db = await openDatabase(config.database);
    const started = performance.now();
    try {
      let nextMark = 0.1;
      // the node holds no key: its synthetic values are keyed blind through the keying service (KEYING_URL)
      const keyer = await createServiceKeyer(config.keying);
      const summary = await seedMember(db, member, keyer, {
        reports: args.reports,
        seed: args.seed,
        ...(args.until ? { until: args.until } : {}),
        requests: args.requests,
        reset: args.reset,
        onProgress: (done, total) => {
          if (done < total && done / total < nextMark) return;
          while (nextMark <= done / total) nextMark += 0.1;
          process.stderr.write(
            `${member.code}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} reports (${seconds(performance.now() - started)})\n`,
          );
        },
      });
      console.log(
        `${member.code}: ${summary.reports.toLocaleString('en')} reports, ${summary.indicators.toLocaleString('en')} indicators ` +
          `(${summary.crossBorderIndicators.toLocaleString('en')} cross-border), ${summary.links.toLocaleString('en')} links, ` +
          `${summary.victims.toLocaleString('en')} victims, ${summary.requests} requests in ${seconds(summary.elapsedMs)} -> ${where(config)}`,
      );
    } finally {
      await db.close();
    }
  }
  return 0;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

runCli('seed', usage, () => main(process.argv.slice(2), process.env), [
  // the keying service refused (RATE_LIMITED with its retry time, UNAUTHENTICATED) or is unreachable
  (e) => (e instanceof GraphQLError ? `${e.message}; nothing was written` : null),
  (e) => (e instanceof SeedRefusedError ? e.message : null),
]);
