/**
 * A report ready to store: validated, codes checked, indicators normalised and digested. Both the file
 * import and the synthetic seed produce these and hand them to ReportWriter, so the two paths cannot
 * store reports differently.
 */
import { type IndicatorKind, type IndicatorRole } from '../../../schema/typology.js';
import { type KeyOf, scamReport, victim } from '../db/tables/index.js';

export interface IndicatorLink {
  readonly kind: IndicatorKind;
  readonly canonical: string;
  readonly digest: string;
  readonly role: IndicatorRole;
}

export interface VictimRecord {
  readonly fullName: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly idNumber: string | null;
  readonly age: number | null;
}

export interface ReportRecord {
  readonly reference: string;
  readonly reportedAt: Date;
  readonly scamType: string;
  readonly channel: string;
  /** Hundredths of `currency`; null when no loss is stated. */
  readonly lossMinor: number | null;
  readonly currency: string;
  readonly status: string;
  readonly province: string | null;
  /** When the row was written; the writer's clock when absent. */
  readonly createdAt?: Date;
  readonly indicators: readonly IndicatorLink[];
  /** Personal data: stored only in the victim table, which nothing in the API reads. */
  readonly victim: VictimRecord | null;
}

/** Every report column but the row id and bookkeeping: what "the same report" compares (tables.ts). */
type ContentKey = Exclude<KeyOf<typeof scamReport>, 'id' | 'createdAt' | 'withdrawnAt'>;
const contentColumns = scamReport.columns.filter(
  (c) => c.key !== 'id' && c.key !== 'createdAt' && c.key !== 'withdrawnAt',
);
type VictimKey = Exclude<KeyOf<typeof victim>, 'id' | 'reportId'>;
const victimColumns = victim.columns.filter((c) => c.key !== 'id' && c.key !== 'reportId');
/** Import field names, where the file's differs from the column's (an amount in the file, hundredths stored). */
const importNames: Readonly<Record<string, string>> = { loss_minor: 'loss_amount' };

/**
 * What "the same report" means for idempotent imports: every content column of scam_report (tables.ts) in
 * description order, indicators as a set of (kind, canonical value, role), and the victim's columns. The
 * canonical value, not the digest, so a key rotation does not make every old row look changed.
 */
export function reportFingerprint(
  r: Pick<ReportRecord, ContentKey> & {
    readonly indicators: readonly LinkContent[];
    readonly victim: Pick<VictimRecord, VictimKey> | null;
  },
): string {
  const links = [...new Set(r.indicators.map((l) => `${l.kind}\u0000${l.canonical}\u0000${l.role}`))].sort();
  const v = r.victim;
  // JSON.stringify writes a Date as its ISO instant
  return JSON.stringify([...contentColumns.map((c) => r[c.key]), links, v ? victimColumns.map((c) => v[c.key]) : null]);
}

export type LinkContent = Pick<IndicatorLink, 'kind' | 'canonical' | 'role'>;

const fingerprintFields = [...contentColumns.map((c) => importNames[c.name] ?? c.name), 'indicators', 'victim'];

/** The import fields in which two fingerprints differ, to tell the sender what changed. */
export function fingerprintDiff(a: string, b: string): string[] {
  const x = JSON.parse(a) as unknown[];
  const y = JSON.parse(b) as unknown[];
  return fingerprintFields.filter((_, i) => JSON.stringify(x[i]) !== JSON.stringify(y[i]));
}
