/**
 * Correlation over every indicator (issue 10, item 4): the indicators two or more members hold in a period,
 * found from the fingerprint sets the members send (shared/correlation/fingerprints.ts), not from
 * their top-50 lists. Two steps, both planned by the gateway: `Region.correlation` intersects the sets,
 * ranks and pages them; each page's entries are CorrelatedIndicator entities that each member resolves to
 * its own keyed id, and the hub reads those back (`correlatedFields`). Members take part exactly when their
 * statistics reach the caller (SUMMARY, not withheld under their k), the same test as `Region.coverage`.
 */
import { members, type Member } from '../../../schema/registry.js';
import type { IndicatorKind } from '../../../schema/typology.js';
import { userError } from '../../../shared/errors.js';
import { sharedFingerprints } from '../../../shared/correlation/fingerprints.js';
import { coverageOf, partsOf } from './aggregate.js';
import type { CorrelatedParent, CorrelatedRep, CorrelationParent, FingerprintsRep } from './parents.js';

export const MAX_CORRELATION_PAGE = 500;

/** Whether a member's statistics (and so its sets) reach the caller; Region.coverage uses the same rule. */
export function statsShared(part: { level?: string; reportCount?: number | null }): boolean {
  return part.level !== 'NONE' && part.level !== 'HIT' && part.reportCount != null;
}

interface Candidate {
  fingerprint: string;
  members: number;
  reportCount: number;
}

/** The ranked page of fingerprints held by two or more taking-part members. */
export function correlate(
  parent: { from: string; to: string; [ns: string]: unknown },
  first: number | null | undefined,
  after: string | null | undefined,
): CorrelationParent {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_CORRELATION_PAGE) {
    throw userError('BAD_USER_INPUT', `correlation.first must be between 0 and ${MAX_CORRELATION_PAGE}`, {
      field: 'first',
    });
  }
  const offset = after ? decodeCursor(after) : 0;
  const coverage = coverageOf(
    parent,
    (part) => !statsShared(part) || (part as FingerprintsRep).indicatorFingerprints == null,
  );
  const blobs = partsOf<FingerprintsRep>(parent).flatMap(({ member, part }) =>
    coverage.answered.includes(member.code) && part.indicatorFingerprints ? [part.indicatorFingerprints] : [],
  );
  const ranked: Candidate[] = [...sharedFingerprints(blobs)]
    .map(([fingerprint, e]) => ({ fingerprint, members: e.holders, reportCount: e.reportCount }))
    .sort((a, b) => b.members - a.members || b.reportCount - a.reportCount || (a.fingerprint < b.fingerprint ? -1 : 1));
  const page = ranked.slice(offset, offset + limit);
  const end = offset + page.length;
  return {
    entries: page.map((c) => ({ fingerprint: c.fingerprint, from: parent.from, to: parent.to })),
    totalCount: ranked.length,
    hasNextPage: end < ranked.length,
    endCursor: page.length > 0 ? encodeCursor(end) : null,
    coverage,
  };
}

/**
 * An entry's fields from the members' resolved parts. A member resolves a fingerprint only when it took
 * part, so `members` is among those `coverage` lists as answered. Should two different ids ever share a
 * fingerprint (about one chance in ten million per region), the id most members hold is the entry's and
 * only its holders are named.
 */
export function correlatedFields(parent: CorrelatedParent): {
  indicator: { id: string; kind: IndicatorKind } | null;
  members: Member[];
  reportCount: number;
} {
  const parts = partsOf<CorrelatedRep | null>(parent).filter(
    (p): p is { member: Member; part: CorrelatedRep } => p.part != null,
  );
  const byId = new Map<string, typeof parts>();
  for (const p of parts) byId.set(p.part.id, [...(byId.get(p.part.id) ?? []), p]);
  const holders = [...byId.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const first = holders[0]?.part;
  return {
    indicator: first ? { id: first.id, kind: first.kind } : null,
    members: members.filter((m) => holders.some((h) => h.member.code === m.code)),
    reportCount: holders.reduce((n, h) => n + (h.part.reportCount ?? 0), 0),
  };
}

function encodeCursor(offset: number): string {
  return Buffer.from(`correlation:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^correlation:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw userError('BAD_USER_INPUT', 'correlation.after: not a cursor this field gave', { field: 'after' });
  return Number(match[1]);
}
