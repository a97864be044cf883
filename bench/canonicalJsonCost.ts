/**
 * `npx tsx bench/canonicalJsonCost.ts [--items 10000] [--rounds 10]`: CPU of the audit's operation hash
 * for a screen's `_entities` variables (every node hashes them for its audit entry), canonicalJson against
 * the walk that defines it. Alternating blocks in one process, minimum kept (see bench/assertionCost.ts).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { canonicalJson, canonicalJsonByWalk } from '../subgraphs/national/audit/auditHash.js';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '10' } },
});
const items = Number(values.items);
// what the gateway sends a node for a screen: one representation per indicator, as parsed from the body
const variables = JSON.parse(
  JSON.stringify({
    representations: Array.from({ length: items }, (_, i) => ({
      __typename: 'Indicator',
      id: `o1:${createHash('sha256').update(String(i)).digest('hex')}`,
    })),
  }),
) as unknown;

const cases = { walk: canonicalJsonByWalk, canonicalJson };
const best = new Map<string, number>();
for (let r = 0; r <= Number(values.rounds); r++) {
  for (const [name, f] of Object.entries(cases)) {
    const before = process.cpuUsage();
    const text = f(['query', null, variables]);
    const used = process.cpuUsage(before);
    if (text !== canonicalJsonByWalk(['query', null, variables])) throw new Error(`${name} differs`);
    if (r > 0) best.set(name, Math.min(best.get(name) ?? Infinity, (used.user + used.system) / 1000));
  }
}
for (const [name, ms] of best) process.stdout.write(`${name.padEnd(14)} ${ms.toFixed(2)} ms CPU per ${items} items\n`);
