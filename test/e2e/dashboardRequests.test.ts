/**
 * The dashboard's requests panels in headless Chromium (issue 11, item 5), against the seeded federation
 * with requests filed through the gateway: Cambodia's inbox shows its open requests with an overdue one
 * marked (the nodes' clock is moved past its due time, nothing sleeps), Thailand's outbox shows each
 * request's status, and the service-level table shows each member's figures as the gateway answers them.
 * The data is seeded on the real day, as `npm start` seeds it: the default period shows it, with no note.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { members } from '../../schema/registry.js';
import type { RequestsModel } from '../../gateway/web/src/dashboard/requestsModel.js';
import type { Federation } from '../helpers/startFederation.js';
import { describeWithBrowser, launchBrowser, screenshot } from './browser.js';
import { lastMonths } from '../../gateway/web/src/dashboard/period.js';
import { watchConsole, type ChartData } from './dashboardPage.js';
import { iso, monthStart, startSeededFederation } from './seededFederation.js';

const minute = 60_000;
let fed: Federation;
let base: string;
/** How far the nodes' clock is ahead of the real one. */
let offset = 0;
const tokens: Record<string, string> = {};
const filed: Record<string, string> = {};

async function gql<T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fed.query<T>(query, variables, { token: tokens[who]! });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data!;
}

before(async () => {
  // seeded on the real day, as `npm start` seeds
  fed = await startSeededFederation({ clock: () => new Date(Date.now() + offset), until: new Date() });
  base = new URL(fed.gatewayUrl).origin;
  tokens.th = await fed.token({ member: 'TH', role: 'investigator' });
  tokens.kh = await fed.token({ member: 'KH', role: 'operator' });
  tokens.wg = await fed.token({ member: 'WG', role: 'analyst' });
  // an indicator Cambodia holds, as its own staff read it; Thailand quotes its id
  const own = await gql<{ khm: { reports: { edges: { node: { indicators: { indicator: { id: string } }[] } }[] } } }>(
    'kh',
    '{ khm { reports(first: 1) { edges { node { indicators { indicator { id } } } } } } }',
  );
  const subject = own.khm.reports.edges[0]!.node.indicators[0]!.indicator.id;
  const ask = async (name: string, action: string) => {
    const data = await gql<{ khm: { requestAssistance: { reference: string } } }>(
      'th',
      'mutation($input: AssistanceRequestInput!) { khm { requestAssistance(input: $input) { reference } } }',
      { input: { reference: subject, action, legalBasis: 'TH-KH MoU art. 4', clientKey: `e2e-${name}` } },
    );
    filed[name] = data.khm.requestAssistance.reference;
  };
  const move = (mutation: string, name: string) =>
    gql('kh', `mutation($r: ID!) { khm { ${mutation}(reference: $r) { status } } }`, { r: filed[name] });
  for (const name of ['a', 'b', 'c']) await ask(name, 'PRESERVE_EVIDENCE');
  await ask('freeze', 'FREEZE_ACCOUNT'); // due in an hour: left to expire
  await ask('open', 'TAKE_DOWN'); // due in 48 hours: open, not overdue
  for (const [name, after] of [
    ['a', 10],
    ['b', 20],
    ['c', 30],
  ] as const) {
    offset = after * minute;
    await move('acknowledgeRequest', name);
  }
  offset = 40 * minute;
  for (const name of ['a', 'b', 'c']) await move('actionRequest', name);
  offset = 2 * 60 * minute; // the freeze request is now past its due time
});
after(() => fed?.close());

describeWithBrowser('requests panels in headless Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  /** The dashboard as `who` sees it (token saved before the page loads), once its requests panels are in. */
  async function open(
    who: string,
    query = '',
  ): Promise<{ page: Page; model: RequestsModel; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addInitScript((t) => localStorage.setItem('antiscam.token', t), tokens[who]!);
    const page = await context.newPage();
    const seen = watchConsole(page);
    await page.goto(`${base}/dashboard${query}`);
    await page.waitForFunction(
      () => {
        const el = document.querySelector<HTMLElement>('[data-testid=requests]');
        return !!el && el.dataset.state === 'ready' && Number(el.dataset.refresh) >= 1;
      },
      undefined,
      { timeout: 60_000 },
    );
    const model = JSON.parse((await page.textContent('#requests-data')) ?? '{}') as RequestsModel;
    return {
      page,
      model,
      close: async () => {
        assert.deepEqual(seen.violations, [], 'Content-Security-Policy violations');
        assert.deepEqual(seen.errors, [], 'page errors');
        await context.close();
      },
    };
  }

  test("Cambodia's operator: the inbox lists its open requests, the overdue one first and marked overdue", async () => {
    const { page, model, close } = await open('kh');
    try {
      // data seeded today: the default period (the last 12 months) holds reports; the page stays on it
      const chart = JSON.parse((await page.textContent('#chart-data')) ?? '{}') as ChartData;
      assert.deepEqual(chart.period, lastMonths(new Date()));
      assert.ok(chart.totals!.reportCount > 0, 'reports in the default period');
      assert.equal(await page.isHidden('[data-testid=period-note]'), true, 'no "no reports" note');
      assert.deepEqual(model.serviceLevels.period, chart.period);
      assert.equal(model.inbox.state, 'ready', model.inbox.message ?? '');
      assert.equal(model.inbox.member, 'KH');
      assert.deepEqual(
        model.inbox.rows.map((r) => [r.reference, r.status, r.overdue, r.requester]),
        [
          [filed.freeze, 'EXPIRED', true, 'TH'],
          [filed.open, 'SUBMITTED', false, 'TH'],
        ],
      );
      const overdue = page.locator(`[data-testid=inbox] tr[data-reference="${filed.freeze}"]`);
      assert.equal(await overdue.getAttribute('data-overdue'), 'true');
      assert.match((await overdue.textContent()) ?? '', /OVERDUE/);
      assert.equal(await overdue.getAttribute('class'), 'overdue');
      const open_ = page.locator(`[data-testid=inbox] tr[data-reference="${filed.open}"]`);
      assert.doesNotMatch((await open_.textContent()) ?? '', /OVERDUE/);
      // the due time shown is the node's, as the gateway gives it
      const direct = await gql<{ khm: { assistanceRequest: { dueAt: string } } }>(
        'kh',
        'query($r: ID!) { khm { assistanceRequest(reference: $r) { dueAt } } }',
        { r: filed.open },
      );
      const due = direct.khm.assistanceRequest.dueAt;
      assert.match((await open_.textContent()) ?? '', new RegExp(`${due.slice(0, 10)} ${due.slice(11, 16)} UTC`));
      assert.match((await page.textContent('[data-testid=inbox-summary]')) ?? '', /2 open requests .*1 overdue/);
      await page.locator('[data-testid=requests]').scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-inbox');
    } finally {
      await close();
    }
  });

  test("Thailand's investigator: the outbox shows each request's status; it has no inbox of its own", async () => {
    const { page, model, close } = await open('th');
    try {
      const direct = await gql<{ myRequests: { requests: { reference: string; status: string }[] } }>(
        'th',
        '{ myRequests { requests { reference status } } }',
      );
      assert.equal(model.outbox.state, 'ready', model.outbox.message ?? '');
      assert.deepEqual(
        model.outbox.rows.map((r) => ({ reference: r.reference, status: r.status })),
        direct.myRequests.requests,
      );
      const statuses = Object.fromEntries(model.outbox.rows.map((r) => [r.reference, r.status]));
      assert.deepEqual(
        [filed.a, filed.b, filed.c, filed.freeze, filed.open].map((r) => statuses[r!]),
        ['ACTIONED', 'ACTIONED', 'ACTIONED', 'EXPIRED', 'SUBMITTED'],
      );
      for (const r of model.outbox.rows) {
        const row = page.locator(`[data-testid=outbox] tr[data-reference="${r.reference}"]`);
        assert.equal(await row.getAttribute('data-status'), r.status);
      }
      // Thailand's investigator has requests addressed to Thailand: none here, and the inbox says so
      assert.equal(model.inbox.state, 'ready', model.inbox.message ?? '');
      assert.deepEqual(model.inbox.rows, []);
      await screenshot(page, 'dashboard-outbox');
    } finally {
      await close();
    }
  });

  test('the Working Group analyst: service levels per member, as the gateway answers them; no inbox', async () => {
    const now = new Date(Date.now() + offset);
    const period = { from: iso(monthStart(now, -11)), to: iso(monthStart(now, 2)) };
    const { page, model, close } = await open('wg', `?from=${period.from}&to=${period.to}`);
    try {
      assert.equal(model.inbox.state, 'not-staff');
      assert.match((await page.textContent('[data-testid=inbox]')) ?? '', /operators, investigators and auditors/);
      const direct = await gql<{
        region: { serviceLevels: { byMember: ({ member: { code: string } } & Record<string, number | null>)[] } };
      }>(
        'wg',
        `query($from: Date!, $to: Date!) { region(from: $from, to: $to) { serviceLevels { byMember {
          member { code } requests acknowledged actioned expired medianSecondsToAcknowledge medianSecondsToAction } } } }`,
        period,
      );
      assert.deepEqual(model.serviceLevels.period, period);
      assert.deepEqual(
        model.serviceLevels.rows.map((r) => r.code),
        members.map((m) => m.code),
      );
      const kh = model.serviceLevels.rows.find((r) => r.code === 'KH')!;
      const { member: _, ...figures } = direct.region.serviceLevels.byMember.find((m) => m.member.code === 'KH')!;
      assert.equal(kh.state, 'shared');
      assert.deepEqual(
        {
          requests: kh.requests,
          acknowledged: kh.acknowledged,
          actioned: kh.actioned,
          expired: kh.expired,
          medianSecondsToAcknowledge: kh.medianSecondsToAcknowledge,
          medianSecondsToAction: kh.medianSecondsToAction,
        },
        figures,
      );
      assert.deepEqual([kh.requests, kh.acknowledged, kh.actioned, kh.expired], [5, 3, 3, 1]);
      // acknowledged after 10, 20 and 30 minutes (and the few seconds the calls took): about 20 min
      const row = page.locator('[data-testid=service-level][data-member=KH]');
      assert.equal(await row.locator('[data-median=acknowledge]').textContent(), '20 min');
      assert.equal(await row.locator('[data-median=action]').textContent(), '40 min');
      // the other members got fewer requests than their k: withheld, and said so
      for (const r of model.serviceLevels.rows.filter((r) => r.code !== 'KH')) assert.equal(r.state, 'withheld');
      assert.match(
        (await page.textContent('[data-testid=service-level][data-member=TH]')) ?? '',
        /withheld: under the member's minimum count/,
      );
      await page.locator('[data-testid=service-levels]').scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-service-levels');
    } finally {
      await close();
    }
  });
});
