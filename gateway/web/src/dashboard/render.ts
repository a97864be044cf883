/** Renders a DashboardModel into the page: node status, totals, charts, the member table and the hot list. */
import { barChart, colors, lineChart } from './charts.js';
import { el, formatCount, formatLosses, formatMoney, formatUsd } from './format.js';
import type { DashboardModel, MemberRow, NodeState } from './model.js';

const stateText: Record<NodeState, string> = {
  answered: 'answered',
  unavailable: 'no answer: figures missing, not zero',
  refused: 'declined this caller',
  'not asked': 'not asked',
};

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function renderStatus(model: DashboardModel): void {
  const list = byId('node-status');
  list.replaceChildren(
    ...model.members.map((m) => {
      const item = el('li', undefined, {
        'data-member': m.code,
        'data-state': m.state,
        title: `${m.name}: ${stateText[m.state]}`,
      });
      item.append(el('strong', m.code), ` ${m.name} `, el('span', m.state === 'answered' ? '✓' : stateText[m.state]));
      item.className = `node ${m.state.replace(' ', '-')}`;
      return item;
    }),
  );
  const missing = model.members.filter((m) => m.state !== 'answered');
  const answered = model.members.length - missing.length;
  const summary = byId('status-summary');
  summary.className = missing.length ? 'warn' : 'ok';
  summary.textContent = missing.length
    ? `${answered} of ${model.members.length} members answered this refresh. Missing: ${missing
        .map((m) => `${m.name} (${stateText[m.state]})`)
        .join(', ')}. Every total below leaves them out.`
    : `All ${model.members.length} members answered this refresh.`;
  byId('refreshed').textContent = `· refreshed ${new Date(model.refreshedAt).toLocaleTimeString('en-GB')}`;
}

function renderKpis(model: DashboardModel): void {
  const partial = model.coverage?.complete === false ? ' (partial)' : '';
  byId('kpi-reports').textContent = model.totals ? formatCount(model.totals.reportCount) + partial : '—';
  byId('kpi-usd').textContent = model.totals ? formatUsd(model.totals.indicativeUsd) + partial : '—';
  byId('kpi-rates').textContent = `at the registry's indicative rates of ${model.ratesAsOf}`;
  byId('rates-note').textContent = `rates as of ${model.ratesAsOf}`;
  byId('kpi-hot').textContent = formatCount(model.hotList.length);
}

const memberLabel = (m: MemberRow) => (m.state === 'answered' ? m.name : `${m.name} (no answer)`);

function renderCharts(model: DashboardModel): void {
  const labels = model.members.map(memberLabel);
  barChart('chart-member-reports', { labels, values: model.members.map((m) => m.reportCount) }, 'Reports');
  barChart(
    'chart-member-usd',
    { labels, values: model.members.map((m) => (m.indicativeUsd === null ? null : Number(m.indicativeUsd))) },
    'Indicative USD',
    false,
    colors.usd,
  );
  barChart(
    'chart-scam-type',
    { labels: model.byScamType.map((b) => b.label), values: model.byScamType.map((b) => b.reportCount) },
    'Reports',
    true,
    colors.type,
  );
  lineChart(
    'chart-month',
    { labels: model.byMonth.map((b) => b.key), values: model.byMonth.map((b) => b.reportCount) },
    'Reports',
  );
}

function renderMemberTable(model: DashboardModel): void {
  byId('member-rows').replaceChildren(
    ...model.members.map((m) => {
      const row = el('tr', undefined, { 'data-member': m.code, 'data-state': m.state });
      if (m.state !== 'answered') row.className = 'missing';
      row.append(
        el('td', `${m.name} (${m.code})`),
        el('td', m.reportCount === null ? '—' : formatCount(m.reportCount), { class: 'num' }),
        el('td', formatLosses(m.losses), { class: 'num' }),
        el('td', m.indicativeUsd === null ? '—' : formatUsd(m.indicativeUsd), { class: 'num' }),
        el('td', stateText[m.state]),
      );
      return row;
    }),
  );
  const totals = model.totals?.losses ?? [];
  byId('currency-totals').replaceChildren(
    ...(totals.length
      ? totals.map((m) => el('li', formatMoney(m), { 'data-currency': m.currency }))
      : [el('li', 'none')]),
  );
}

function renderHotList(model: DashboardModel): void {
  const names = new Map(model.members.map((m) => [m.code, m.name]));
  const rows = model.hotList.map((h, i) => {
    const row = el('tr', undefined, { 'data-testid': 'hot-row', 'data-indicator': h.id, 'data-kind': h.kind });
    row.append(
      el('td', String(i + 1)),
      el('td', h.kind),
      el('td', h.members.map((c) => names.get(c) ?? c).join(', '), { 'data-members': h.members.join(' ') }),
      el('td', formatCount(h.reportCount), { class: 'num' }),
      el('td', String(h.sightedIn.length), { class: 'num', title: h.sightedIn.join(', ') }),
      el('td', `${h.id.slice(0, h.id.lastIndexOf(':') + 13)}…`, { class: 'mono', title: h.id }),
    );
    return row;
  });
  if (rows.length === 0) {
    const empty = el('tr');
    empty.append(
      el('td', 'No indicator among the members’ most reported ones appears in two or more members.', { colspan: '6' }),
    );
    rows.push(empty);
  }
  byId('hot-rows').replaceChildren(...rows);
}

export function renderDashboard(model: DashboardModel): void {
  renderStatus(model);
  renderKpis(model);
  renderCharts(model);
  renderMemberTable(model);
  renderHotList(model);
  byId('chart-data').textContent = JSON.stringify(model);
}
