/**
 * The regional dashboard: for a chosen period, losses and report counts by member, scam type and month,
 * the cross-border hot list, an indicator search, and which members answered. Every figure comes from the
 * gateway (same origin, POST /graphql) with the analyst's token; nothing else is contacted.
 */
import './dashboard.css';
import { readToken, saveToken } from '../shared/token.js';
import { GatewayProblem, graphql } from './api.js';
import { buildModel, type Reference } from './model.js';
import {
  describePeriod,
  isoDate,
  lastMonths,
  monthStart,
  monthsEndingAt,
  periodFromQuery,
  type Period,
} from './period.js';
import { monthsQuery, referenceQuery, regionQuery, type RegionData } from './queries.js';
import { renderDashboard } from './render.js';
import { refreshRequestPanels } from './requestPanels.js';
import { setUpSearch } from './search.js';
import { setUpWatchlist } from './watchlist.js';

const HOT_LIST_SIZE = 20;
/** How far back to look for the latest reports when the default period holds none. */
const LOOKBACK_YEARS = 10;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const root = byId('dashboard');

let reference: Reference | null = null;
let period: Period = lastMonths(new Date());
/** True until the person (or the address) picks a period: only then may the page move to where data is. */
let periodIsDefault = true;
let refreshes = 0;
/** Said once, on the first refresh: e.g. why the address's period was not used. */
let startNote: string | null = null;

function setState(state: 'loading' | 'ready' | 'error'): void {
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
}

function showProblem(problem: GatewayProblem | null): void {
  const box = byId('problem');
  box.hidden = problem === null;
  box.dataset.kind = problem?.kind ?? '';
  if (!problem) return box.replaceChildren();
  const lines =
    problem.kind === 'auth'
      ? [
          `The gateway refused the request${problem.status ? ` (HTTP ${problem.status})` : ''}: ${problem.message}`,
          readToken()
            ? 'The saved token was not accepted: paste a valid one in the Token field above and press Save.'
            : 'Paste your analyst token in the Token field above and press Save.',
        ]
      : [problem.message];
  box.replaceChildren(...lines.map((l) => Object.assign(document.createElement('p'), { textContent: l })));
}

function showPeriod(note: string | null): void {
  byId<HTMLInputElement>('from').value = period.from;
  byId<HTMLInputElement>('to').value = period.to;
  byId('period-label').textContent = `Showing ${describePeriod(period)}`;
  byId('period-label').dataset.from = period.from;
  byId('period-label').dataset.to = period.to;
  const noteBox = byId('period-note');
  noteBox.hidden = note === null;
  noteBox.textContent = note ?? '';
}

async function fetchRegion(p: Period): Promise<RegionData> {
  const { data } = await graphql<{ region: RegionData }>(regionQuery, { ...p, hot: HOT_LIST_SIZE });
  return data.region;
}

/** The 12 months ending with the latest month that has reports, when the default period has none. */
async function periodWithData(before: Period): Promise<Period | null> {
  const to = new Date(`${before.to}T00:00:00Z`);
  const from = isoDate(monthStart(to, -12 * LOOKBACK_YEARS));
  const { data } = await graphql<{ region: { totals: { byMonth: { key: string; reportCount: number }[] } | null } }>(
    monthsQuery,
    { from, to: before.to },
  );
  const months = (data.region.totals?.byMonth ?? []).filter((b) => b.reportCount > 0).map((b) => b.key);
  const latest = months.sort().at(-1);
  return latest ? monthsEndingAt(latest) : null;
}

async function refresh(): Promise<void> {
  setState('loading');
  try {
    reference ??= await loadReference();
    let note = startNote;
    startNote = null;
    let region = await fetchRegion(period);
    if (periodIsDefault && region.totals?.reportCount === 0 && (region.coverage?.answered.length ?? 0) > 0) {
      const latest = await periodWithData(period);
      if (latest) {
        note = `No reports in the last 12 months (${describePeriod(period)}); showing the latest 12 months with reports instead.`;
        period = latest;
        region = await fetchRegion(period);
      }
    }
    periodIsDefault = false;
    renderDashboard(buildModel(reference, region, new Date()));
    showPeriod(note);
    showProblem(null);
    refreshes += 1;
    root.dataset.refresh = String(refreshes);
    setState('ready');
    // the requests panels (issue 11, item 5): inbox and outbox fetched on their own, service levels from above
    void refreshRequestPanels(period, region.serviceLevels);
  } catch (e) {
    const problem = e instanceof GatewayProblem ? e : new GatewayProblem('server', String(e));
    showProblem(problem);
    root.dataset.refresh = String(++refreshes);
    setState('error');
    void refreshRequestPanels(period, null, problem);
  }
}

async function loadReference(): Promise<Reference> {
  const { data } = await graphql<Reference>(referenceQuery);
  setUpSearch(data, (p) => showProblem(p));
  return data;
}

function choose(p: Period): void {
  period = p;
  periodIsDefault = false;
  const url = new URL(location.href);
  url.searchParams.set('from', p.from);
  url.searchParams.set('to', p.to);
  history.replaceState(null, '', url);
  void refresh();
}

function setUpControls(): void {
  const tokenInput = byId<HTMLInputElement>('token');
  const tokenState = byId('token-state');
  const describeToken = () => (tokenState.textContent = readToken() ? 'token saved' : 'no token');
  describeToken();
  byId<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    saveToken(tokenInput.value);
    tokenInput.value = '';
    describeToken();
    void refresh();
  });
  byId('token-clear').addEventListener('click', () => {
    saveToken('');
    describeToken();
    void refresh();
  });

  byId<HTMLFormElement>('period-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const from = byId<HTMLInputElement>('from').value;
    const to = byId<HTMLInputElement>('to').value;
    if (!from || !to || from >= to) {
      showProblem(new GatewayProblem('input', 'Choose a "from" date before the "to" date.'));
      return;
    }
    choose({ from, to });
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-months]').forEach((button) => {
    button.addEventListener('click', () => choose(lastMonths(new Date(), Number(button.dataset.months))));
  });
  byId('refresh').addEventListener('click', () => void refresh());
}

setUpControls();
setUpWatchlist(root);
const asked = periodFromQuery(location.search);
if (asked && 'problem' in asked) startNote = asked.problem;
else if (asked) {
  period = asked;
  periodIsDefault = false;
}
showPeriod(startNote);
void refresh();
