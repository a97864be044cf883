/**
 * The victim part of an import row: `victim_*` columns (CSV) or a `victim: {name, phone, email, idNumber,
 * age}` object (NDJSON), never both for one field. Phone and e-mail are stored in canonical form (E.164,
 * lowercase) so they read the same whichever way they were typed; the rest as given, length-checked.
 */
import { GraphQLError } from 'graphql';
import { type Member } from '../../../schema/registry.js';
import { normalizeIndicator } from '../../../shared/indicators/index.js';
import { victimColumns } from './columns.js';
import { type VictimRecord } from './ReportRecord.js';

/** null when the row says nothing about the victim: no victim row is stored then. */
export function victimOf(
  fields: Readonly<Record<string, unknown>>,
  member: Member,
  problem: (field: string, reason: string) => void,
  text: (field: string) => string | undefined,
): VictimRecord | null {
  const raw: Record<string, { field: string; value: string }> = {};
  for (const { column, key } of victimColumns) {
    const v = text(column);
    if (v !== undefined) raw[key] = { field: column, value: v };
  }
  const nested = fields.victim;
  if (nested !== undefined && nested !== null) {
    if (typeof nested !== 'object' || Array.isArray(nested)) {
      problem('victim', 'must be an object {name, phone, email, idNumber, age}');
    } else {
      for (const [k, v] of Object.entries(nested)) {
        const field = `victim.${k}`;
        if (!victimColumns.some((c) => c.key === k)) {
          problem(field, 'unknown field; fields are name, phone, email, idNumber, age');
        } else if (raw[k]) {
          problem(field, `given twice (also as ${raw[k].field})`);
        } else if (typeof v === 'number' && Number.isFinite(v)) {
          raw[k] = { field, value: String(v) };
        } else if (typeof v === 'string') {
          if (v.trim() !== '') raw[k] = { field, value: v.trim() };
        } else if (v !== null) {
          problem(field, 'must be a string');
        }
      }
    }
  }
  if (Object.keys(raw).length === 0) return null;
  const limited = (k: string, max: number): string | null => {
    const entry = raw[k];
    if (!entry) return null;
    if (entry.value.length > max) {
      problem(entry.field, `is longer than ${max} characters`);
      return null;
    }
    if (/\p{Cc}/u.test(entry.value)) {
      problem(entry.field, 'contains a control character');
      return null;
    }
    return entry.value;
  };
  const normalized = (k: string, kind: 'PHONE' | 'EMAIL'): string | null => {
    const entry = raw[k];
    if (!entry) return null;
    try {
      return normalizeIndicator(kind, entry.value, { region: member.code }).canonical;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      problem(entry.field, `${JSON.stringify(entry.value)}: ${String(error.extensions.reason ?? error.message)}`);
      return null;
    }
  };
  let age: number | null = null;
  if (raw.age) {
    const n = Number(raw.age.value);
    if (!/^\d{1,3}$/.test(raw.age.value) || n > 130) problem(raw.age.field, 'must be a whole number of years (0-130)');
    else age = n;
  }
  return {
    fullName: limited('name', 200),
    phone: normalized('phone', 'PHONE'),
    email: normalized('email', 'EMAIL'),
    idNumber: limited('idNumber', 64),
    age,
  };
}
