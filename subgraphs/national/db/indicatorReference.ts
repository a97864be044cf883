/**
 * An indicator's reference: what a HIT answer gives a caller to quote in a follow-up (issue 10, item 5).
 * It was the row id (`TH:IND:12365`), which tells anyone holding two of them how many indicators the
 * member stores and in what order they arrived. Now it is 96 random bits, drawn once when the indicator
 * is stored (ReportWriter, or the migration that back-filled older rows), so it says nothing but "this
 * member's indicator" and cannot be guessed or enumerated. In the API it reads `<member>:IND:<24 hex>`.
 */
import { randomBytes } from 'node:crypto';

/** The stored part: 24 lowercase hex digits (12 random bytes). */
export function newIndicatorReference(): string {
  return randomBytes(12).toString('hex');
}

const stored = /^[0-9a-f]{24}$/;

/** The reference as the API shows it. */
export function formatIndicatorReference(memberCode: string, reference: string): string {
  return `${memberCode}:IND:${reference}`;
}

/**
 * Reads an API reference back: the member code it names and the stored part, or the problem with it
 * (for a BAD_USER_INPUT that says why).
 */
export function parseIndicatorReference(value: string): { member: string; reference: string } | string {
  const match = /^([A-Z]{2}):IND:(.*)$/.exec(value);
  if (!match) return 'expected <member>:IND:<24 lowercase hex digits>, as a sighting gives it';
  const [, member = '', reference = ''] = match;
  if (!stored.test(reference)) {
    return /^\d+$/.test(reference)
      ? 'a row-number reference is no longer accepted; look the indicator up again to get its current reference'
      : 'expected <member>:IND:<24 lowercase hex digits>, as a sighting gives it';
  }
  return { member, reference };
}
