/**
 * A small, hand-checkable national database for the NationalStore tests, written through the product's own
 * ReportWriter (as import and seed write), so the read model is tested on rows written the way the product
 * writes them. Chosen to catch the classic read-model bugs:
 * - the phone is linked to REF-2 in two roles (a naive join double-counts the report and its loss);
 * - REF-4 and REF-5 share a timestamp (keyset pagination must break the tie on id);
 * - REF-6 is 23:30 UTC on 31 December (a month bucket taken in local time would move it to January);
 * - REF-2 is in a second currency and REF-4 has no known loss (per-currency sums, nulls ignored);
 * - REF-3 is 23:59:59.999 (milliseconds survive the round trip);
 * - the URL digest is stored but never reported (absent from sightings), and victims exist but must
 *   never be read.
 */
import { members, type Member } from '../../schema/registry.js';
import { type DatabaseConfig } from '../../subgraphs/national/config.js';
import { type IndicatorKind, type IndicatorRole } from '../../schema/typology.js';
import { type IndicatorLink, type ReportRecord } from '../../subgraphs/national/import/ReportRecord.js';
import { ReportWriter } from '../../subgraphs/national/import/ReportWriter.js';
import { NationalStore } from '../../subgraphs/national/db/NationalStore.js';
import { openDatabase, type NationalDatabase } from '../../subgraphs/national/db/openDatabase.js';
import { type ReportRow } from '../../subgraphs/national/db/rows.js';

export const digest = {
  phone: `k1:${'a'.repeat(64)}`,
  bank: `k1:${'b'.repeat(64)}`,
  wallet: `k1:${'c'.repeat(64)}`,
  url: `k1:${'d'.repeat(64)}`,
} as const;
export type IndicatorName = keyof typeof digest;
export const kindOf: Record<IndicatorName, string> = {
  phone: 'PHONE',
  bank: 'BANK_ACCOUNT',
  wallet: 'CRYPTO_WALLET',
  url: 'URL',
};

// Any member: the store is the same code for all of them.
export const member: Member = members[0]!;
export const home = member.currency;
export const other = home === 'USD' ? 'EUR' : 'USD';

const reportSpecs = [
  ['REF-1', '2025-01-15T10:00:00.000Z', 'INVESTMENT', 'MESSAGING_APP', 150000, home, 'RECEIVED', 'Province A'],
  ['REF-2', '2025-02-03T08:30:00.250Z', 'ROMANCE', 'SOCIAL_MEDIA', 50000, other, 'UNDER_INVESTIGATION', null],
  ['REF-3', '2025-02-20T23:59:59.999Z', 'INVESTMENT', 'PHONE_CALL', 25000, home, 'ACTIONED', 'Province B'],
  ['REF-4', '2025-03-01T00:00:00.000Z', 'JOB_TASK', 'MESSAGING_APP', null, home, 'RECEIVED', 'Province A'],
  ['REF-5', '2025-03-01T00:00:00.000Z', 'PARCEL_CUSTOMS', 'SMS', 999, home, 'CLOSED', 'Province A'],
  ['REF-6', '2024-12-31T23:30:00.000Z', 'OTHER', 'EMAIL', 100, home, 'RECEIVED', null],
] as const;
export type Ref = (typeof reportSpecs)[number][0];

const links: readonly [IndicatorName, Ref, string][] = [
  ['phone', 'REF-1', 'CALLER_NUMBER'],
  ['phone', 'REF-2', 'CALLER_NUMBER'],
  ['phone', 'REF-2', 'SOCIAL_PROFILE'],
  ['phone', 'REF-3', 'CALLER_NUMBER'],
  ['bank', 'REF-2', 'BENEFICIARY_ACCOUNT'],
  ['bank', 'REF-4', 'BENEFICIARY_ACCOUNT'],
  ['wallet', 'REF-5', 'WALLET'],
];

export interface StoreFixture {
  db: NationalDatabase;
  store: NationalStore;
  /** The written reports by reference (ids as the database assigned them). */
  report: Record<Ref, ReportRow>;
  /** What the store must return for each report. */
  row(ref: Ref): ReportRow;
  indicatorId: Record<IndicatorName, number>;
  /** Each indicator's random reference (db/indicatorReference.ts). */
  indicatorReference: Record<IndicatorName, string>;
}

const linkOf = (name: IndicatorName, role: string): IndicatorLink => ({
  kind: kindOf[name] as IndicatorKind,
  canonical: `canonical-${name}`,
  digest: digest[name],
  role: role as IndicatorRole,
});

export async function openStoreFixture(config: DatabaseConfig): Promise<StoreFixture> {
  const db = await openDatabase(config);
  const records: ReportRecord[] = reportSpecs.map(
    ([reference, at, scamType, channel, lossMinor, currency, status, province]) => ({
      reference,
      reportedAt: new Date(at),
      scamType,
      channel,
      lossMinor,
      currency,
      status,
      province,
      createdAt: new Date('2025-06-01T00:00:00.000Z'),
      indicators: links.filter(([, ref]) => ref === reference).map(([name, , role]) => linkOf(name, role)),
      victim:
        reference === 'REF-1' || reference === 'REF-2'
          ? {
              fullName: `Victim of ${reference}`,
              phone: '+10000000000',
              email: 'victim@example.org',
              idNumber: 'ID-1',
              age: 70,
            }
          : null,
    }),
  );
  // written the way the product writes reports (import and seed), not through an ORM
  const ids = await db.dataSource.transaction(async (m) => {
    const writer = new ReportWriter(m, db.type);
    const reportIds = await writer.write(records);
    // the URL is held but never reported: it must be absent from sightings
    await writer.indicatorIds([linkOf('url', 'PHISHING_URL')]);
    return reportIds;
  });
  const report = {} as Record<Ref, ReportRow>;
  for (const [reference, at, scamType, channel, lossMinor, currency, status, province] of reportSpecs) {
    report[reference] = {
      id: ids.get(reference)!,
      reference,
      reportedAt: new Date(at),
      scamType,
      channel,
      lossMinor,
      currency,
      status,
      province,
    };
  }
  const indicatorId = {} as Record<IndicatorName, number>;
  const indicatorReference = {} as Record<IndicatorName, string>;
  const stored = (await db.dataSource.query('SELECT id, digest, reference FROM indicator')) as {
    id: number | string;
    digest: string;
    reference: string;
  }[];
  for (const name of Object.keys(digest) as IndicatorName[]) {
    const row = stored.find((r) => r.digest === digest[name])!;
    indicatorId[name] = Number(row.id);
    indicatorReference[name] = row.reference;
  }
  db.queries.reset();
  const row = (ref: Ref): ReportRow => ({ ...report[ref], reportedAt: new Date(report[ref].reportedAt.getTime()) });
  return { db, store: new NationalStore(db, member), report, row, indicatorId, indicatorReference };
}

/** `count` digests that are not in the fixture, plus the given ones, to prove batches stay one statement. */
export function manyDigests(count: number, ...include: string[]): string[] {
  const out = [...include];
  for (let i = out.length; i < count; i += 1) out.push(`k1:${i.toString(16).padStart(64, '0')}`);
  return out;
}
