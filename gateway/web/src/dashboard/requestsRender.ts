/** Renders the requests panels: inbox, outbox and service levels (see requestPanels.ts). */
import { el, formatCount } from './format.js';
import { describePeriod } from './period.js';
import type { MemberNs } from './requestQueries.js';
import type { Panel, RequestView, RequestsModel, ServiceLevelView } from './requestsModel.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** "2026-11-29 14:05 UTC": the nodes' times are UTC instants, shown as such for every reader. */
export const formatInstant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** "45 min", "5.5 h", "2.3 d": a median is a rough figure, shown in the unit a person thinks in. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = seconds / 60;
  if (minutes < 90) return `${Math.max(1, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} d`;
}

const statusText = (r: RequestView) => (r.overdue ? 'OVERDUE (expired)' : r.status);

function requestRow(r: RequestView, counterpart: string, names: Map<string, string>): HTMLTableRowElement {
  const row = el('tr', undefined, {
    'data-testid': 'request',
    'data-reference': r.reference,
    'data-status': r.status,
    'data-overdue': String(r.overdue),
  });
  if (r.overdue) row.className = 'overdue';
  row.append(
    el('td', `${names.get(counterpart) ?? counterpart} (${counterpart})`),
    el('td', r.action),
    el('td', r.urgency),
    el('td', statusText(r), { class: r.overdue ? 'status overdue-mark' : 'status' }),
    el('td', formatInstant(r.submittedAt)),
    el('td', formatInstant(r.dueAt), r.overdue ? { class: 'overdue-mark' } : {}),
    el('td', `${r.reference.slice(0, 8)}…`, { class: 'mono', title: r.reference }),
  );
  return row;
}

/** A panel's body: its table, or the sentence saying why there is none. */
function fill<T>(id: string, panel: Panel<T>, empty: string, rows: () => HTMLTableRowElement[]): void {
  const box = byId(id);
  box.dataset.state = panel.state;
  const body = box.querySelector('tbody')!;
  const note = box.querySelector<HTMLElement>('.panel-note')!;
  const shown = panel.state === 'ready' ? rows() : [];
  body.replaceChildren(...shown);
  note.hidden = shown.length > 0;
  note.className = `panel-note ${panel.state === 'error' ? 'error' : 'muted'}`;
  note.textContent = panel.state === 'ready' ? empty : (panel.message ?? '');
}

function renderInbox(model: RequestsModel, names: Map<string, string>): void {
  const { inbox } = model;
  const overdue = inbox.rows.filter((r) => r.overdue).length;
  byId('inbox-summary').textContent =
    inbox.state === 'ready'
      ? `${formatCount(inbox.rows.length)} open request${inbox.rows.length === 1 ? '' : 's'} addressed to ${names.get(inbox.member ?? '') ?? inbox.member}` +
        (overdue ? `, ${formatCount(overdue)} overdue` : '')
      : '';
  fill('inbox', inbox, 'No open request is addressed to your member.', () =>
    inbox.rows.map((r) => requestRow(r, r.requester, names)),
  );
}

function renderOutbox(model: RequestsModel, names: Map<string, string>): void {
  const { outbox } = model;
  const missing = byId('outbox-missing');
  missing.hidden = outbox.state !== 'ready' || outbox.missing.length === 0;
  missing.textContent = `Not included: ${outbox.missing.map((c) => names.get(c) ?? c).join(', ')} did not answer or declined; requests there are not listed.`;
  fill('outbox', outbox, 'Your member has sent no request for assistance.', () =>
    outbox.rows.map((r) => requestRow(r, r.owner, names)),
  );
}

const levelText: Record<ServiceLevelView['state'], string> = {
  shared: '',
  withheld: "withheld: under the member's minimum count, or its policy declines you",
  unavailable: 'no answer: figures missing, not zero',
};

function serviceLevelRow(s: ServiceLevelView): HTMLTableRowElement {
  const row = el('tr', undefined, { 'data-testid': 'service-level', 'data-member': s.code, 'data-state': s.state });
  const n = (v: number | null) => el('td', v === null ? '—' : formatCount(v), { class: 'num' });
  row.append(el('td', `${s.name} (${s.code})`));
  if (s.state !== 'shared') {
    row.className = 'missing';
    row.append(el('td', levelText[s.state], { colspan: '6' }));
    return row;
  }
  row.append(
    n(s.requests),
    n(s.acknowledged),
    el('td', formatDuration(s.medianSecondsToAcknowledge), { class: 'num', 'data-median': 'acknowledge' }),
    n(s.actioned),
    el('td', formatDuration(s.medianSecondsToAction), { class: 'num', 'data-median': 'action' }),
    n(s.expired),
  );
  return row;
}

export function renderRequestPanels(model: RequestsModel, members: readonly MemberNs[]): void {
  const names = new Map(members.map((m) => [m.code, m.name]));
  renderInbox(model, names);
  renderOutbox(model, names);
  byId('service-levels-period').textContent = describePeriod(model.serviceLevels.period);
  fill('service-levels', model.serviceLevels, 'No member answered.', () =>
    model.serviceLevels.rows.map(serviceLevelRow),
  );
  byId('requests-data').textContent = JSON.stringify(model);
}
