/**
 * Inserts hand-written reports into a member's database through the real entities and the real
 * indicator normalisation, so federation tests can plant a known indicator in chosen members. The ids are
 * computed in-process with the keying service's own key (the federation's service is started with the same
 * `testKey`): these tests exercise lookups, not keying; test/keying/ and test/security/blindKeying.test.ts
 * exercise the service and seed through it.
 */
import type { Member } from '../../schema/registry.js';
import type { IndicatorKey } from '../../subgraphs/shared/indicatorKey.js';
import { digestIndicator, normalizeIndicator } from '../../subgraphs/shared/indicators/index.js';
import { newIndicatorReference } from '../../subgraphs/national/db/indicatorReference.js';
import type { NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import {
  IndicatorEntity,
  ReportIndicatorEntity,
  ScamReportEntity,
  VictimEntity,
} from '../../subgraphs/national/db/entities/index.js';

export interface FixtureReport {
  reference: string;
  reportedAt: string;
  scamType: string;
  channel: string;
  lossMinor: number | null;
  indicators: { kind: string; value: string; role: string }[];
  victim?: { fullName: string; phone: string; email?: string };
}

export async function insertReports(db: NationalDatabase, member: Member, key: IndicatorKey, reports: FixtureReport[]) {
  await db.dataSource.transaction(async (em) => {
    for (const r of reports) {
      const report = await em.save(ScamReportEntity, {
        reference: r.reference,
        reportedAt: new Date(r.reportedAt),
        scamType: r.scamType,
        channel: r.channel,
        lossMinor: r.lossMinor,
        currency: member.currency,
        status: 'RECEIVED',
        province: null,
        createdAt: new Date(r.reportedAt),
      });
      for (const ind of r.indicators) {
        const c = normalizeIndicator(ind.kind, ind.value, { region: member.code });
        const k = { ...c, digest: digestIndicator(c.kind, c.canonical, key) };
        let entity = await em.findOneBy(IndicatorEntity, { digest: k.digest });
        entity ??= await em.save(IndicatorEntity, {
          kind: k.kind,
          canonical: k.canonical,
          digest: k.digest,
          keyId: key.id,
          reference: newIndicatorReference(),
        });
        await em.save(ReportIndicatorEntity, { reportId: report.id, indicatorId: entity.id, role: ind.role });
      }
      if (r.victim) {
        await em.save(VictimEntity, {
          reportId: report.id,
          fullName: r.victim.fullName,
          phone: r.victim.phone,
          email: r.victim.email ?? null,
          idNumber: null,
          age: null,
        });
      }
    }
  });
}
