/**
 * The import format: the columns of a CSV file (and the keys of an NDJSON object), which are required,
 * and which hold indicators of which kind in which default role. The CLI's --help and the README are
 * written from the same lists.
 */
import { type IndicatorKind, type IndicatorRole } from '../../../schema/typology.js';

export const requiredColumns = ['reference', 'reported_at', 'scam_type', 'channel'] as const;

export const reportColumns = [...requiredColumns, 'loss_amount', 'currency', 'status', 'province'] as const;

/** Indicator columns: several values separated by `;`, each stored in the kind's default role. */
export const indicatorColumns: readonly { column: string; kind: IndicatorKind; role: IndicatorRole }[] = [
  { column: 'phone', kind: 'PHONE', role: 'CALLER_NUMBER' },
  { column: 'bank_account', kind: 'BANK_ACCOUNT', role: 'BENEFICIARY_ACCOUNT' },
  { column: 'crypto_wallet', kind: 'CRYPTO_WALLET', role: 'WALLET' },
  { column: 'url', kind: 'URL', role: 'PHISHING_URL' },
  { column: 'domain', kind: 'DOMAIN', role: 'WEBSITE_DOMAIN' },
  { column: 'email', kind: 'EMAIL', role: 'CONTACT_EMAIL' },
  { column: 'social_account', kind: 'SOCIAL_ACCOUNT', role: 'SOCIAL_PROFILE' },
  { column: 'e_wallet', kind: 'E_WALLET', role: 'BENEFICIARY_EWALLET' },
  { column: 'company', kind: 'COMPANY', role: 'MULE_COMPANY' },
];

export const defaultRole = Object.fromEntries(indicatorColumns.map((c) => [c.kind, c.role])) as Record<
  IndicatorKind,
  IndicatorRole
>;

/** Victim columns -> the victim field they fill (NDJSON may also give `victim: {name, phone, …}`). */
export const victimColumns = [
  { column: 'victim_name', key: 'name' },
  { column: 'victim_phone', key: 'phone' },
  { column: 'victim_email', key: 'email' },
  { column: 'victim_id_number', key: 'idNumber' },
  { column: 'victim_age', key: 'age' },
] as const;

/** NEW (default), UPDATE, WITHDRAW or REINSTATE: see ImportRow.ts. */
export const actionColumn = 'action';

export const csvColumns: readonly string[] = [
  actionColumn,
  ...reportColumns,
  ...indicatorColumns.map((c) => c.column),
  ...victimColumns.map((c) => c.column),
];

/** NDJSON adds structured forms of the same data. */
export const ndjsonKeys: readonly string[] = [...csvColumns, 'indicators', 'victim'];
