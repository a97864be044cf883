/**
 * The indicator search box: kind + value (+ the member whose national format the value is written in) →
 * where it was reported, from `indicator(kind, value, region)`. Invalid input shows the gateway's
 * BAD_USER_INPUT message; members that did not answer are named, so "not found" never hides "not asked".
 */
import { GatewayProblem, graphql } from './api.js';
import { el, formatCount, formatDate, formatLosses } from './format.js';
import type { Reference } from './model.js';
import { lookupQuery, type LookupData } from './queries.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function show(state: string, ...children: (Node | string)[]): void {
  const box = byId('search-result');
  box.dataset.state = state;
  box.replaceChildren(...children);
}

function renderResult(data: LookupData, names: Map<string, string>): void {
  const { sightings, coverage } = data.indicator;
  const hits = sightings ?? [];
  const missing = [...(coverage?.unavailable ?? []), ...(coverage?.refused ?? [])];
  const summary = el(
    'p',
    hits.length
      ? `Reported in ${hits.length} member${hits.length === 1 ? '' : 's'}: ${hits.map((s) => s.member.name).join(', ')}.`
      : 'Not reported in any member that answered.',
    { 'data-testid': 'search-summary' },
  );
  const parts: Node[] = [summary];
  if (missing.length) {
    parts.push(
      el(
        'p',
        `Not searched: ${missing.map((c) => names.get(c) ?? c).join(', ')} did not answer or declined; their records are not in this result.`,
        { class: 'warn', 'data-testid': 'search-missing' },
      ),
    );
  }
  if (hits.length) {
    const table = el('table', undefined, { class: 'table' });
    const head = el('tr');
    for (const h of ['Member', 'Shared at', 'Reports', 'First seen', 'Last seen', 'Losses', 'Scam types', 'Reference'])
      head.append(el('th', h));
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const s of hits) {
      const row = el('tr', undefined, { 'data-testid': 'sighting', 'data-member': s.member.code });
      row.append(
        el('td', `${s.member.name} (${s.member.code})`),
        el('td', s.level),
        el('td', s.reportCount === null ? '—' : formatCount(s.reportCount), { class: 'num' }),
        el('td', formatDate(s.firstSeen)),
        el('td', formatDate(s.lastSeen)),
        el('td', formatLosses(s.totalLoss)),
        el('td', s.scamTypes?.join(', ') ?? '—'),
        el('td', s.reference ?? '—', { class: 'mono' }),
      );
      table.tBodies[0]!.append(row);
    }
    parts.push(table);
  }
  parts.push(el('p', `Indicator id: ${data.indicator.id}`, { class: 'muted mono' }));
  show('done', ...parts);
}

export function setUpSearch(reference: Reference, onAuthProblem: (p: GatewayProblem) => void): void {
  const kind = byId<HTMLSelectElement>('search-kind');
  const region = byId<HTMLSelectElement>('search-region');
  kind.replaceChildren(...reference.indicatorKinds.map((k) => el('option', k.label, { value: k.code })));
  region.append(...reference.members.map((m) => el('option', `${m.name} (${m.code})`, { value: m.code })));
  const names = new Map(reference.members.map((m) => [m.code, m.name]));

  byId<HTMLFormElement>('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = byId<HTMLInputElement>('search-value').value.trim();
    if (!value) return;
    show('loading', el('p', 'Asking every member…', { class: 'muted' }));
    try {
      const { data } = await graphql<LookupData>(lookupQuery, {
        kind: kind.value,
        value,
        region: region.value || null,
      });
      renderResult(data, names);
    } catch (e) {
      const problem = e instanceof GatewayProblem ? e : new GatewayProblem('server', String(e));
      if (problem.kind === 'auth') onAuthProblem(problem);
      const prefix = problem.kind === 'input' ? 'Not a valid value: ' : '';
      show(
        problem.kind === 'input' ? 'invalid' : 'error',
        el('p', prefix + problem.message, { class: 'error', role: 'alert' }),
      );
    }
  });
}
