/**
 * What the dashboard shows, derived from one refresh: one row per registry member (whether it answered or
 * not, so a missing member is visible and never a zero), the buckets, and the hot list. The same object is
 * written to <script id="chart-data"> for tests and for anyone who wants the figures behind the charts.
 */
import type { Coverage, Entry, MemberRef, Money, RegionData } from './queries.js';
import type { Period } from './period.js';

export type NodeState = 'answered' | 'unavailable' | 'refused' | 'not asked';

export interface MemberRow {
  code: string;
  name: string;
  currency: string;
  state: NodeState;
  /** null when the member's figures are missing (it did not answer). */
  reportCount: number | null;
  indicativeUsd: string | null;
  losses: Money[] | null;
}

export interface DashboardModel {
  period: Period;
  ratesAsOf: string;
  refreshedAt: string;
  coverage: Coverage | null;
  members: MemberRow[];
  totals: { reportCount: number; indicativeUsd: string; losses: Money[] } | null;
  byScamType: { key: string; label: string; reportCount: number }[];
  byMonth: { key: string; reportCount: number }[];
  hotList: { id: string; kind: string; members: string[]; reportCount: number; sightedIn: string[] }[];
}

export interface Reference {
  members: MemberRef[];
  scamTypes: Entry[];
  indicatorKinds: Entry[];
}

function stateOf(code: string, coverage: Coverage | null): NodeState {
  if (!coverage) return 'unavailable';
  if (coverage.unavailable.includes(code)) return 'unavailable';
  if (coverage.refused.includes(code)) return 'refused';
  if (coverage.answered.includes(code)) return 'answered';
  return 'not asked';
}

export function buildModel(reference: Reference, region: RegionData, refreshedAt: Date): DashboardModel {
  const stats = new Map((region.byMember ?? []).map((s) => [s.member.code, s]));
  const labels = new Map(reference.scamTypes.map((t) => [t.code, t.label]));
  return {
    period: { from: region.from, to: region.to },
    ratesAsOf: region.ratesAsOf,
    refreshedAt: refreshedAt.toISOString(),
    coverage: region.coverage,
    members: reference.members.map((m) => {
      const s = stats.get(m.code);
      const state = stateOf(m.code, region.coverage);
      return {
        code: m.code,
        name: m.name,
        currency: m.currency,
        // a member listed unavailable has no figures even if a stale part slipped through
        state: s && state === 'answered' ? 'answered' : state,
        reportCount: s && state === 'answered' ? s.reportCount : null,
        indicativeUsd: s && state === 'answered' ? s.indicativeUsd : null,
        losses: s && state === 'answered' ? s.losses : null,
      };
    }),
    totals: region.totals
      ? {
          reportCount: region.totals.reportCount,
          indicativeUsd: region.totals.indicativeUsd,
          losses: region.totals.losses,
        }
      : null,
    byScamType: (region.totals?.byScamType ?? []).map((b) => ({
      key: b.key,
      label: labels.get(b.key) ?? b.key,
      reportCount: b.reportCount,
    })),
    byMonth: [...(region.totals?.byMonth ?? [])]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((b) => ({ key: b.key, reportCount: b.reportCount })),
    hotList: (region.hotList ?? []).map((h) => ({
      id: h.indicator.id,
      kind: h.kind,
      members: h.members.map((m) => m.code),
      reportCount: h.reportCount,
      sightedIn: (h.indicator.sightings ?? []).map((s) => s.member.code),
    })),
  };
}
