/**
 * Inserts hand-written reports into a member's database through the product's own ReportWriter (as import
 * and seed write) and the real indicator normalisation, so federation tests can plant a known indicator in
 * chosen members and read it back from rows written the way the product writes them. The ids are computed
 * in-process with the keying service's own key (the federation's service is started with the same
 * `testKey`): these tests exercise lookups, not keying; test/keying/ and test/security/blindKeying.test.ts
 * exercise the service and seed through it.
 */
import type { Member } from '../../schema/registry.js';
import type { IndicatorKey } from '../../shared/indicatorKey.js';
import { digestIndicator, normalizeIndicator } from '../../shared/indicators/index.js';
import type { IndicatorRole } from '../../schema/typology.js';
import type { NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import type { ReportRecord } from '../../subgraphs/national/import/ReportRecord.js';
import { ReportWriter } from '../../subgraphs/national/import/ReportWriter.js';

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
  const records: ReportRecord[] = reports.map((r) => ({
    reference: r.reference,
    reportedAt: new Date(r.reportedAt),
    scamType: r.scamType,
    channel: r.channel,
    lossMinor: r.lossMinor,
    currency: member.currency,
    status: 'RECEIVED',
    province: null,
    createdAt: new Date(r.reportedAt),
    indicators: r.indicators.map((ind) => {
      const c = normalizeIndicator(ind.kind, ind.value, { region: member.code });
      return { ...c, digest: digestIndicator(c.kind, c.canonical, key), role: ind.role as IndicatorRole };
    }),
    victim: r.victim
      ? { fullName: r.victim.fullName, phone: r.victim.phone, email: r.victim.email ?? null, idNumber: null, age: null }
      : null,
  }));
  await db.dataSource.transaction((em) => new ReportWriter(em, db.type).write(records));
}
