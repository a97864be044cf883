/**
 * The requests panels (issue 11, item 5): the signed-in member's inbox, its outbox, and every member's
 * service level for the period shown. Refreshed with the rest of the page (main.ts calls
 * `refreshRequestPanels` after each refresh) but fetched and failing on their own: a reader without an
 * inbox still sees the regional figures, and a panel that fails says why in its own box.
 */
import { readToken } from '../shared/token.js';
import { GatewayProblem, graphql } from './api.js';
import { inboxRoles, tokenClaims, type TokenClaims } from './caller.js';
import type { Period } from './period.js';
import {
  INBOX_PAGE,
  inboxQuery,
  membersQuery,
  outboxQuery,
  type InboxData,
  type MemberNs,
  type OutboxData,
} from './requestQueries.js';
import type { RegionData } from './queries.js';
import {
  inboxRows,
  outboxMissing,
  requestView,
  serviceLevelRows,
  type Panel,
  type RequestsModel,
} from './requestsModel.js';
import { renderRequestPanels } from './requestsRender.js';
import './requests.css';

let members: MemberNs[] | null = null;
/** Refreshes started; an answer that arrives after a newer refresh started is dropped. */
let generation = 0;
let finished = 0;

function failed<T>(e: unknown): Panel<T> {
  const problem = e instanceof GatewayProblem ? e : new GatewayProblem('server', String(e));
  if (problem.kind === 'auth' && !readToken()) {
    return { state: 'no-token', message: 'Save a token above to see requests for assistance.', rows: [] };
  }
  return { state: 'error', message: problem.message, rows: [] };
}

async function loadInbox(caller: TokenClaims | null): Promise<RequestsModel['inbox']> {
  const member = members?.find((m) => m.code === caller?.member) ?? null;
  if (!caller) return { ...failed(new GatewayProblem('auth', 'no token')), member: null };
  if (!member || !inboxRoles.includes(caller.role)) {
    const who = `${caller.member} ${caller.role}`;
    const message = `The inbox holds the requests addressed to a member, for that member's operators, investigators and auditors; this token is a ${who}.`;
    return { state: 'not-staff', message, rows: [], member: member?.code ?? null };
  }
  try {
    const { data, errors } = await graphql<InboxData>(inboxQuery(member.ns), { first: INBOX_PAGE });
    const part = data[member.ns];
    if (!part) {
      const why = errors.map((e) => e.message).join('; ') || `${member.name}'s node did not answer`;
      return { state: 'error', message: why, rows: [], member: member.code };
    }
    return { state: 'ready', message: null, rows: inboxRows(part), member: member.code };
  } catch (e) {
    return { ...failed(e), member: member.code };
  }
}

async function loadOutbox(): Promise<RequestsModel['outbox']> {
  try {
    const { data } = await graphql<OutboxData>(outboxQuery);
    const rows = (data.myRequests.requests ?? []).map(requestView);
    return { state: 'ready', message: null, rows, missing: outboxMissing(data.myRequests.coverage) };
  } catch (e) {
    return { ...failed(e), missing: [] };
  }
}

/** The service levels came with the regional figures (one query per refresh); `problem` when that failed. */
function serviceLevelsPanel(
  period: Period,
  levels: RegionData['serviceLevels'],
  problem: GatewayProblem | null,
): RequestsModel['serviceLevels'] {
  if (problem) return { ...failed(problem), period };
  if (!levels) return { state: 'error', message: 'The hub did not answer.', rows: [], period };
  return {
    state: 'ready',
    message: null,
    rows: serviceLevelRows(members ?? [], levels.byMember, levels.coverage),
    period,
  };
}

/**
 * Fetches the inbox and outbox and renders the three panels; the service levels for `period` come from
 * the page's regional query (null with the `problem` that query met). The panels' root counts finished
 * refreshes.
 */
export async function refreshRequestPanels(
  period: Period,
  levels: RegionData['serviceLevels'],
  problem: GatewayProblem | null = null,
): Promise<void> {
  const mine = ++generation;
  const root = document.getElementById('requests');
  if (!root) return;
  root.dataset.state = 'loading';
  if (!members) {
    try {
      members = (await graphql<{ members: MemberNs[] }>(membersQuery)).data.members;
    } catch {
      members = null; // no token yet: each panel says so below, and the next refresh asks again
    }
  }
  const caller = tokenClaims();
  const [inbox, outbox] = await Promise.all([loadInbox(caller), loadOutbox()]);
  const serviceLevels = serviceLevelsPanel(period, levels, problem);
  if (mine !== generation) return;
  renderRequestPanels({ caller, inbox, outbox, serviceLevels }, members ?? []);
  root.dataset.state = 'ready';
  root.dataset.refresh = String(++finished);
}
