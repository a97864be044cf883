import { join } from 'node:path';
import type { Member } from '../../schema/registry.js';
import type { IndicatorKey } from '../../subgraphs/shared/indicatorKey.js';
import { openDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { seedMember } from '../../subgraphs/national/seed/seedMember.js';

/**
 * First start: give every member's SQLite file synthetic data, one member after the other with a progress
 * line each. A member that already has reports is left alone, so restarts are instant and data survives.
 */
export async function seedIfEmpty(
  members: readonly Member[],
  dataDir: string,
  key: IndicatorKey,
  options: { reports: number; seed: number },
  log: (line: string) => void,
): Promise<void> {
  for (const member of members) {
    const db = await openDatabase({ type: 'sqlite', path: join(dataDir, `${member.ns}.sqlite`) });
    try {
      const [{ n }] = (await db.dataSource.query('SELECT COUNT(*) AS n FROM scam_report')) as [{ n: number }];
      if (Number(n) > 0) continue;
      const summary = await seedMember(db, member, key, {
        reports: options.reports,
        seed: options.seed,
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
          `(${summary.crossBorderIndicators} shared across borders) in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
      );
    } finally {
      await db.close();
    }
  }
}
