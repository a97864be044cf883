/**
 * DESIGN.md's performance budget, evaluated from one results file: every line is `ok`, `MISSED`, or `not
 * measured` with the reason (scenario not run, run at another size, answers not comparable). The numbers here
 * are DESIGN.md's, word for word; change both together.
 */
import { spread } from './summarizeRuns.js';
import { type BenchReport, type BudgetCheck, type ScenarioRow, comparable, figuresOf } from './results.js';

export const budget = {
  /** Reports per member every line is stated at, unless it says otherwise. */
  reports: 100_000,
  lookupCpuAllMs: 12,
  lookupCpuGatewayMs: 3,
  lookupOneConnectionP50Ms: 15,
  singleMemberOverDirectMs: 1,
  screenSize: 10_000,
  screenP50Ms: 1000,
  screenSqlPerMember: 2,
  gatewayRssMb: 300,
  scaleFrom: 10_000,
  scaleTo: 1_000_000,
  scaleRatio: 1.3,
  hiveRatio: 1,
  /** The Hive comparison asks for repeated runs. */
  repeats: 3,
} as const;

type Input = Omit<BenchReport, 'budgets'>;

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const en = (n: number) => n.toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function line(budgetText: string, measured: string, ok: boolean | string): BudgetCheck {
  if (typeof ok === 'string')
    return { budget: budgetText, measured: measured ? `${measured} (${ok})` : ok, status: 'not measured' };
  return { budget: budgetText, measured, status: verdict(ok) };
}

/** Why a size-bound line can't be judged from this run, or null when the run is at the budget's size. */
function offSize(report: Input): string | null {
  const reports = Number(report.options.reports);
  return reports === budget.reports ? null : `run at ${en(reports)} reports/member; budget at ${en(budget.reports)}`;
}

const row = (report: Input, id: string): ScenarioRow | undefined => report.scenarios.find((s) => s.id === id);
const notRun = (letter: string) => `scenario (${letter}) not in this run`;

function lookupCpu(report: Input): BudgetCheck[] {
  const all = `CPU per cross-border lookup, all processes <= ${budget.lookupCpuAllMs} ms`;
  const gw = `CPU per cross-border lookup, gateway <= ${budget.lookupCpuGatewayMs} ms`;
  const r = row(report, 'lookup');
  const ours = r && figuresOf(r, 'ours');
  const runs = ours?.runs.filter((x) => x.cpuPerRequest?.gateway !== undefined) ?? [];
  if (runs.length === 0) return [line(all, '', notRun('b')), line(gw, '', notRun('b'))];
  const total = spread(runs.map((x) => x.cpuPerRequest!.gateway! + x.cpuPerRequest!.subgraphs)).median;
  const gateway = spread(runs.map((x) => x.cpuPerRequest!.gateway)).median;
  const size = offSize(report);
  return [
    line(all, `${ms(total)} (gateway + 11 nodes + hub, median)`, size ?? total <= budget.lookupCpuAllMs),
    line(gw, ms(gateway), size ?? gateway <= budget.lookupCpuGatewayMs),
  ];
}

function lookupLatency(report: Input): BudgetCheck {
  const text = `cross-border lookup, 1 connection: p50 < ${budget.lookupOneConnectionP50Ms} ms`;
  const ours = row(report, 'lookupLatency') && figuresOf(row(report, 'lookupLatency')!, 'ours');
  if (!ours || !Number.isFinite(ours.p50.median)) return line(text, '', notRun('b1'));
  return line(text, ms(ours.p50.median), offSize(report) ?? ours.p50.median < budget.lookupOneConnectionP50Ms);
}

function singleMember(report: Input): BudgetCheck {
  const text = `single-member query, 1 connection: p50 within ${budget.singleMemberOverDirectMs} ms of direct`;
  const r = row(report, 'latency');
  const ours = r && figuresOf(r, 'ours');
  const direct = r && figuresOf(r, 'direct');
  if (!r || !ours || !direct) return line(text, '', notRun('a1'));
  if (!comparable(r, 'direct')) return line(text, '', 'answers differ from the direct call');
  const delta = ours.p50.median - direct.p50.median;
  const measured = `${delta >= 0 ? '+' : ''}${ms(delta)}`;
  return line(text, measured, offSize(report) ?? delta <= budget.singleMemberOverDirectMs);
}

function screen(report: Input): BudgetCheck[] {
  const size = `screen of ${en(budget.screenSize)} indicators`;
  const p50Text = `${size}: p50 < ${budget.screenP50Ms / 1000} s`;
  const sqlText = `${size}: <= ${budget.screenSqlPerMember} SQL statements per member`;
  const rssText = `${size}: gateway peak RSS < ${budget.gatewayRssMb} MB during and after`;
  const r = row(report, 'screen');
  const ours = r && figuresOf(r, 'ours');
  if (!r || !ours) return [p50Text, sqlText, rssText].map((t) => line(t, '', notRun('d')));
  const out: BudgetCheck[] = [];
  const wrongSize =
    Number(report.options.screenSize) === budget.screenSize
      ? null
      : `screen of ${en(Number(report.options.screenSize))} indicators`;
  const failed = ours.failures > 0 ? `, ${ours.failures} failed` : '';
  out.push(
    Number.isFinite(ours.p50.median)
      ? line(
          p50Text,
          `${ms(ours.p50.median)}${failed}`,
          wrongSize ?? offSize(report) ?? (ours.failures === 0 && ours.p50.median < budget.screenP50Ms),
        )
      : line(p50Text, `every run failed`, false),
  );
  const counts = Object.values(r.structure?.perMember ?? {}).map((c) => c.sql);
  out.push(
    counts.length === 0
      ? line(sqlText, '', 'not counted')
      : line(sqlText, `max ${Math.max(...counts)}`, Math.max(...counts) <= budget.screenSqlPerMember),
  );
  const peak = report.memory.ours?.peakMb;
  const after = r.rssMb.ours;
  if (peak === undefined || after === undefined) out.push(line(rssText, '', 'memory not read'));
  else {
    const worst = Math.max(peak, after);
    const measured = `peak ${peak.toFixed(0)} MB, ${after.toFixed(0)} MB after`;
    out.push(line(rssText, measured, wrongSize ?? offSize(report) ?? worst < budget.gatewayRssMb));
  }
  return out;
}

function scale(report: Input): BudgetCheck[] {
  const from = report.scale.find((p) => p.reports === budget.scaleFrom);
  const to = report.scale.find((p) => p.reports === budget.scaleTo);
  return (['lookup', 'stats'] as const).map((id) => {
    const text = `${id === 'lookup' ? 'lookup' : 'regional statistics'} p50 at ${en(budget.scaleTo)} reports/member <= ${budget.scaleRatio}x ${en(budget.scaleFrom)}`;
    const a = from?.[id]?.median;
    const b = to?.[id]?.median;
    if (a === undefined || !Number.isFinite(a)) return line(text, '', `no ${en(budget.scaleFrom)} point`);
    if (b === undefined || !Number.isFinite(b)) return line(text, '', `no ${en(budget.scaleTo)} point: run --full`);
    return line(text, `${(b / a).toFixed(2)}x (${ms(a)} -> ${ms(b)})`, b / a <= budget.scaleRatio);
  });
}

function hive(report: Input): BudgetCheck {
  const text = `throughput >= ${budget.hiveRatio.toFixed(1)}x Hive Gateway in every row, same answers`;
  const rows = report.scenarios.filter((s) => figuresOf(s, 'hive') && figuresOf(s, 'ours'));
  if (rows.length === 0) return line(text, '', 'Hive Gateway not in this run');
  const judged = rows.filter((s) => comparable(s, 'hive'));
  const ratios = judged.map((s) => ({ s, r: figuresOf(s, 'ours')!.rps.median / figuresOf(s, 'hive')!.rps.median }));
  const differ = rows.filter((s) => !comparable(s, 'hive')).map((s) => s.letter);
  const measured = [
    ...ratios.map(({ s, r }) => `${s.letter} ${Number.isFinite(r) ? r.toFixed(2) : '-'}x`),
    ...(differ.length ? [`answers differ: ${differ.join(', ')}`] : []),
  ].join(' ');
  const repeat = Number(report.options.repeat);
  const unfit =
    offSize(report) ?? (repeat >= budget.repeats ? null : `${repeat} repetition(s); budget asks ${budget.repeats}`);
  if (unfit) return line(text, measured, unfit);
  if (ratios.some(({ r }) => !(r >= budget.hiveRatio))) return line(text, measured, false);
  if (differ.length) return line(text, measured, 'no ratio where answers differ');
  return line(text, measured, true);
}

export function checkBudgets(report: Input): BudgetCheck[] {
  return [
    ...lookupCpu(report),
    lookupLatency(report),
    singleMember(report),
    ...screen(report),
    ...scale(report),
    hive(report),
  ];
}
