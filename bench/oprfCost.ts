/**
 * `npx tsx bench/oprfCost.ts [N]`: per-value cost of blind keying (RFC 9497 OPRF, ristretto255-SHA512) for
 * the two implementations, on N indicator-like inputs (default 2,000). Prints a table; asserts nothing.
 * Client side is blind + finalize, service side is blindEvaluate; evaluate is the key holder's direct path.
 */
import { nobleOprf } from '../shared/oprf/nobleOprf.js';
import { type Oprf, sodiumOprf } from '../shared/oprf/index.js';

const n = Number(process.argv[2] ?? 2000);
const inputs = Array.from({ length: n }, (_, i) =>
  new TextEncoder().encode(`PHONE\u0000+668${String(10_000_000 + i)}`),
);

function perValueMs(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / n;
}

function measure(name: string, oprf: Oprf, count: number) {
  const key = oprf.generateKey();
  const sample = inputs.slice(0, count);
  const scale = n / count;
  let blinds: { blind: Uint8Array; blinded: Uint8Array }[] = [];
  const blind = perValueMs(() => (blinds = sample.map((x) => oprf.blind(x)))) * scale;
  let evaluated: Uint8Array[] = [];
  const blindEvaluate = perValueMs(() => (evaluated = blinds.map((b) => oprf.blindEvaluate(key, b.blinded)))) * scale;
  const finalize =
    perValueMs(() => sample.forEach((x, i) => oprf.finalize(x, blinds[i]!.blind, evaluated[i]!))) * scale;
  const evaluate = perValueMs(() => sample.forEach((x) => oprf.evaluate(key, x))) * scale;
  const f = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(
    `| ${name.padEnd(26)} | ${f(blind)} | ${f(blindEvaluate)} | ${f(finalize)} | ${f(evaluate)} | ${f(blind + finalize)} |`,
  );
}

console.log(`${n.toLocaleString('en')} values (noble on ${Math.min(n, 500)}), per value:\n`);
console.log('| implementation             | blind    | blindEvaluate | finalize | evaluate | client total |');
console.log('|---|---|---|---|---|---|');
measure('libsodium-wrappers-sumo', sodiumOprf, n);
measure('@noble/curves', nobleOprf, Math.min(n, 500));
