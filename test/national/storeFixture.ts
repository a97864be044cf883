/**
 * A small, hand-checkable national database for the NationalStore tests, written through the TypeORM
 * entities. Seed and import write through ReportWriter's SQL instead, so this fixture does not prove the
 * read model on the writer's rows (issue 14 moves it onto the writer). Chosen to catch the classic read-model bugs:
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
import {
  IndicatorEntity,
  ReportIndicatorEntity,
  ScamReportEntity,
  VictimEntity,
} from '../../subgraphs/national/db/entities/index.js';
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
  /** The saved reports by reference (ids as the database assigned them). */
  report: Record<Ref, ScamReportEntity>;
  /** What the store must return for each report. */
  row(ref: Ref): ReportRow;
  indicatorId: Record<IndicatorName, number>;
  /** Each indicator's random reference (db/indicatorReference.ts). */
  indicatorReference: Record<IndicatorName, string>;
}

export async function openStoreFixture(config: DatabaseConfig): Promise<StoreFixture> {
  const db = await openDatabase(config);
  const m = db.dataSource.manager;
  const report = {} as Record<Ref, ScamReportEntity>;
  for (const [reference, at, scamType, channel, lossMinor, currency, status, province] of reportSpecs) {
    report[reference] = await m.save(
      m.create(ScamReportEntity, {
        reference,
        reportedAt: new Date(at),
        scamType,
        channel,
        lossMinor,
        currency,
        status,
        province,
        createdAt: new Date('2025-06-01T00:00:00.000Z'),
      }),
    );
  }
  const indicatorId = {} as Record<IndicatorName, number>;
  const indicatorReference = {} as Record<IndicatorName, string>;
  for (const name of Object.keys(digest) as IndicatorName[]) {
    const saved = await m.save(
      m.create(IndicatorEntity, {
        kind: kindOf[name],
        canonical: `canonical-${name}`,
        digest: digest[name],
        keyId: 'k1',
      }),
    );
    indicatorId[name] = saved.id;
    indicatorReference[name] = saved.reference;
  }
  for (const [name, ref, role] of links) {
    await m.insert(ReportIndicatorEntity, { reportId: report[ref].id, indicatorId: indicatorId[name], role });
  }
  for (const ref of ['REF-1', 'REF-2'] as const) {
    await m.insert(VictimEntity, {
      reportId: report[ref].id,
      fullName: `Victim of ${ref}`,
      phone: '+10000000000',
      email: 'victim@example.org',
      idNumber: 'ID-1',
      age: 70,
    });
  }
  db.queries.reset();
  const row = (ref: Ref): ReportRow => {
    const r = report[ref];
    return {
      id: r.id,
      reference: r.reference,
      reportedAt: new Date(r.reportedAt.getTime()),
      scamType: r.scamType,
      channel: r.channel,
      lossMinor: r.lossMinor,
      currency: r.currency,
      status: r.status,
      province: r.province,
    };
  };
  return { db, store: new NationalStore(db, member), report, row, indicatorId, indicatorReference };
}

/** `count` digests that are not in the fixture, plus the given ones, to prove batches stay one statement. */
export function manyDigests(count: number, ...include: string[]): string[] {
  const out = [...include];
  for (let i = out.length; i < count; i += 1) out.push(`k1:${i.toString(16).padStart(64, '0')}`);
  return out;
}
