/**
 * The watchlist panel (issue 11, item 4): the indicators this analyst watches, each with the members that
 * have news on it since the analyst last looked (`watchlist` at the hub), and the members that declined or
 * did not answer, so "nothing new" never hides "not asked". The list lives at the analyst's own member's
 * node, so watching, unwatching and marking seen are mutations on that member's namespace, taken from the
 * token's `member` claim (the gateway checks the token; the page only needs to know where to send them).
 * Built here and appended to the page, so the page's own files stay as they are.
 */
import './watchlist.css';
import { readToken } from '../shared/token.js';
import { GatewayProblem, graphql } from './api.js';
import { el, formatDate } from './format.js';

interface Change {
  member: { code: string };
  level: string;
  change: string;
  at: string | null;
}

interface Entry {
  id: string;
  seenNext: string | null;
  watchedSince: string | null;
  changedIn: Change[] | null;
  coverage: { refused: string[]; unavailable: string[] } | null;
}

const watchlistQuery = `query DashboardWatchlist {
  watchlist { entries { id seenNext watchedSince changedIn { member { code } level change at } coverage { refused unavailable } } }
}`;
const namespacesQuery = `query DashboardNamespaces { members { code ns } }`;

/** The member claim of the saved token; null without one (or for a token the page cannot read). */
function tokenMember(): string | null {
  const payload = readToken().split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { member?: unknown };
    return typeof claims.member === 'string' ? claims.member.toUpperCase() : null;
  } catch {
    return null;
  }
}

export function setUpWatchlist(root: HTMLElement): void {
  const panel = el('section', undefined, { class: 'card watchlist', 'data-testid': 'watchlist', 'data-state': 'idle' });
  const input = el('input', undefined, {
    name: 'watch-id',
    required: '',
    placeholder: 'indicator id, e.g. PHONE:o1:… (from the hot list or a search)',
    'data-testid': 'watch-id',
  });
  const form = el('form', undefined, { class: 'watch-form', 'data-testid': 'watch-form' });
  form.append(input, el('button', 'Watch', { type: 'submit', 'data-testid': 'watch-submit' }));
  const markSeen = el('button', 'Mark all seen', { type: 'button', 'data-testid': 'watch-mark-seen' });
  const state = el('p', '', { class: 'muted', 'data-testid': 'watchlist-state' });
  const rows = el('tbody', undefined, { 'data-testid': 'watchlist-rows' });
  const table = el('table', undefined, { class: 'table' });
  const head = el('tr');
  for (const h of ['Indicator', 'Watched since', 'New since last seen', 'Not asked', '']) head.append(el('th', h));
  table.append(el('thead'), rows);
  table.tHead!.append(head);
  panel.append(
    el('h2', 'Watchlist'),
    el(
      'p',
      "Kept at your own member's node, for you only. Each member says what it has new on a watched indicator " +
        'since you last marked it seen, as much as its policy shares with you.',
      { class: 'muted' },
    ),
    form,
    state,
    table,
    markSeen,
  );
  root.append(panel);

  let ns: string | null = null;
  let entries: Entry[] = [];
  let loads = 0;

  const settle = (s: 'ready' | 'error' | 'none', text: string) => {
    panel.dataset.state = s;
    panel.dataset.load = String(++loads);
    state.textContent = text;
    state.className = s === 'error' ? 'error' : 'muted';
  };

  const namespace = async (member: string): Promise<string | null> => {
    const { data } = await graphql<{ members: { code: string; ns: string }[] }>(namespacesQuery);
    const found = data.members.find((m) => m.code === member)?.ns ?? null;
    return found && /^[a-z]{3}$/.test(found) ? found : null;
  };

  const render = () => {
    rows.replaceChildren(
      ...entries.map((e) => {
        const changes = e.changedIn ?? [];
        const missing = [...(e.coverage?.unavailable ?? []), ...(e.coverage?.refused ?? [])];
        const row = el('tr', undefined, {
          'data-testid': 'watch-row',
          'data-id': e.id,
          'data-changed': changes.map((c) => `${c.member.code}:${c.change}`).join(','),
        });
        const unwatch = el('button', 'Unwatch', { type: 'button', 'data-testid': 'watch-unwatch' });
        unwatch.addEventListener('click', () => void mutate('unwatch', 'ids', [e.id]));
        const news = changes.length
          ? changes
              .map((c) => `${c.member.code} ${c.change.toLowerCase()}${c.at ? ` ${formatDate(c.at)}` : ''}`)
              .join(' · ')
          : 'nothing new';
        const idCell = el('td', `${e.id.slice(0, 28)}…`, { class: 'mono', title: e.id });
        row.append(
          idCell,
          el('td', formatDate(e.watchedSince)),
          el('td', news, { class: changes.length ? 'news' : 'muted' }),
          el('td', missing.length ? missing.join(', ') : '—', { class: missing.length ? 'warn' : 'muted' }),
          el('td'),
        );
        row.lastElementChild!.append(unwatch);
        return row;
      }),
    );
    markSeen.disabled = entries.length === 0;
  };

  const load = async () => {
    const member = tokenMember();
    if (!member || member === 'WG') {
      entries = [];
      render();
      settle('none', "A watchlist is kept at a member's node: save a member's analyst token to see yours.");
      return;
    }
    try {
      ns ??= await namespace(member);
      const { data, errors } = await graphql<{ watchlist: { entries: Entry[] | null } }>(watchlistQuery);
      entries = data.watchlist.entries ?? [];
      render();
      const changed = entries.filter((e) => (e.changedIn ?? []).length > 0).length;
      const note = errors.length ? ` (${errors.map((e) => e.message).join('; ')})` : '';
      settle('ready', `${entries.length} watched, ${changed} with news since last seen${note}.`);
    } catch (e) {
      settle('error', e instanceof GatewayProblem ? e.message : String(e));
    }
  };

  /** One of the own node's watchlist mutations, then a reload; `ns` is a registry namespace, checked above. */
  const mutate = async (field: 'watch' | 'unwatch' | 'markSeen', arg: 'ids' | 'seen', value: unknown) => {
    if (!ns) return;
    const type = arg === 'ids' ? '[ID!]!' : '[SeenInput!]!';
    try {
      await graphql(`mutation($${arg}: ${type}) { ${ns} { ${field}(${arg}: $${arg}) { indicator { id } } } }`, {
        [arg]: value,
      });
      await load();
    } catch (e) {
      settle('error', e instanceof GatewayProblem ? e.message : String(e));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = input.value.trim();
    input.value = '';
    void mutate('watch', 'ids', [id]);
  });
  markSeen.addEventListener('click', () => {
    const seen = entries.filter((e) => e.seenNext !== null).map((e) => ({ id: e.id, seen: e.seenNext }));
    void mutate('markSeen', 'seen', seen);
  });
  // the page's own controls: a new token (another member, another list) or a refresh reloads the panel
  const reload = () => {
    ns = null;
    void load();
  };
  document.getElementById('token-form')?.addEventListener('submit', reload);
  document.getElementById('token-clear')?.addEventListener('click', reload);
  document.getElementById('refresh')?.addEventListener('click', () => void load());
  void load();
}
