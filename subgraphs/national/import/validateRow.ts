/**
 * Checks one import row and turns it into a ReportRecord: codes against the typology, money to hundredths,
 * dates to instants, indicators normalised with the member as region (importFile keys them afterwards,
 * blind and in batches, through the keying service). Every problem of the row is collected (not just the
 * first), each naming its field, so one pass over a file lists them all.
 */
import { GraphQLError } from 'graphql';
import { type Member } from '../../../schema/registry.js';
import { channels, indicatorRoles, isCode, reportStatuses, scamTypes } from '../../../schema/typology.js';
import { type CanonicalIndicator, normalizeIndicator } from '../../shared/indicators/index.js';
import { decimalToMinor } from '../../shared/money.js';
import { defaultRole, indicatorColumns, ndjsonKeys } from './columns.js';
import { type ImportProblem } from './ImportError.js';
import { type LinkContent, type ReportRecord } from './ReportRecord.js';
import { victimOf } from './victimOf.js';

/** A valid row, its indicators normalised but not yet keyed. */
export type UnkeyedRecord = Omit<ReportRecord, 'indicators'> & { readonly indicators: readonly LinkContent[] };

export type RowResult = { record: UnkeyedRecord; problems: [] } | { record?: undefined; problems: ImportProblem[] };

const currencies = new Set(Intl.supportedValuesOf('currency'));
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Largest loss accepted, in units: far above any real report, far below 2^53 hundredths. */
const maxLossUnits = 1e12;
const earliest = Date.UTC(2000, 0, 1);

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

    const reference = maxLength('reference', required('reference'), 64);
    const reportedAt = instant(required('reported_at'), (reason) => problem('reported_at', reason), latest);
    const scamType = code('scam_type', required('scam_type'), scamTypes);
    const channel = code('channel', required('channel'), channels);
    const status = code('status', text('status') ?? 'RECEIVED', reportStatuses);
    const province = maxLength('province', text('province'), 80);

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
    if (!/^[A-Z]{3}$/.test(currency) || !currencies.has(currency)) {
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

    const victim = victimOf(fields, member, problem, text);

    if (problems.length > 0) return { problems };
    return {
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
      problems: [],
    };
  };
}

/** ISO date (midnight UTC) or date-time WITH a zone: a local time without one would be off by hours. */
function instant(value: string | undefined, problem: (reason: string) => void, latest: number): Date | undefined {
  if (value === undefined) return undefined;
  let date: Date;
  const d = dateOnly.exec(value);
  const t = d ? null : dateTime.exec(value);
  if (d) {
    date = new Date(`${value}T00:00:00Z`);
  } else if (t) {
    if (!t[8]) {
      problem(`${JSON.stringify(value)} has no time zone; add Z or an offset such as +07:00`);
      return undefined;
    }
    date = new Date(value.replace(' ', 'T'));
  } else {
    problem(`${JSON.stringify(value)} is not an ISO date (2025-03-14) or date-time (2025-03-14T09:30:00+07:00)`);
    return undefined;
  }
  const [, y, m, day] = (d ?? t)!;
  // Date rolls 2025-02-30 over into March; a real calendar date survives the round trip
  const calendar = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
  if (
    Number.isNaN(date.getTime()) ||
    calendar.getUTCDate() !== Number(day) ||
    calendar.getUTCMonth() !== Number(m) - 1
  ) {
    problem(`${JSON.stringify(value)} is not a real date`);
    return undefined;
  }
  if (date.getTime() < earliest || date.getTime() > latest) {
    problem(`${JSON.stringify(value)} is ${date.getTime() < earliest ? 'before 2000' : 'in the future'}`);
    return undefined;
  }
  return date;
}

function normalizeOrReason(kind: string, value: string, region: string): CanonicalIndicator | string {
  try {
    return normalizeIndicator(kind, value, { region });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const reason = error.extensions.reason;
    return typeof reason === 'string' && error.extensions.field === 'value'
      ? `${JSON.stringify(value)}: ${reason}`
      : error.message;
  }
}

/** `a; b; c` (CSV, or an NDJSON string) or an NDJSON array of strings. */
function listOf(value: unknown, field: string, problem: (field: string, reason: string) => void): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'string') {
      problem(Array.isArray(value) ? `${field}[${i}]` : field, 'must be a string');
      return;
    }
    for (const part of item.split(';')) if (part.trim() !== '') out.push(part.trim());
  });
  return out;
}

/** NDJSON `indicators: [{kind, value, role?}]`. */
function structuredIndicators(
  value: unknown,
  problem: (field: string, reason: string) => void,
  add: (field: string, kind: string, value: string, role: string | undefined) => void,
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return void problem('indicators', 'must be an array of {kind, value, role?}');
  value.forEach((item: unknown, i) => {
    const at = `indicators[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return problem(at, 'must be an object');
    const { kind, value: v, role, ...rest } = item as Record<string, unknown>;
    for (const k of Object.keys(rest)) problem(`${at}.${k}`, 'unknown field; fields are kind, value, role');
    if (typeof kind !== 'string' || kind.trim() === '') return problem(`${at}.kind`, 'is required');
    if (typeof v !== 'string' || v.trim() === '') return problem(`${at}.value`, 'is required');
    if (role !== undefined && typeof role !== 'string') return problem(`${at}.role`, 'must be a string');
    add(`${at}.value`, kind, v.trim(), role?.trim());
  });
}
