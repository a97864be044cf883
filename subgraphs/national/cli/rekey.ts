/**
 * `npm run rekey -- --country TH --to o2 [--promote] [--batch N]`: during a rotation of the working group's
 * key, re-keys the member's stored indicators into generation `--to` through the keying service, stored
 * beside the old digests (rekey/rekeyIndicators.ts); `--promote` then makes `--to` the generation the node
 * stores and publishes (db/IndicatorAliases.ts). Resumable and safe to re-run. Exit codes: 0 done (or
 * nothing to do), 1 the keying service refused or failed (progress so far is kept: re-run to resume),
 * 2 usage or configuration. docs/operators.md "Rotating the indicator key".
 */
import { GraphQLError } from 'graphql';
import { parseArgs } from 'node:util';
import { type Env } from '../../../shared/env.js';
import { runCli, UsageError } from '../../../shared/cli/runCli.js';
import { keyIdShape } from '../../../shared/indicators/keyIds.js';
import { createServiceKeyer } from '../../../shared/keying/keyingClientConfig.js';
import { loadNationalConfig } from '../config.js';
import { IndicatorAliases } from '../db/IndicatorAliases.js';
import { openDatabase } from '../db/openDatabase.js';
import { rekeyIndicators } from '../rekey/rekeyIndicators.js';

const usage = `Usage: npm run rekey -- --country XX --to <key id> [--promote] [--batch N]

Re-keys every indicator of the member's database (DATA_DIR / DATABASE_URL as for the node) into key
generation --to through the keying service (KEYING_URL), storing each new digest beside the old one, so
indicator ids of both generations answer during the rotation's overlap. Batches of --batch (default
5,000), each committed whole: interrupted, it keeps what is done; run it again to resume. A finished run
run again changes nothing.

--promote  afterwards, make --to the generation the node stores and publishes (the old digests stay as
           aliases until the old key id leaves ACCEPTED_KEY_IDS). Run it after the keying service has
           switched its current key to --to. See docs/operators.md "Rotating the indicator key".`;

const n = (x: number) => x.toLocaleString('en');

async function main(argv: readonly string[], env: Env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        country: { type: 'string' },
        to: { type: 'string' },
        promote: { type: 'boolean' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const keyId = values.to;
  if (keyId === undefined) throw new UsageError('--to: give the key id to re-key into, e.g. --to o2');
  if (!keyIdShape.test(keyId)) throw new UsageError(`--to: ${JSON.stringify(keyId)} is not a key id`);
  const batchSize = values.batch === undefined ? 5_000 : Number(values.batch);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new UsageError(`--batch: ${JSON.stringify(values.batch)} is not a whole number from 1 to 10,000`);
  }
  const config = loadNationalConfig(env, values.country === undefined ? [] : ['--country', values.country]);
  const db = await openDatabase(config.database);
  const who = `rekey ${config.member.code} -> ${keyId}`;
  let progress = { done: 0, total: 0 };
  try {
    const keyer = await createServiceKeyer(config.keying);
    const summary = await rekeyIndicators(db, keyer, keyId, {
      batchSize,
      onProgress: (p) => {
        progress = p;
        process.stderr.write(`${who}: ${n(p.done)}/${n(p.total)} indicators re-keyed\n`);
      },
    });
    console.log(
      `${who}: ${n(summary.rekeyed)} indicators re-keyed, ${n(summary.already)} already had a digest under ${keyId}`,
    );
    if (values.promote) {
      const promoted = await new IndicatorAliases(db).promote(keyId);
      console.log(`${who}: ${n(promoted)} indicators now stored and published under ${keyId}`);
    }
    return 0;
  } catch (error) {
    // the keying service refused (RATE_LIMITED with its retry time, an unknown key id), is unreachable, or
    // the database failed: whatever happened, the batches committed so far stay
    if (!(error instanceof GraphQLError)) console.error(error);
    console.error(
      `${who}: ${(error as Error).message}; ${n(progress.done)} of ${n(progress.total)} re-keyed and kept: run again to resume`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

runCli('rekey', usage, () => main(process.argv.slice(2), process.env));
