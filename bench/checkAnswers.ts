/**
 * The correctness check before a scenario is measured: the first requests of its rotation go to every target,
 * and each target's `data` is compared with our gateway's (compareAnswers). A target that answers differently
 * did different work, so its row gets no ratio (results.ts `comparable`) until the difference is explained.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareAnswers, type Json, normalisations } from './compareAnswers.js';
import { type BenchIdentity, proofHeader } from './identity.js';
import { type AnswerCheck, type Target } from './results.js';

interface CheckedEndpoint {
  target: Target;
  url: string;
  /** For direct calls: the subgraph the proofs are addressed to. */
  subgraph?: string;
}

export async function checkAnswers(
  bodies: readonly string[],
  endpoints: readonly CheckedEndpoint[],
  ctx: { identity: BenchIdentity; directNeedsProof: boolean },
  /** When answers differ, both full answers are written here (`<name>-ours.json`, `<name>-<target>.json`). */
  dump?: { dir: string; name: string },
): Promise<AnswerCheck> {
  const answers = new Map<Target, Json[]>();
  const failed: AnswerCheck['failed'] = {};
  for (const endpoint of endpoints) {
    const datas: Json[] = [];
    for (const body of bodies) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: ctx.identity.authorization,
      };
      if (endpoint.subgraph !== undefined && ctx.directNeedsProof)
        headers[proofHeader] = await ctx.identity.proof(endpoint.subgraph, body);
      try {
        const res = await fetch(endpoint.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(120_000) });
        const json = (await res.json()) as { data?: Json; errors?: { message: string }[] };
        if (!res.ok || json.errors?.length) {
          failed[endpoint.target] = `HTTP ${res.status}: ${json.errors?.[0]?.message ?? 'no data'}`;
          break;
        }
        datas.push(json.data ?? null);
      } catch (e) {
        failed[endpoint.target] = (e as Error).message;
        break;
      }
    }
    answers.set(endpoint.target, datas);
  }
  const differs: AnswerCheck['differs'] = {};
  const ours = answers.get('ours');
  for (const [target, datas] of answers) {
    if (target === 'ours' || failed[target] || !ours || failed.ours) continue;
    const diff = compareAnswers(ours, datas);
    if (!diff) continue;
    differs[target] = diff;
    if (dump) {
      mkdirSync(dump.dir, { recursive: true });
      for (const [who, data] of [['ours', ours] as const, [target, datas] as const])
        writeFileSync(join(dump.dir, `${dump.name}-${who}.json`), `${JSON.stringify(data, null, 2)}\n`);
    }
  }
  return { requests: bodies.length, normalised: [...normalisations], differs, failed };
}
