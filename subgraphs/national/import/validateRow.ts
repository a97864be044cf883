/**
 * Checks one import row and turns it into an ImportRow: its action (NEW by default), codes against the
 * typology, money to hundredths, dates to instants, indicators normalised with the member as region
 * (importFile keys them afterwards, blind and in batches, through the keying service). Every problem of the
 * row is collected (not just the first), each naming its field, so one pass over a file lists them all.
 * A NEW row needs every required field; an UPDATE only its reference and the fields it changes; WITHDRAW
 * and REINSTATE take nothing but the reference.
 */
import { type Member } from '../../../schema/registry.js';
import { channels, indicatorRoles, isCode, reportStatuses, scamTypes } from '../../../schema/typology.js';
import { type CanonicalIndicator } from '../../../shared/indicators/index.js';
import { decimalToMinor } from '../../../shared/money.js';
import { defaultRole, indicatorColumns, ndjsonKeys, victimColumns } from './columns.js';
import { type ImportProblem } from './ImportError.js';
import { importActions, type ImportRow, type ReportFields } from './ImportRow.js';
import { type LinkContent, type ReportRecord } from './ReportRecord.js';
import { instant, listOf, normalizeOrReason, structuredIndicators } from './rowValues.js';
import { victimOf } from './victimOf.js';

/** A valid NEW row, its indicators normalised but not yet keyed. */
export type UnkeyedRecord = Omit<ReportRecord, 'indicators'> & { readonly indicators: readonly LinkContent[] };

export type RowResult = { row: ImportRow; problems: [] } | { row?: undefined; problems: ImportProblem[] };

const currencies = new Set(Intl.supportedValuesOf('currency'));
/** Largest loss accepted, in units: far above any real report, far below 2^53 hundredths. */
const maxLossUnits = 1e12;
const victimFields = [...victimColumns.map((c) => c.column), 'victim'];

export function createRowValidator(
  member: Member,
  now: Date = new Date(),
): (fields: Readonly<Record<string, unknown>>, line: number) => RowResult {
  // a large file repeats its mule accounts and numbers: normalise each distinct value once
  const normalised = new Map<string, CanonicalIndicator | string>();
  const latest = now.getTime() + 86_400_000; // a day of slack for clocks and time zones

  return (fields, line) => {
    const problems: ImportProblem[] = [];
    const problem = (field: string, reason: string): void => {
      problems.push({ line, field, reason });
    };

    for (const k of Object.keys(fields)) {
      if (!ndjsonKeys.includes(k)) problem(k, `unknown field; fields are ${ndjsonKeys.join(', ')}`);
    }
    const text = (field: string): string | undefined => {
      const v = fields[field];
      if (v === undefined || v === null) return undefined;
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      if (typeof v !== 'string') {
        problem(field, `must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
        return undefined;
      }
      const t = v.trim();
      return t === '' ? undefined : t;
    };
    const required = (field: string): string | undefined => {
      const v = text(field);
      if (v === undefined && !problems.some((p) => p.field === field)) problem(field, 'is required');
      return v;
    };
    const maxLength = (field: string, value: string | undefined, max: number): string | null => {
      if (value === undefined) return null;
      if (value.length > max) {
        problem(field, `is longer than ${max} characters`);
        return null;
      }
      if (/\p{Cc}/u.test(value)) {
        problem(field, 'contains a control character');
        return null;
      }
      return value;
    };
    const code = <T extends { code: string }>(field: string, value: string | undefined, list: readonly T[]) => {
      if (value === undefined) return undefined;
      const upper = value.toUpperCase();
      if (isCode(list, upper)) return upper;
      problem(field, `${JSON.stringify(value)} is not one of ${list.map((e) => e.code).join(', ')}`);
      return undefined;
    };
    /** Whether the row gives a field at all (an empty cell, null or [] gives nothing). */
    const given = (field: string): boolean => {
      const v = fields[field];
      return !(
        v === undefined ||
        v === null ||
        (typeof v === 'string' && v.trim() === '') ||
        (Array.isArray(v) && v.length === 0)
      );
    };

    const actionText = text('action');
    const action =
      actionText === undefined
        ? 'NEW'
        : code(
            'action',
            actionText,
            importActions.map((a) => ({ code: a })),
          );
    // without a valid action the row's rules are unknown: report the action (and unknown fields) only
    if (action === undefined) return { problems };
    const reference = maxLength('reference', required('reference'), 64);

    if (action === 'WITHDRAW' || action === 'REINSTATE') {
      for (const k of Object.keys(fields)) {
        if (k !== 'reference' && k !== 'action' && ndjsonKeys.includes(k) && given(k)) {
          problem(k, `is not taken by action ${action}; give only reference and action`);
        }
      }
      if (problems.length > 0) return { problems };
      return { row: { action, reference: reference! }, problems: [] };
    }

    const isNew = action === 'NEW';
    const need = isNew ? required : text;
    const reportedAt = instant(need('reported_at'), (reason) => problem('reported_at', reason), latest);
    const scamType = code('scam_type', need('scam_type'), scamTypes);
    const channel = code('channel', need('channel'), channels);
    const status = code('status', text('status') ?? (isNew ? 'RECEIVED' : undefined), reportStatuses);
    const provinceText = text('province');
    const province = maxLength('province', provinceText, 80);

    let lossMinor: number | null = null;
    const loss = text('loss_amount');
    if (loss !== undefined) {
      const minor = decimalToMinor(loss);
      if (minor === null) problem('loss_amount', `${JSON.stringify(loss)} is not an amount with at most 2 decimals`);
      else if (minor < 0) problem('loss_amount', 'must not be negative');
      else if (minor > maxLossUnits * 100)
        problem('loss_amount', `is larger than ${maxLossUnits.toLocaleString('en')}`);
      else lossMinor = minor;
    }
    const currencyText = text('currency');
    const currency = (currencyText ?? member.currency).toUpperCase();
    if ((isNew || currencyText !== undefined) && (!/^[A-Z]{3}$/.test(currency) || !currencies.has(currency))) {
      problem('currency', `${JSON.stringify(currencyText)} is not an ISO 4217 currency code`);
    }

    const indicators: LinkContent[] = [];
    const addIndicator = (field: string, kind: string, value: string, role: string | undefined): void => {
      const cacheKey = `${kind}\u0000${value}`;
      let k = normalised.get(cacheKey);
      if (k === undefined) {
        k = normalizeOrReason(kind, value, member.code);
        normalised.set(cacheKey, k);
      }
      if (typeof k === 'string') return problem(field, k);
      const r = role === undefined ? defaultRole[k.kind] : role.toUpperCase();
      if (!isCode(indicatorRoles, r)) {
        return problem(
          field,
          `role ${JSON.stringify(role)} is not one of ${indicatorRoles.map((x) => x.code).join(', ')}`,
        );
      }
      indicators.push({ kind: k.kind, canonical: k.canonical, role: r });
    };
    for (const { column, kind } of indicatorColumns) {
      for (const value of listOf(fields[column], column, problem)) addIndicator(column, kind, value, undefined);
    }
    structuredIndicators(fields.indicators, problem, addIndicator);

    if (!isNew) {
      // the victim's personal data is kept as first imported: an update never copies it into a revision
      for (const field of victimFields) {
        if (given(field)) problem(field, 'is not changed by action UPDATE; victim data stays as first imported');
      }
      if (problems.length > 0) return { problems };
      const patch: { -readonly [K in keyof ReportFields]?: ReportFields[K] } = {};
      if (reportedAt) patch.reportedAt = reportedAt;
      if (scamType) patch.scamType = scamType;
      if (channel) patch.channel = channel;
      if (loss !== undefined) patch.lossMinor = lossMinor;
      if (currencyText !== undefined) patch.currency = currency;
      if (status) patch.status = status;
      if (provinceText !== undefined) patch.province = province;
      const hasIndicators = indicatorColumns.some((c) => given(c.column)) || given('indicators');
      if (Object.keys(patch).length === 0 && !hasIndicators) {
        return { problems: [{ line, field: 'action', reason: 'UPDATE gives no field to change' }] };
      }
      return {
        row: { action: 'UPDATE', reference: reference!, patch, ...(hasIndicators ? { indicators } : {}) },
        problems: [],
      };
    }

    const victim = victimOf(fields, member, problem, text);

    if (problems.length > 0) return { problems };
    return {
      row: {
        action: 'NEW',
        record: {
          reference: reference!,
          reportedAt: reportedAt!,
          scamType: scamType!,
          channel: channel!,
          lossMinor,
          currency,
          status: status!,
          province,
          indicators,
          victim,
        },
      },
      problems: [],
    };
  };
}
