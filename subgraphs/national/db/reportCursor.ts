/**
 * The opaque `after` cursor of report search: base64url of `<reportedAt ISO>|<id>`, the keyset position
 * (reported_at DESC, id DESC). Opaque so clients cannot build one and the format can change; checked strictly
 * on the way in (round-trip) so a tampered or foreign cursor is a clear BAD_USER_INPUT, never a SQL error.
 */
import { userError } from '../../../shared/errors.js';

export interface ReportPosition {
  readonly reportedAt: Date;
  readonly id: number;
}

export function encodeReportCursor(position: ReportPosition): string {
  return Buffer.from(`${position.reportedAt.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeReportCursor(after: string): ReportPosition {
  const bad = () => userError('BAD_USER_INPUT', 'after: not a cursor from this API', { field: 'after' });
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(after)) throw bad();
  const buffer = Buffer.from(after, 'base64url');
  if (buffer.toString('base64url') !== after) throw bad();
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([1-9]\d{0,15})$/.exec(buffer.toString('utf8'));
  if (!match) throw bad();
  const reportedAt = new Date(match[1] ?? '');
  const id = Number(match[2]);
  if (Number.isNaN(reportedAt.getTime()) || reportedAt.toISOString() !== match[1] || !Number.isSafeInteger(id)) {
    throw bad();
  }
  return { reportedAt, id };
}
