import { lookupQuery } from '../../gateway/web/src/shared/operations.js';
import { syndicatePool } from '../../subgraphs/national/seed/syndicatePool.js';

/** The lookup npm start prints: the dashboard's (gateway/web/src/shared/operations.ts). */
export { lookupQuery };

/** Which of the candidates most members hold: one screen, validated with every client operation. */
export const exampleScreenQuery = `query ExampleCandidates($items: [IndicatorInput!]!) {
  screen(indicators: $items) { index indicator { sightings { member { code } } } }
}`;

/**
 * Picks the syndicate phone number seen in the most members, by asking the running gateway, so the
 * startup message shows a query that really finds something across borders.
 */
export async function findExample(
  gatewayUrl: string,
  seed: number,
  token: string,
): Promise<{ kind: string; value: string; members: number } | null> {
  const candidates = syndicatePool(seed)
    .filter((s) => s.kind === 'PHONE')
    .slice(0, 20);
  if (candidates.length === 0) return null;
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: exampleScreenQuery,
      variables: { items: candidates.map((c) => ({ kind: c.kind, value: c.value })) },
    }),
  });
  const body = (await res.json()) as {
    data?: { screen: { index: number; indicator: { sightings: unknown[] | null } | null }[] };
  };
  const best = (body.data?.screen ?? [])
    .map((r) => ({ index: r.index, members: r.indicator?.sightings?.length ?? 0 }))
    .sort((a, b) => b.members - a.members)[0];
  if (!best || best.members === 0) return null;
  const c = candidates[best.index]!;
  return { kind: c.kind, value: c.value, members: best.members };
}

/**
 * Runs the example lookup until every member answers it (up to `withinMs`), so the query printed at start
 * works when it is printed: a member slow on its very first call under load costs one timeout and opens
 * its circuit breaker for the short cold probe (BREAKER_COLD_PROBE_MS, gateway/resilience). Returns the
 * members still missing.
 */
export async function awaitCompleteAnswer(
  gatewayUrl: string,
  token: string,
  variables: { kind: string; value: string },
  withinMs = 30_000,
): Promise<string[]> {
  const until = Date.now() + withinMs;
  let missing: string[] = ['(no answer yet)'];
  while (Date.now() < until) {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: lookupQuery, variables }),
    }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as {
      data?: { indicator?: { coverage?: { complete: boolean; unavailable: string[] } | null } | null };
    } | null;
    const coverage = body?.data?.indicator?.coverage;
    if (coverage?.complete) return [];
    missing = coverage?.unavailable.length ? coverage.unavailable : ['(no coverage in the answer)'];
    await new Promise((r) => setTimeout(r, 1000));
  }
  return missing;
}
