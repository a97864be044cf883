/**
 * A report ready to store: validated, codes checked, indicators normalised and digested. Both the file
 * import and the synthetic seed produce these and hand them to ReportWriter, so the two paths cannot
 * store reports differently.
 */
import { type IndicatorKind, type IndicatorRole } from '../../../schema/typology.js';

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

/**
 * What "the same report" means for idempotent imports: every stored field except the row ids and
 * created_at, indicators as a set of (kind, canonical value, role). The canonical value, not the digest,
 * so a key rotation does not make every old row look changed.
 */
export function reportFingerprint(
  r: Omit<ReportRecord, 'indicators'> & { indicators: readonly LinkContent[] },
): string {
  const links = [...new Set(r.indicators.map((l) => `${l.kind}\u0000${l.canonical}\u0000${l.role}`))].sort();
  const v = r.victim;
  return JSON.stringify([
    r.reference,
    r.reportedAt.toISOString(),
    r.scamType,
    r.channel,
    r.lossMinor,
    r.currency,
    r.status,
    r.province,
    links,
    v ? [v.fullName, v.phone, v.email, v.idNumber, v.age] : null,
  ]);
}

export type LinkContent = Pick<IndicatorLink, 'kind' | 'canonical' | 'role'>;

const fingerprintFields = [
  'reference',
  'reported_at',
  'scam_type',
  'channel',
  'loss_amount',
  'currency',
  'status',
  'province',
  'indicators',
  'victim',
] as const;

/** The import fields in which two fingerprints differ, to tell the sender what changed. */
export function fingerprintDiff(a: string, b: string): string[] {
  const x = JSON.parse(a) as unknown[];
  const y = JSON.parse(b) as unknown[];
  return fingerprintFields.filter((_, i) => JSON.stringify(x[i]) !== JSON.stringify(y[i]));
}
