/**
 * The bench's reporting, on fixture results (no servers, no timing): the interleaved order of the runs, the
 * median and range per row, no ratio where answers differ, DESIGN.md's budget lines, and the README table
 * rendered between its markers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkBudgets } from '../../bench/budgets.js';
import { compareAnswers, firstDifference } from '../../bench/compareAnswers.js';
import { interleavedOrder } from '../../bench/interleavedOrder.js';
import { parseBenchArgs } from '../../bench/options.js';
import {
  endMarker,
  newestFullRun,
  noFullRunText,
  notFullRun,
  renderSection,
  spliceSection,
  startMarker,
} from '../../bench/readmeSection.js';
import { directCell, ratioCell, renderReport } from '../../bench/report.js';
import { type BenchReport } from '../../bench/results.js';
import { spread, summarizeRuns } from '../../bench/summarizeRuns.js';
import { fixtureReport, run, scenarioRow } from './fixtureReport.js';

const withBudgets = (base = fixtureReport()): BenchReport => ({ ...base, budgets: checkBudgets(base) });
const status = (report: Omit<BenchReport, 'budgets'>, startsWith: string) => {
  const line = checkBudgets(report).find((b) => b.budget.startsWith(startsWith));
  assert.ok(line, `no budget line starting ${startsWith}`);
  return line;
};

describe('bench: interleaved repetitions', () => {
  test('every repetition runs every target once, and each target leads one repetition', () => {
    const order = interleavedOrder(['ours', 'hive', 'direct'], 3);
    assert.deepEqual(
      order.map((s) => s.target),
      ['ours', 'hive', 'direct', 'hive', 'direct', 'ours', 'direct', 'ours', 'hive'],
    );
    for (const rep of [0, 1, 2])
      assert.deepEqual(
        order
          .filter((s) => s.repetition === rep)
          .map((s) => s.target)
          .sort(),
        ['direct', 'hive', 'ours'],
      );
    assert.deepEqual(
      order.filter((s) => s.position === 0).map((s) => s.target),
      ['ours', 'hive', 'direct'],
    );
  });

  test('two targets alternate which goes first', () => {
    const firsts = interleavedOrder(['ours', 'hive'], 4).filter((s) => s.position === 0);
    assert.deepEqual(
      firsts.map((s) => s.target),
      ['ours', 'hive', 'ours', 'hive'],
    );
  });

  test('--repeat defaults to 3 and b1 names the one-connection lookup', () => {
    const options = parseBenchArgs(['--scenarios', 'b,b1']);
    assert.ok(options !== 'help');
    assert.equal(options.repeat, 3);
    assert.deepEqual(options.scenarios, ['lookup', 'lookupLatency']);
    assert.throws(() => parseBenchArgs(['--repeat', '0']), /--repeat/);
  });

  test('median and min-max over the repetitions; a run without answers adds no latency', () => {
    assert.deepEqual(spread([3, 1, 2]), { median: 2, min: 1, max: 3 });
    assert.deepEqual(spread([4, 1, 3, 2]), { median: 2.5, min: 1, max: 4 });
    assert.ok(Number.isNaN(spread([]).median));
    const empty = { ...run(2, 0, NaN), result: { ...run(2, 0, NaN).result, requests: 0 } };
    const figures = summarizeRuns('ours', [run(0, 10, 5, [1, 2]), run(1, 20, 7, [1, 4]), empty]);
    assert.deepEqual(figures.rps, { median: 10, min: 0, max: 20 });
    assert.deepEqual(figures.p50, { median: 6, min: 5, max: 7 });
    assert.equal(figures.runs.length, 3, 'raw figures of every repetition are kept');
  });
});

describe('bench: answers that differ get no ratio', () => {
  test('the first difference is named by path, with both values', () => {
    assert.equal(compareAnswers([{ a: [1, 2] }], [{ a: [1, 2] }]), null);
    assert.equal(
      firstDifference({ coverage: { unavailable: [] } }, { coverage: { unavailable: ['ID', 'MY'] } }),
      'data.coverage.unavailable[0]: ours absent, theirs "ID" (lists of 0 and 2)',
    );
    assert.match(
      compareAnswers([{ x: 1 }, { x: 2 }], [{ x: 1 }, { x: 3 }])!,
      /^request 2 \(1 of 2 differ\): data\.x: ours 2, theirs 3$/,
    );
    // list order is part of the answer: nothing is normalised away unless normalisations says so
    assert.notEqual(compareAnswers([['MY', 'PH']], [['PH', 'MY']]), null);
  });

  test('a differing row shows "answers differ" instead of a ratio; a comparable one shows the ratio', () => {
    const report = withBudgets();
    const lookup = report.scenarios.find((s) => s.id === 'lookup')!;
    const stats = report.scenarios.find((s) => s.id === 'stats')!;
    assert.equal(ratioCell(lookup, 'hive'), 'answers differ');
    assert.equal(ratioCell(stats, 'hive'), '1.67x');
    assert.equal(directCell(report.scenarios.find((s) => s.id === 'latency')!), '0.50x, +2.00 ms');
    const text = renderReport(report);
    assert.match(text, /\(b\) lookup title\s+ours\s+61\.0 \(60\.0-62\.0\)/);
    assert.match(text, /hive \(!\)/);
    assert.match(text, /\(b\) hive: answers differ from ours, no ratio: request 1/);
    assert.match(text, /commit: 0123456789abcdef0123456789abcdef01234567 \(clean\)/);
  });

  test('a failed check is no comparison either', () => {
    const row = scenarioRow('stats', 'e', { ours: [run(0, 10, 5)], hive: [run(0, 5, 9)] });
    row.answers.failed.hive = 'HTTP 500: boom';
    assert.equal(ratioCell(row, 'hive'), 'check failed');
  });
});

describe("bench: DESIGN.md's budget, line by line", () => {
  test('a full-size run says ok or MISSED per line, and why a line is not measured', () => {
    const report = fixtureReport();
    assert.equal(status(report, 'CPU per cross-border lookup, all').status, 'ok');
    assert.match(status(report, 'CPU per cross-border lookup, all').measured, /^10\.5 ms/);
    assert.equal(status(report, 'CPU per cross-border lookup, gateway <= 3 ms').status, 'ok');
    assert.equal(status(report, 'cross-border lookup, 1 connection: p50 < 15 ms').status, 'ok');
    assert.deepEqual(status(report, 'single-member query'), {
      budget: 'single-member query, 1 connection: p50 within 1 ms of direct',
      measured: '+2.00 ms',
      status: 'MISSED',
    });
    assert.equal(status(report, 'screen of 10,000 indicators: p50 < 1 s').status, 'ok');
    assert.equal(status(report, 'screen of 10,000 indicators: <= 2 SQL').status, 'ok');
    assert.equal(status(report, 'screen of 10,000 indicators: gateway peak RSS < 300 MB').status, 'ok');
    assert.equal(status(report, 'lookup p50 at 1,000,000').status, 'ok');
    assert.equal(status(report, 'regional statistics p50 at 1,000,000').status, 'MISSED');
    const hive = status(report, 'throughput >= 1.0x Hive');
    assert.equal(hive.status, 'not measured', 'a row with differing answers cannot be counted as ok');
    assert.match(hive.measured, /e 1\.67x answers differ: b/);
  });

  test('a comparable row behind Hive is MISSED', () => {
    const report = fixtureReport();
    const stats = report.scenarios.find((s) => s.id === 'stats')!;
    report.scenarios[report.scenarios.indexOf(stats)] = scenarioRow('stats', 'e', {
      ours: [0, 1, 2].map((r) => run(r, 50, 90)),
      hive: [0, 1, 2].map((r) => run(r, 60, 80)),
    });
    assert.equal(status(report, 'throughput >= 1.0x Hive').status, 'MISSED');
  });

  test('a run at another size, or without a scenario, is not measured rather than ok', () => {
    const small = fixtureReport({ reports: 1000, repeat: 1 });
    for (const prefix of [
      'CPU per cross-border lookup',
      'cross-border lookup, 1 connection',
      'single-member',
      'throughput',
    ]) {
      const line = status(small, prefix);
      assert.equal(line.status, 'not measured', prefix);
      assert.match(line.measured, /1,000 reports\/member; budget at 100,000/);
    }
    // statement counts don't depend on the size
    assert.equal(status(small, 'screen of 10,000 indicators: <= 2 SQL').status, 'ok');
    const partial = fixtureReport();
    partial.scenarios = partial.scenarios.filter((s) => s.id !== 'lookupLatency');
    partial.scale = partial.scale.filter((p) => p.reports !== 1_000_000);
    assert.match(status(partial, 'cross-border lookup, 1 connection').measured, /\(b1\) not in this run/);
    assert.match(status(partial, 'lookup p50 at 1,000,000').measured, /run --full/);
  });
});

describe('bench: the README table is rendered from a full run', () => {
  const file = (name: string, report: Omit<BenchReport, 'budgets'>) => ({ file: name, report: withBudgets(report) });

  test('only a full run qualifies, and the newest one is picked', () => {
    assert.equal(notFullRun(withBudgets()), null);
    assert.match(notFullRun(withBudgets(fixtureReport({ reports: 1000 })))!, /1,000 reports/);
    assert.match(notFullRun(withBudgets(fixtureReport({ repeat: 1 })))!, /1 repetition/);
    assert.match(notFullRun(withBudgets(fixtureReport({ hive: false })))!, /Hive/);
    assert.match(notFullRun(withBudgets(fixtureReport({ scenarios: ['search'] })))!, /without latency/);
    assert.match(notFullRun({ startedAt: 'old' } as Partial<BenchReport>)!, /format 1/);
    const picked = newestFullRun([
      file('bench/results/2026-11-29T10.json', fixtureReport()),
      file('bench/results/2026-11-29T12.json', fixtureReport()),
      file('bench/results/2026-11-29T13.json', fixtureReport({ reports: 1000 })),
    ]);
    assert.equal(picked?.file, 'bench/results/2026-11-29T12.json');
    assert.equal(newestFullRun([file('x.json', fixtureReport({ repeat: 2 }))]), null);
  });

  test('the section names its file and commit, shows medians with ranges, no ratio where answers differ', () => {
    const section = renderSection(file('bench/results/2026-11-29T12.json', fixtureReport()));
    assert.match(
      section,
      /^From `bench\/results\/2026-11-29T12\.json` \(2026-11-29T12:00:00\.000Z\): commit 0123456789ab;/,
    );
    assert.match(
      section,
      /\| \(b\) lookup title \| ours \| 61\.0 \(60\.0-62\.0\) \| 140 \| 280 \| 2\.50 \| 8\.00 \| answers differ \| {2}\|/,
    );
    assert.match(
      section,
      /\| \(e\) stats title \| ours \| 100 \(90\.0-110\) \| 90\.0 \| 180 \| 3\.00 \| 9\.00 \| 1\.67x \| {2}\|/,
    );
    assert.match(section, /\| single-member query, 1 connection: p50 within 1 ms of direct \| \+2\.00 ms \| MISSED \|/);
    assert.match(section, /- \(b\) hive: answers differ from ours, no ratio/);
    assert.equal(renderSection(null), noFullRunText);
  });

  test('rendering replaces only what lies between the markers, the same way every time', () => {
    const readme = `# Title\n\n## Performance\n\n${startMarker}\nold figures typed by hand\n${endMarker}\n\n## Next\n`;
    const once = spliceSection(readme, 'NEW');
    assert.equal(once, `# Title\n\n## Performance\n\n${startMarker}\nNEW\n${endMarker}\n\n## Next\n`);
    assert.equal(spliceSection(once, 'NEW'), once, 'rendering twice changes nothing: --check can compare');
    assert.throws(() => spliceSection('# no markers\n', 'NEW'), /bench:table:start/);
  });

  test('the project README has the markers npm run bench:readme renders between', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.doesNotThrow(() => spliceSection(readme, renderSection(null)));
  });
});
