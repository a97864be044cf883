/**
 * Re-keys a node's stored indicators into another generation of the working group's key, through the keying
 * service (blind, as at import): each indicator gets its new digest stored beside the old one
 * (db/IndicatorAliases.ts), so ids of both generations answer during a rotation's overlap. Batch by batch,
 * each committed whole: an interruption (a refusal, a crash) loses at most the batch in flight, and a
 * re-run picks up exactly the indicators still without a digest under the target, so running it again
 * after a finished run changes nothing. docs/operators.md "Rotating the indicator key".
 */
import type { IndicatorKind } from '../../../schema/typology.js';
import { invariant } from '../../../shared/errors.js';
import type { IndicatorKeyer } from '../../../shared/keying/IndicatorKeyer.js';
import { IndicatorAliases } from '../db/IndicatorAliases.js';
import type { NationalDatabase } from '../db/openDatabase.js';

export interface RekeyProgress {
  /** Indicators re-keyed by this run so far. */
  done: number;
  /** Indicators this run found to re-key. */
  total: number;
}

export interface RekeySummary {
  keyId: string;
  /** Indicators this run gave a digest under `keyId`. */
  rekeyed: number;
  /** Indicators that had one already (an earlier run, or stored under it). */
  already: number;
}

export async function rekeyIndicators(
  db: NationalDatabase,
  keyer: IndicatorKeyer,
  keyId: string,
  options: { batchSize?: number; onProgress?: (p: RekeyProgress) => void } = {},
): Promise<RekeySummary> {
  const aliases = new IndicatorAliases(db);
  const batchSize = options.batchSize ?? 5_000;
  const total = await aliases.countToRekey(keyId);
  const [stored] = (await db.dataSource.query('SELECT COUNT(*) AS n FROM indicator')) as { n: unknown }[];
  const already = Number(stored!.n) - total;
  let done = 0;
  let afterId = 0;
  options.onProgress?.({ done, total });
  for (;;) {
    const batch = await aliases.toRekey(keyId, afterId, batchSize);
    if (batch.length === 0) break;
    const digests = await keyer.digests(
      batch.map((i) => ({ kind: i.kind as IndicatorKind, canonical: i.canonical })),
      { keyId },
    );
    digests.forEach((d) => invariant(d.startsWith(`${keyId}:`), `the keying service answered ${d} for ${keyId}`));
    await aliases.add(
      keyId,
      batch.map((i, j) => ({ indicatorId: i.id, digest: digests[j]! })),
    );
    done += batch.length;
    afterId = batch[batch.length - 1]!.id;
    options.onProgress?.({ done, total: Math.max(total, done) });
  }
  return { keyId, rekeyed: done, already };
}
