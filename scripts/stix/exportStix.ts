/**
 * Exports a lookup, a screen or the caller's watchlist as a STIX 2.1 bundle: asks the gateway exactly what
 * the caller may see (its token, the members' policies), then re-expresses the answer (buildBundle).
 * Indicator values come from the caller's own input, normalised here as the hub normalises them; a
 * watchlist names indicators by id only, so its indicators have no value and no pattern. Nothing else is
 * added, so a bundle never discloses more than the GraphQL answer did.
 */
import { memberByCode } from '../../schema/registry.js';
import { type IndicatorKind } from '../../schema/typology.js';
import { normalizeIndicator } from '../../shared/indicators/index.js';
import { buildBundle, type ExportItem, type ReportAnswer, type SightingAnswer } from '../../shared/stix/buildBundle.js';
import { type Tlp } from '../../shared/stix/stixVocabulary.js';

export interface ExportInput {
  kind: string;
  value: string;
  region?: string | undefined;
  /** Where the input came from, for messages (`values.txt:3`, `--value`). */
  source: string;
}

export interface ExportOptions {
  gatewayUrl: string;
  token: string;
  /** `watchlist` ignores the inputs: the caller's own watchlist names the indicators (by id). */
  query: 'lookup' | 'screen' | 'watchlist';
  tlp: Tlp;
  /** Reports asked of each member per indicator (members below DETAIL answer none). */
  reports: number;
  now?: Date;
}

export interface ExportResult {
  bundle: ReturnType<typeof buildBundle>;
  /** Inputs the federation could not look up: `source: reason`. */
  problems: string[];
  /** Members that did not answer: their part is missing from the bundle, not empty. */
  unavailable: string[];
}

/** Thrown when the gateway refuses the whole request (token, limits) or cannot be reached. */
export class ExportError extends Error {}

/** Screens are sent in batches the hub accepts (its limit is 10,000). */
const batchSize = 1000;

// Two steps because of the gateway's cost limit: every member's reports nested under a screen would cost
// far more than one query may; reports are asked afterwards, one member and indicator at a time, and
// only of members whose sighting says the caller may read them (DETAIL or PARTNER).
const indicatorFields = `id kind
  sightings { member { code name } level reference reportCount firstSeen lastSeen totalLoss { amount currency } scamTypes }
  coverage { unavailable }`;
const readsReports = new Set(['DETAIL', 'PARTNER']);

const lookupDocument = `query StixLookup($kind: IndicatorKind!, $value: String!, $region: String) {
  indicator(kind: $kind, value: $value, region: $region) { ${indicatorFields} }
}`;
const screenDocument = `query StixScreen($items: [IndicatorInput!]!) {
  screen(indicators: $items) { index problem { message } indicator { ${indicatorFields} } }
}`;
const watchlistDocument = `query StixWatchlist { watchlist { entries { id } } }`;
const byIdDocument = `query StixIndicatorById($id: ID!) { indicatorById(id: $id) { ${indicatorFields} } }`;
const reportsDocument = (ns: string) => `query StixReports($id: ID!, $reports: Int) {
  indicatorById(id: $id) { ${ns} { reports(first: $reports) {
    id member reportedAt scamType channel loss { amount currency } status province indicators { role kind indicator { id } }
  } } }
}`;

type IndicatorAnswer = {
  id: string;
  kind: IndicatorKind;
  sightings: SightingAnswer[] | null;
  coverage: { unavailable: string[] } | null;
};

export async function exportStix(inputs: readonly ExportInput[], options: ExportOptions): Promise<ExportResult> {
  const problems: string[] = [];
  const valid: (ExportInput & { kind: IndicatorKind; canonical: string })[] = [];
  for (const input of inputs) {
    try {
      const c = normalizeIndicator(input.kind, input.value, input.region ? { region: input.region } : {});
      valid.push({ ...input, kind: c.kind, canonical: c.canonical });
    } catch (error) {
      problems.push(`${input.source}: ${(error as Error).message}`);
    }
  }
  const answers: (IndicatorAnswer | null)[] = [];
  /** The canonical value of each answer, in order; null for an indicator named by id only. */
  const canonicals: (string | null)[] = valid.map((v) => v.canonical);
  if (options.query === 'watchlist') {
    canonicals.length = 0;
    const data = await post<{ watchlist: { entries: { id: string }[] | null } }>(options, watchlistDocument, {});
    if (!data.watchlist.entries) {
      throw new ExportError("the caller's own node, which keeps its watchlist, did not answer");
    }
    // one indicator at a time: every entry's sightings in one query would exceed the gateway's cost limit
    for (const entry of data.watchlist.entries) {
      const byId = await post<{ indicatorById: IndicatorAnswer }>(options, byIdDocument, { id: entry.id });
      answers.push(byId.indicatorById);
      canonicals.push(null);
    }
  } else if (options.query === 'lookup') {
    for (const v of valid) {
      const data = await post<{ indicator: IndicatorAnswer }>(options, lookupDocument, {
        kind: v.kind,
        value: v.value,
        region: v.region ?? null,
      });
      answers.push(data.indicator);
    }
  } else {
    for (let i = 0; i < valid.length; i += batchSize) {
      const batch = valid.slice(i, i + batchSize);
      const data = await post<{
        screen: { index: number; problem: { message: string } | null; indicator: IndicatorAnswer | null }[];
      }>(options, screenDocument, {
        items: batch.map((v) => ({ kind: v.kind, value: v.value, region: v.region ?? null })),
      });
      for (const r of [...data.screen].sort((a, b) => a.index - b.index)) {
        if (r.problem) problems.push(`${batch[r.index]!.source}: ${r.problem.message}`);
        answers.push(r.indicator);
      }
    }
  }
  const unavailable = new Set<string>();
  const items: ExportItem[] = [];
  for (const [i, a] of answers.entries()) {
    if (!a) continue;
    for (const m of a.coverage?.unavailable ?? []) unavailable.add(m);
    const reports: ReportAnswer[] = [];
    for (const s of a.sightings ?? []) {
      if (options.reports === 0 || !readsReports.has(s.level)) continue;
      const ns = memberByCode(s.member.code).ns;
      const data = await post<{ indicatorById: Record<string, { reports: ReportAnswer[] | null } | null> }>(
        options,
        reportsDocument(ns),
        { id: a.id, reports: options.reports },
      );
      reports.push(...(data.indicatorById[ns]?.reports ?? []));
    }
    items.push({
      kind: a.kind,
      canonical: canonicals[i] ?? null,
      id: a.id,
      sightings: a.sightings ?? [],
      reports,
    });
  }
  return {
    bundle: buildBundle(items, { tlp: options.tlp, now: options.now ?? new Date() }),
    problems,
    unavailable: [...unavailable].sort(),
  };
}

async function post<T>(options: ExportOptions, query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ExportError(`cannot reach the gateway at ${options.gatewayUrl} (${(error as Error).message})`);
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  // a member's outage or a withheld field leaves errors beside the data: the answer is still the answer
  if (!body?.data) {
    const first = body?.errors?.[0];
    throw new ExportError(
      `the gateway refused the ${options.query} (HTTP ${res.status}${first ? `, ${first.extensions?.code ?? 'error'}: ${first.message}` : ''})`,
    );
  }
  return body.data;
}
