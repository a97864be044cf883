/**
 * `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]`: where a bench process spent its CPU, as self
 * time per function and per package (node_modules/<pkg>, project folder, or node internals), so a profile
 * taken with `npm run bench -- --profile gateway-ours` reads without opening DevTools.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  if (!url) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return url;
  const project = /\/(gateway|subgraphs|schema|bench|scripts|test)\/(.*)$/.exec(url);
  return project ? `${project[1]}/${project[2]}` : url;
}

export function summarizeProfile(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = where(url);
    const name = `${functionName || '(anonymous)'}  ${place}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    const group =
      place.startsWith('gateway/') || place.startsWith('subgraphs/') ? place.split('/').slice(0, 3).join('/') : place;
    pkg.set(group, (pkg.get(group) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
      );
  return [
    `total sampled: ${(total / 1e6).toFixed(1)} s`,
    '',
    'self time by package/folder:',
    ...rows(pkg),
    '',
    'self time by function:',
    ...rows(fn),
  ].join('\n');
}

interface AllocationNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocationNode[];
}

/** Bytes allocated per function, from a sampling heap profile (HeapProfiler.stopSampling). */
export function summarizeAllocations(profile: { head: AllocationNode }, top = 25): string {
  const fn = new Map<string, number>();
  let total = 0;
  const walk = (node: AllocationNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'}  ${where(url)}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  const rows = [...fn.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([k, b]) => `${((b / total) * 100).toFixed(1).padStart(5)}%  ${(b / 2 ** 20).toFixed(0).padStart(7)} MB  ${k}`,
    );
  return [`allocated (sampled): ${(total / 2 ** 20).toFixed(0)} MB`, '', 'by function:', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('profileSummary.ts')) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx bench/profileSummary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top ?? 25)));
}
