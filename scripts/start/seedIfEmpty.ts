import { join } from 'node:path';
import type { Member } from '../../schema/registry.js';
import { acceptedKeyIds } from '../../shared/indicators/keyIds.js';
import type { IndicatorKeyer } from '../../shared/keying/IndicatorKeyer.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';

/** Requests for assistance seeded at each member: enough for its service levels to clear the default k (3). */
export const syntheticRequestsPerMember = 12;

/**
 * First start: give every member's SQLite file synthetic data, one member after the other with a progress
 * line each. A member that already has reports is left alone, so restarts are instant and data survives;
 * unless its indicators were keyed under a key generation no longer accepted (data from before blind
 * keying, or a local keying key deleted): such a member is seeded again.
 */
export async function seedIfEmpty(
  members: readonly Member[],
  dataDir: string,
  keyerFor: (member: Member) => Promise<IndicatorKeyer>,
  options: { reports: number; seed: number },
  log: (line: string) => void,
): Promise<void> {
  for (const member of members) {
    const db = await openDatabase({ type: 'sqlite', path: join(dataDir, `${member.ns}.sqlite`) });
    try {
      const [{ n }] = (await db.dataSource.query('SELECT COUNT(*) AS n FROM scam_report')) as [{ n: number }];
      const marks = acceptedKeyIds.map(() => '?').join(', ');
      const [{ stale }] = (await db.dataSource.query(
        `SELECT COUNT(*) AS stale FROM indicator WHERE key_id NOT IN (${marks})`,
        [...acceptedKeyIds],
      )) as [{ stale: number }];
      if (Number(n) > 0 && Number(stale) === 0) continue;
      if (Number(stale) > 0) log(`  ${member.code}: indicators keyed under an old key generation; seeding again`);
      const summary = await seedMember(db, member, await keyerFor(member), {
        reports: options.reports,
        seed: options.seed,
        // a few requests between members, so the dashboard's inbox, outbox and service levels show something
        requests: syntheticRequestsPerMember,
        reset: true,
        // a live counter on a terminal; logs and CI get only the summary line below
        ...(process.stderr.isTTY
          ? {
              onProgress: (done: number, total: number) =>
                process.stderr.write(`\r  seeding ${member.code}: ${done}/${total} reports`),
            }
          : {}),
      });
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      log(
        `  seeded ${member.code} ${member.name}: ${summary.reports} reports, ${summary.indicators} indicators ` +
          `(${summary.crossBorderIndicators} shared across borders), ${summary.requests} requests for assistance in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
      );
    } finally {
      await db.close();
    }
  }
}
