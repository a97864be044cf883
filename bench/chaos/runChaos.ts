/**
 * The chaos scenarios: steady lookups through the gateway while one fault, on one member, on three members
 * or on a hub replica, is switched on through the fault proxies, then off. Returns one row per scenario.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { members } from '../../schema/registry.js';
import { insertReports } from '../../test/helpers/insertReports.js';
import { startFederation, testKey } from '../../test/helpers/startFederation.js';
import { FaultProxy, type Fault } from './FaultProxy.js';

/**
 * A proxy fault; `flap`: killed and back every second while the fault lasts; `supergraph`: the gateway's
 * supergraph file replaced every half second while the fault lasts (no member faulted).
 */
export type ChaosFault = Fault | 'flap' | 'supergraph';

/** Every fault, in the order a full run injects them. */
export const allFaults: readonly ChaosFault[] = [
  'kill',
  'stall',
  'slow',
  'flap',
  'unavailable',
  'throttled',
  'malformed',
  'slowloris',
  'huge',
  'supergraph',
];

export interface ChaosOptions {
  /** Seconds each fault lasts. */
  faultSeconds: number;
  /** Concurrent clients keeping the load steady. */
  clients: number;
  /** Only these faults (all by default). */
  faults?: readonly ChaosFault[];
  /** Where member faults go: one member, three at once, and a hub replica killed (all by default). */
  targets?: readonly ('one' | 'three' | 'hub')[];
  onRow?: (row: ChaosRow) => void;
}

export interface ChaosRow {
  fault: string;
  target: string;
  answers: number;
  /** Answers that kept every member not faulted and named each faulted one in coverage, in %. */
  honestPercent: number;
  /** Requests with no answer: transport error, non-200, or no `indicator`. */
  lost: number;
  p50Ms: number;
  p99Ms: number;
  /** From the fault's end to the first complete answer; null when none came within 20 s. */
  recoverySeconds: number | null;
  /** Whether the gateway (in this process) still serves after the fault: a crash would end the run. */
  gatewayUp: boolean;
}

const INDICATOR = 'KH:ACLB:0099-8877-6655';
const query = `{ indicator(kind: BANK_ACCOUNT, value: "${INDICATOR}") {
  sightings { member { code } } coverage { answered unavailable complete } } }`;
const allCodes = members.map((m) => m.code).sort();

interface Sample {
  start: number;
  ms: number;
  lost: boolean;
  complete: boolean;
  answered: string[];
  unavailable: string[];
  sighted: string[];
}

export async function runChaos(options: ChaosOptions): Promise<ChaosRow[]> {
  const proxies = new Map(members.map((m) => [m.code, new FaultProxy()]));
  const hubProxies = [new FaultProxy(), new FaultProxy()];
  for (const p of [...proxies.values(), ...hubProxies]) await p.listen();
  const gatewayEnv: Record<string, string> = {
    // short enough for a quick run: a hung member costs 1 s once, then its breaker answers
    SUBGRAPH_TIMEOUT_MS: '1000',
    REQUEST_DEADLINE_MS: '4000',
    BREAKER_HALF_OPEN_MS: '1000',
    SUBGRAPH_URL_HUB: hubProxies.map((p) => p.url).join(','),
  };
  for (const m of members) gatewayEnv[`SUBGRAPH_URL_${m.ns.toUpperCase()}`] = proxies.get(m.code)!.url;
  const fed = await startFederation({
    hubReplicas: 2,
    gatewayEnv,
    // the indicator is in every member, so an answer shows exactly which members it kept
    seed: ({ member, db }) =>
      insertReports(db, member, testKey, [
        {
          reference: `${member.code}-chaos-1`,
          reportedAt: '2026-04-04T04:00:00Z',
          scamType: 'INVESTMENT',
          channel: 'MESSAGING_APP',
          lossMinor: 100_00,
          indicators: [{ kind: 'BANK_ACCOUNT', value: INDICATOR, role: 'BENEFICIARY_ACCOUNT' }],
        },
      ]),
  });
  for (const [code, proxy] of proxies) proxy.target(fed.nodes.get(code)!.port);
  fed.hubs.forEach((hub, i) => hubProxies[i]!.target((hub.http.address() as AddressInfo).port));

  const samples: Sample[] = [];
  const inFlight = new Set<number>(); // start times
  let running = true;
  const client = async () => {
    while (running) {
      const start = performance.now();
      inFlight.add(start);
      const res = await fed
        .query<{
          indicator: {
            sightings: { member: { code: string } }[] | null;
            coverage: { answered: string[]; unavailable: string[]; complete: boolean } | null;
          } | null;
        }>(query)
        .catch(() => null);
      inFlight.delete(start);
      const indicator = res?.status === 200 ? res.data?.indicator : undefined;
      samples.push({
        start,
        ms: performance.now() - start,
        lost: !indicator,
        complete: indicator?.coverage?.complete === true,
        answered: indicator?.coverage?.answered ?? [],
        unavailable: indicator?.coverage?.unavailable ?? [],
        sighted: (indicator?.sightings ?? []).map((s) => s.member.code),
      });
    }
  };
  const load = Array.from({ length: options.clients }, client);

  const one = [members[1]!.code];
  const three = members.slice(1, 4).map((m) => m.code);
  const faults = options.faults ?? allFaults;
  const targets = options.targets ?? ['one', 'three', 'hub'];
  const memberFaults = faults.filter((f) => f !== 'supergraph');
  const onMembers = (codes: string[]) =>
    memberFaults.map((fault) => ({
      fault,
      target: codes.join(' '),
      codes,
      proxies: codes.map((c) => proxies.get(c)!),
    }));
  const scenarios: { fault: ChaosFault; target: string; codes: string[]; proxies: FaultProxy[] }[] = [
    ...(targets.includes('one') ? onMembers(one) : []),
    ...(targets.includes('three') ? onMembers(three) : []),
    ...(targets.includes('hub')
      ? [{ fault: 'kill' as const, target: 'hub replica 1', codes: [], proxies: [hubProxies[0]!] }]
      : []),
    ...(faults.includes('supergraph')
      ? [{ fault: 'supergraph' as const, target: 'gateway', codes: [], proxies: [] }]
      : []),
  ];
  const supergraph = readFileSync(fed.supergraphPath, 'utf8');
  const replaceSupergraph = (text: string) => {
    writeFileSync(`${fed.supergraphPath}.tmp`, text);
    renameSync(`${fed.supergraphPath}.tmp`, fed.supergraphPath); // atomic, as `npm run compose` writes it
  };
  const rows: ChaosRow[] = [];
  try {
    await sleep(1000); // warm: first plans, first SQL
    for (const scenario of scenarios) {
      const from = performance.now();
      if (scenario.fault === 'flap') {
        for (let s = 0; s < options.faultSeconds; s++) {
          await Promise.all(scenario.proxies.map((p) => p.set(s % 2 === 0 ? 'kill' : 'none')));
          await sleep(1000);
        }
      } else if (scenario.fault === 'supergraph') {
        // a new version mid-load (a comment: same schema, new hash, so the gateway builds it and its query
        // plans afresh), and the original back when the fault ends: two replacements under load
        replaceSupergraph(`${supergraph}\n# chaos: replaced mid-load\n`);
        await sleep(options.faultSeconds * 1000);
        replaceSupergraph(supergraph);
      } else {
        await Promise.all(scenario.proxies.map((p) => p.set(scenario.fault as Fault)));
        await sleep(options.faultSeconds * 1000);
      }
      const healed = performance.now();
      await Promise.all(scenario.proxies.map((p) => p.set('none')));
      let recovered: Sample | undefined;
      while (!recovered && performance.now() - healed < 20_000) {
        await sleep(50);
        recovered = samples.find((s) => s.start >= healed && s.complete);
      }
      // requests started before recovery (the fault may have touched them) must not count towards the next one
      const settled = performance.now();
      while ([...inFlight].some((start) => start < settled)) await sleep(50);
      // every request the fault touched: in flight at any moment while it lasted. Counted only now, when
      // they have all ended: a request still waiting when the fault ends is one the fault touched most
      const during = samples.filter((s) => s.start < healed && s.start + s.ms > from);
      const row = summarise(
        scenario,
        during,
        recovered ? (recovered.start + recovered.ms - healed) / 1000 : null,
        fed.gateway.http.listening,
      );
      rows.push(row);
      options.onRow?.(row);
    }
  } finally {
    running = false;
    await Promise.all(load);
    await fed.close();
    for (const p of [...proxies.values(), ...hubProxies]) await p.close();
  }
  return rows;
}

function summarise(
  scenario: { fault: ChaosFault; target: string; codes: string[] },
  during: Sample[],
  recoverySeconds: number | null,
  gatewayUp: boolean,
): ChaosRow {
  const answered = during.filter((s) => !s.lost);
  const honest = answered.filter((s) => {
    const covered = [...s.answered, ...s.unavailable].sort();
    const keptOthers = allCodes.filter((c) => !scenario.codes.includes(c)).every((c) => s.answered.includes(c));
    const sightingsMatch = [...s.sighted].sort().join() === [...s.answered].sort().join();
    return covered.join() === allCodes.join() && keptOthers && sightingsMatch;
  });
  const ms = answered.map((s) => s.ms).sort((a, b) => a - b);
  const pct = (p: number) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]! : NaN);
  return {
    fault: scenario.fault,
    target: scenario.target,
    answers: answered.length,
    honestPercent: answered.length ? (100 * honest.length) / answered.length : 0,
    lost: during.length - answered.length,
    p50Ms: pct(50),
    p99Ms: pct(99),
    recoverySeconds,
    gatewayUp,
  };
}
