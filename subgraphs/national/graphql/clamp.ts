import { userError } from '../../../shared/errors.js';

/** A count argument (`first`) or its default, refused with BAD_USER_INPUT naming the field outside 0..max. */
export function clamp(value: number | null | undefined, fallback: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw userError('BAD_USER_INPUT', `${field} must be between 0 and ${max}, got ${n}`, { field });
  }
  return n;
}
