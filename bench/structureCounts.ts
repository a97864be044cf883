/**
 * SQL statements and `_entities` calls per member per request, for each scenario: counted in-process on a
 * small federation (test/helpers/startFederation: every node's QueryCounter and a counting plugin), because
 * the nodes under load are separate processes that expose no counter. Statement counts depend on the plan
 * and the batching, not on the number of rows, so a small seed gives the same counts as 100,000 reports.
 */
import { members } from '../schema/registry.js';
import { seedMember } from '../subgraphs/national/seed/seedMember.js';
import { type Role } from '../shared/identity/Caller.js';
import { startFederation } from '../test/helpers/startFederation.js';
import { type ScenarioId } from './options.js';
import { benchSeedDay } from './benchSeedDay.js';
import { readInputs } from './readInputs.js';
import { buildScenarios } from './scenarios.js';

export interface MemberCounts {
  sql: number;
  entities: number;
  operations: number;
}

export interface StructureCounts {
  /** Per member code, the most seen in one request of the scenario. */
  perMember: Record<string, MemberCounts>;
  requests: number;
  /** First GraphQL error seen, if any: the counts are then about a failing request. */
  error?: string;
}

export async function measureStructure(
  ids: readonly ScenarioId[],
  options: {
    seed: number;
    memberCode: string;
    screenSize: number;
    reports: number;
    /** Who asks: sharing levels decide what a node reads. */
    caller: { member: string; role: Role };
    /** Whether a scenario's own caller (Scenario.caller) asks it instead (--caller not given). */
    scenarioCallers?: boolean;
  },
): Promise<Record<string, StructureCounts>> {
  const fed = await startFederation({
    // a 10,000-indicator screen outlasts the test federation's 5 s subgraph timeout
    gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '120000' },
    seed: ({ member, db, keyer }) =>
      seedMember(db, member, keyer, { reports: options.reports, seed: options.seed, until: benchSeedDay }).then(
        () => undefined,
      ),
  });
  try {
    const member = members.find((m) => m.code === options.memberCode)!;
    const inputs = await readInputs(
      (m, sql, params) => fed.nodes.get(m.code)!.db.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>,
      { seed: options.seed, member, screenSize: options.screenSize },
    );
    const scenarios = buildScenarios(inputs);
    const token = await fed.token(options.caller);
    // steady state: a node reads its audit chain's head once, on its first answer, then keeps it
    await fed.query(scenarios.lookup.request(0).query, scenarios.lookup.request(0).variables, { token });
    const out: Record<string, StructureCounts> = {};
    for (const id of ids) {
      const scenario = scenarios[id];
      const requests = Math.min(3, scenario.variants);
      const counts: StructureCounts = { perMember: {}, requests };
      const asker = scenario.caller && options.scenarioCallers ? await fed.token(scenario.caller) : token;
      for (let i = 0; i < requests; i++) {
        fed.resetCounters();
        const { query, variables } = scenario.request(i);
        const res = await fed.query(query, variables, { token: asker });
        if (res.errors?.length && !counts.error) counts.error = res.errors[0]!.message;
        for (const node of fed.nodes.values()) {
          const prev = counts.perMember[node.member.code] ?? { sql: 0, entities: 0, operations: 0 };
          counts.perMember[node.member.code] = {
            sql: Math.max(prev.sql, node.db.queries.count),
            entities: Math.max(prev.entities, node.entityCalls),
            operations: Math.max(prev.operations, node.operations),
          };
        }
      }
      out[id] = counts;
    }
    return out;
  } finally {
    await fed.close();
  }
}

/** `1 x11` when every member touched ran the same number, `1-3 x11` otherwise; `-` when none was touched. */
export function summarize(counts: StructureCounts | undefined, field: keyof MemberCounts): string {
  if (!counts) return '-';
  const values = Object.values(counts.perMember)
    .map((c) => c[field])
    .filter((n) => n > 0);
  if (values.length === 0) return '0';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return `${lo === hi ? hi : `${lo}-${hi}`} x${values.length}`;
}
