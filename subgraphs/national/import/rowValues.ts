/**
 * Value parsers shared by the row validator: instants, indicator normalisation with a reason, `;` lists and
 * NDJSON structured indicators. Each reports through the `problem` callback it is given instead of throwing,
 * so one pass over a row collects every problem.
 */
import { GraphQLError } from 'graphql';
import { type CanonicalIndicator, normalizeIndicator } from '../../../shared/indicators/index.js';

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const earliest = Date.UTC(2000, 0, 1);

/** ISO date (midnight UTC) or date-time WITH a zone: a local time without one would be off by hours. */
export function instant(
  value: string | undefined,
  problem: (reason: string) => void,
  latest: number,
): Date | undefined {
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

export function normalizeOrReason(kind: string, value: string, region: string): CanonicalIndicator | string {
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
export function listOf(value: unknown, field: string, problem: (field: string, reason: string) => void): string[] {
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
export function structuredIndicators(
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
