/** The performance budget of DESIGN.md / issue 5, checked against one run's figures. */
import { type BenchReport, type BudgetCheck, find, ratio } from './report.js';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

export function checkBudgets(report: Omit<BenchReport, 'budgets'>, reports: number): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  const row = (id: string) => report.scenarios.find((s) => s.id === id);
  const n = reports.toLocaleString('en');

  // the hop's own cost shows on one connection; under load the delta is mostly queueing for the CPUs
  for (const [id, label] of [
    ['latency', '1 connection'],
    ['search', `${report.settings.connections} connections`],
  ] as const) {
    const search = row(id);
    const ours = search && find(search, 'ours')?.result;
    const direct = search && find(search, 'direct')?.result;
    if (!ours || !direct) continue;
    const delta = ours.p50 - direct.p50;
    out.push({
      budget: `single-member p50 within 2 ms of direct (${label})`,
      measured: `${delta >= 0 ? '+' : ''}${ms(delta)}`,
      ok: id === 'latency' ? delta <= 2 : null,
    });
  }
  const lookup = row('lookup') && find(row('lookup')!, 'ours')?.result;
  if (lookup) {
    out.push({ budget: `lookup p50 < 15 ms (${n} reports/member)`, measured: ms(lookup.p50), ok: lookup.p50 < 15 });
    out.push({ budget: `lookup p99 < 50 ms (${n} reports/member)`, measured: ms(lookup.p99), ok: lookup.p99 < 50 });
  }
  const screen = row('screen');
  const screenOurs = screen && find(screen, 'ours')?.result;
  if (screenOurs) {
    out.push({
      budget: `screen ${screen.title.replace(/^screen /, '')}: max < 2 s`,
      measured:
        screenOurs.requests === 0
          ? `all ${screenOurs.failures} runs failed`
          : `p50 ${ms(screenOurs.p50)}, max ${ms(screenOurs.max)}${screenOurs.failures ? `, ${screenOurs.failures} failed` : ''}`,
      ok: screenOurs.requests > 0 && screenOurs.failures === 0 && screenOurs.max < 2000,
    });
    const sql = Math.max(0, ...Object.values(screen.structure?.perMember ?? {}).map((c) => c.sql));
    out.push({
      budget: 'screen: <= 2 SQL statements per member',
      measured: screen.structure ? String(sql) : 'not counted',
      ok: screen.structure ? sql <= 2 : null,
    });
  }
  const behind = report.scenarios
    .map((s) => ({ s, r: ratio(find(s, 'ours')?.result.rps, find(s, 'hive')?.result.rps) }))
    .filter((x) => x.r !== undefined);
  if (behind.length > 0) {
    out.push({
      budget: 'throughput >= Hive Gateway, every scenario',
      measured: behind.map((x) => `${x.s.letter} ${x.r!.toFixed(2)}x`).join(' '),
      ok: behind.every((x) => x.r! >= 1),
    });
  }
  const first = report.scale[0];
  const last = report.scale.at(-1);
  if (first && last && last !== first && first.lookup && last.lookup) {
    const r = last.lookup.p50 / first.lookup.p50;
    const big = last.reports >= 1_000_000;
    out.push({
      budget: `lookup p50 at ${last.reports.toLocaleString('en')} <= 1.3x ${first.reports.toLocaleString('en')}${big ? '' : ' (1M: --full)'}`,
      measured: `${r.toFixed(2)}x`,
      ok: big ? r <= 1.3 : null,
    });
  }
  const rss = report.memory.ours;
  if (rss)
    out.push({
      budget: 'gateway RSS < 300 MB at the end',
      measured: `${rss.rssMb.toFixed(0)} MB`,
      ok: rss.rssMb < 300,
    });
  return out;
}
