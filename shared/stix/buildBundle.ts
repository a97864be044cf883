/**
 * Turns what a caller saw in GraphQL answers into one STIX 2.1 bundle (docs/stix.md has the mapping).
 * Pure: the exporter (scripts/stix) fetches the answers, this only re-expresses them, so a bundle never
 * holds more than the answer did. A field a member withheld is null in the answer and absent here; a
 * report's indicators the caller knows only by keyed id have no pattern and are listed by id in the
 * report's extension; only values the caller itself supplied become patterns.
 *
 * Any answer that names indicators plugs in through ExportItem: lookup and screen by value, a watchlist's
 * entries by id only. An indicator known only by id gets no indicator object (STIX requires a pattern, and
 * a pattern needs the value the federation never discloses): its sightings and reports refer to the STIX
 * id any export of its value carries, and name it by `indicator_id` in their extension.
 */
import { randomUUID } from 'node:crypto';
import { type IndicatorKind } from '../../schema/typology.js';
import { patternOf } from './indicatorPattern.js';
import {
  EXTENSION_DEFINITION,
  EXTENSION_ID,
  memberIdentity,
  stixId,
  type Tlp,
  tlpMarking,
  WORKING_GROUP_IDENTITY,
} from './stixVocabulary.js';

export interface MoneyAnswer {
  amount: string;
  currency: string;
}

/** `Indicator.sightings` as the hub answers it. */
export interface SightingAnswer {
  member: { code: string; name: string };
  level: string;
  reference: string | null;
  reportCount: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  totalLoss: MoneyAnswer[] | null;
  scamTypes: string[] | null;
}

/** `NationalSighting.reports` / `ScamReport` as a member answers it (DETAIL and above). */
export interface ReportAnswer {
  id: string;
  member: string;
  reportedAt: string;
  scamType: string;
  channel: string;
  loss: MoneyAnswer | null;
  status: string;
  province: string | null;
  indicators: { role: string; kind: string; indicator: { id: string } }[];
}

/** One indicator the caller named by value, and what the federation answered about it. */
export interface ExportItem {
  kind: IndicatorKind;
  /**
   * The canonical value (normalizeIndicator): what the hub keyed; null when the caller named the
   * indicator by id only (a watchlist), so the bundle has no pattern for it.
   */
  canonical: string | null;
  /** `Indicator.id`, `KIND:keyId:digest`. */
  id: string;
  sightings: readonly SightingAnswer[];
  reports: readonly ReportAnswer[];
}

export interface BundleOptions {
  tlp: Tlp;
  /** When the objects were produced: their `created` and `modified`. */
  now: Date;
}

type StixObject = Record<string, unknown> & { id: string };

export function buildBundle(items: readonly ExportItem[], options: BundleOptions) {
  const now = options.now.toISOString();
  const marking = tlpMarking(options.tlp);
  const marked = { object_marking_refs: [marking.id] };
  const ext = (props: Record<string, unknown>) => ({
    extensions: { [EXTENSION_ID]: { extension_type: 'property-extension', ...withoutNulls(props) } },
  });
  const identities = new Map<string, StixObject>();
  const identityOf = (member: { code: string; name: string }) => {
    const identity = identities.get(member.code) ?? memberIdentity(member);
    identities.set(member.code, identity);
    return identity.id;
  };
  const indicatorIds = new Map(items.map((item) => [item.id, stixId('indicator', item.id)]));
  const indicators = new Map<string, StixObject>();
  const sightings = new Map<string, StixObject>();
  const reports = new Map<string, StixObject>();

  for (const item of items) {
    const id = indicatorIds.get(item.id)!;
    const firstSeen = item.sightings
      .map((s) => s.firstSeen)
      .filter((t): t is string => t !== null)
      .sort()[0];
    if (item.canonical !== null) {
      indicators.set(id, {
        type: 'indicator',
        spec_version: '2.1',
        id,
        created: now,
        modified: now,
        name: `${item.kind} ${item.canonical}`,
        indicator_types: [item.sightings.length > 0 ? 'malicious-activity' : 'unknown'],
        pattern: patternOf(item.kind, item.canonical),
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: firstSeen ? iso(firstSeen) : now,
        ...marked,
        ...ext({ indicator_id: item.id, kind: item.kind }),
      });
    }
    for (const s of item.sightings) {
      const sid = stixId('sighting', `${s.member.code}:${item.id}`);
      sightings.set(sid, {
        type: 'sighting',
        spec_version: '2.1',
        id: sid,
        created: now,
        modified: now,
        sighting_of_ref: id,
        where_sighted_refs: [identityOf(s.member)],
        ...withoutNulls({
          count: s.reportCount,
          first_seen: s.firstSeen && iso(s.firstSeen),
          last_seen: s.lastSeen && iso(s.lastSeen),
        }),
        ...marked,
        ...ext({
          member: s.member.code,
          // what the indicator is when the bundle has no indicator object for it (known by id only)
          indicator_id: item.canonical === null ? item.id : null,
          kind: item.canonical === null ? item.kind : null,
          level: s.level,
          reference: s.reference,
          total_loss: s.totalLoss,
          scam_types: s.scamTypes,
        }),
      });
    }
    for (const r of item.reports) {
      const rid = stixId('report', `${r.member}:${r.id}`);
      const known = r.indicators.filter((l) => indicatorIds.has(l.indicator.id));
      if (known.length === 0) continue;
      // a report naming two screened indicators arrives twice: one object, the refs and roles of both
      const previous = reports.get(rid)?.extensions as Record<string, { indicator_roles: Record<string, string> }>;
      const roles = {
        ...previous?.[EXTENSION_ID]?.indicator_roles,
        ...Object.fromEntries(known.map((l) => [indicatorIds.get(l.indicator.id)!, l.role])),
      };
      const member = item.sightings.find((s) => s.member.code === r.member)?.member ?? {
        code: r.member,
        name: r.member,
      };
      reports.set(rid, {
        type: 'report',
        spec_version: '2.1',
        id: rid,
        created_by_ref: identityOf(member),
        created: now,
        modified: now,
        name: `${r.member} ${r.id}`,
        report_types: ['threat-report'],
        published: iso(r.reportedAt),
        object_refs: Object.keys(roles).sort(),
        ...marked,
        ...ext({
          member: r.member,
          reference: r.id,
          scam_type: r.scamType,
          channel: r.channel,
          status: r.status,
          province: r.province,
          loss_amount: r.loss?.amount ?? null,
          currency: r.loss?.currency ?? null,
          indicator_roles: roles,
          // known to the caller by keyed id only: no value, so no pattern (the federation never discloses values)
          other_indicators: r.indicators
            .filter((l) => !indicatorIds.has(l.indicator.id))
            .map((l) => ({ indicator_id: l.indicator.id, kind: l.kind, role: l.role })),
        }),
      });
    }
  }
  const byId = (a: StixObject, b: StixObject) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [
      marking,
      WORKING_GROUP_IDENTITY,
      EXTENSION_DEFINITION,
      ...[...identities.values()].sort(byId),
      ...[...indicators.values()].sort(byId),
      ...[...reports.values()].sort(byId),
      ...[...sightings.values()].sort(byId),
    ],
  };
}

/** GraphQL DateTime (RFC 3339, any offset) -> STIX timestamp (UTC, `Z`). */
const iso = (t: string) => new Date(t).toISOString();

function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}
