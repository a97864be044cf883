/**
 * The dashboard and the analyst IDE in headless Chromium, against the whole federation in this process:
 * what a person sees (chart data, hot list, node status, search results) must match what the gateway
 * answers directly, and the pages must load nothing from any other host.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { members } from '../../schema/registry.js';
import { syndicatePool } from '../../subgraphs/national/seed/syndicatePool.js';
import { examplePhone, exampleScreen, exampleTabs } from '../../gateway/web/src/graphiql/examples.js';
import { type Federation } from '../helpers/startFederation.js';
import { describeWithBrowser, launchBrowser, screenshot } from './browser.js';
import { chartData, clickRefresh, saveToken, waitForRefresh, watchConsole } from './dashboardPage.js';
import {
  SEED,
  directHotList,
  iso,
  latestYear,
  monthStart,
  mostSharedPhone,
  seedUntil,
  startSeededFederation,
} from './seededFederation.js';

let fed: Federation;
let base: string;
let token: string;

before(async () => {
  fed = await startSeededFederation();
  base = new URL(fed.gatewayUrl).origin;
  token = await fed.token({ member: 'WG', role: 'analyst' });
});
after(() => fed?.close());

test('the analyst IDE examples run as they are, on values the synthetic data really holds', async () => {
  const pool = new Set(syndicatePool(SEED).map((s) => s.value));
  assert.ok(pool.has(examplePhone), 'the lookup example is a syndicate number of npm start');
  for (const item of exampleScreen.slice(0, -1)) assert.ok(pool.has(item.value), item.value);
  const tabs = exampleTabs(members, new Date());
  assert.equal(tabs.length, 6);
  for (const tab of tabs) {
    const res = await fed.query(tab.query, tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {});
    assert.equal(res.status, 200, tab.query);
    assert.equal(res.errors, undefined, `${tab.query}\n${JSON.stringify(res.errors)}`);
  }
  const lookup = await fed.query<{ indicator: { sightings: unknown[] } }>(tabs[0]!.query, {
    kind: 'PHONE',
    value: examplePhone,
  });
  assert.ok(lookup.data!.indicator.sightings.length >= 2, 'the example finds the number across borders');
});

describeWithBrowser('dashboard and analyst IDE in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let seen: ReturnType<typeof watchConsole>;

  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    seen = watchConsole(page);
  });
  after(async () => {
    await browser?.close();
  });
  // checked after every test that drove the page, so a violation fails the test that caused it
  afterEach(() => {
    assert.deepEqual(seen.violations, [], 'Content-Security-Policy violations');
    assert.deepEqual(seen.errors, [], 'page errors');
  });

  test('without a token the page says so; with one it shows every member and the latest year with reports', async () => {
    await page.goto(`${base}/dashboard`);
    assert.equal(await waitForRefresh(page, 1), 'error');
    const problem = page.locator('[data-testid=problem]');
    assert.equal(await problem.getAttribute('data-kind'), 'auth');
    assert.match((await problem.textContent()) ?? '', /HTTP 401.*missing token.*Paste your analyst token/s);
    await screenshot(page, 'dashboard-no-token');

    await saveToken(page, token);
    assert.equal(await page.getAttribute('[data-testid=dashboard]', 'data-state'), 'ready');
    assert.equal(await problem.isHidden(), true);
    const data = await chartData(page);
    assert.deepEqual(
      data.members.map((m) => m.code),
      members.map((m) => m.code),
    );
    for (const m of data.members) {
      assert.equal(m.state, 'answered', m.code);
      assert.ok(m.reportCount! > 0, `${m.code} has reports in the chart`);
      assert.deepEqual(
        m.losses!.map((l) => l.currency),
        [members.find((r) => r.code === m.code)!.currency],
      );
    }
    // the default period (last 12 months) is empty, so the page moved to the latest 12 months with reports
    assert.deepEqual(data.period, latestYear);
    assert.match((await page.textContent('[data-testid=period-note]')) ?? '', /No reports in the last 12 months/);
    assert.equal(data.byMonth.length, 12);
    assert.ok(data.byScamType.length > 0);
    assert.equal(
      data.totals!.reportCount,
      data.members.reduce((n, m) => n + m.reportCount!, 0),
    );
    // per currency, never summed across: one figure for each member's currency
    const currencies = await page
      .locator('[data-testid=currency-totals] li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-currency')));
    assert.deepEqual(currencies.sort(), [...new Set(members.map((m) => m.currency))].sort());
    assert.match((await page.textContent('[data-testid=rates-as-of]')) ?? '', /\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'dashboard');
  });

  test('the hot list is non-empty and is exactly what the gateway answers for the period', async () => {
    const data = await chartData(page);
    const direct = await directHotList(fed, data.period);
    assert.ok(direct.length > 0, 'the seeded syndicate makes cross-border hits');
    assert.deepEqual(
      data.hotList.map(({ id, kind, members, reportCount }) => ({ id, kind, members, reportCount })),
      direct,
    );
    const rows = await page
      .locator('[data-testid=hot-row]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-indicator'), e.getAttribute('data-kind')]));
    assert.deepEqual(
      rows,
      direct.map((h) => [h.id, h.kind]),
    );
    assert.ok(direct.every((h) => h.members.length >= 2));
  });

  test('?from=&to= in the address choose the period', async () => {
    const period = { from: iso(monthStart(seedUntil, -6)), to: iso(monthStart(seedUntil, -3)) };
    await page.goto(`${base}/dashboard?from=${period.from}&to=${period.to}`);
    assert.equal(await waitForRefresh(page, 1), 'ready');
    const data = await chartData(page);
    assert.deepEqual(data.period, period);
    assert.deepEqual(
      data.byMonth.map((b) => b.key),
      [0, 1, 2].map((i) => iso(monthStart(new Date(`${period.from}T00:00:00Z`), i)).slice(0, 7)),
    );
    assert.equal(await page.isHidden('[data-testid=period-note]'), true);
    assert.deepEqual(
      data.hotList.map((h) => h.id),
      (await directHotList(fed, period)).map((h) => h.id),
    );
  });

  test('a stopped member is shown as unavailable after a refresh, not as zero', async () => {
    const down = members.at(-1)!;
    await page.goto(`${base}/dashboard?from=${latestYear.from}&to=${latestYear.to}`);
    assert.equal(await waitForRefresh(page, 1), 'ready');
    const before = await chartData(page);
    await fed.stopMember(down.code);
    try {
      assert.equal(await clickRefresh(page), 'ready');
      const data = await chartData(page);
      const row = data.members.find((m) => m.code === down.code)!;
      assert.equal(row.state, 'unavailable');
      assert.equal(row.reportCount, null, 'missing, not zero');
      assert.deepEqual(data.coverage?.unavailable, [down.code]);
      assert.equal(data.members.filter((m) => m.state === 'answered').length, members.length - 1);
      const others = before.members.filter((m) => m.code !== down.code).reduce((n, m) => n + m.reportCount!, 0);
      assert.equal(data.totals!.reportCount, others);

      const chip = page.locator(`[data-testid=node-status] li[data-member=${down.code}]`);
      assert.equal(await chip.getAttribute('data-state'), 'unavailable');
      assert.match((await chip.textContent()) ?? '', /no answer/);
      assert.match((await page.textContent('[data-testid=status-summary]')) ?? '', new RegExp(`Missing: ${down.name}`));
      assert.match((await page.textContent('[data-testid=kpi-reports]')) ?? '', /partial/);
      await screenshot(page, 'dashboard-member-down');
    } finally {
      await fed.startMember(down.code);
    }
    assert.equal(await clickRefresh(page), 'ready');
    assert.equal((await chartData(page)).members.find((m) => m.code === down.code)!.state, 'answered');
  });

  test('typing a seeded phone number into the search box shows the members that reported it', async () => {
    const phone = await mostSharedPhone(fed);
    assert.ok(phone.reportedBy.length >= 2, `a syndicate phone is in several members: ${phone.reportedBy}`);
    const search = async (value: string, region = '') => {
      await page.selectOption('[data-testid=search-kind]', 'PHONE');
      await page.selectOption('[data-testid=search-region]', region);
      await page.fill('[data-testid=search-value]', value);
      await page.click('[data-testid=search-submit]');
      await page.waitForSelector(
        '[data-testid=search-result]:is([data-state=done], [data-state=invalid], [data-state=error])',
      );
      return page.getAttribute('[data-testid=search-result]', 'data-state');
    };
    const shown = () =>
      page
        .locator('[data-testid=sighting]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-member')!).sort());

    assert.equal(await search(phone.value), 'done');
    assert.deepEqual(await shown(), phone.reportedBy);
    assert.match((await page.textContent('[data-testid=search-summary]')) ?? '', /Reported in \d+ members/);
    await page.locator('[data-testid=search-result]').scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-search');

    // the same number as a person in its home country writes it
    const national = parsePhoneNumberWithError(phone.value).formatNational();
    assert.equal(await search(national, phone.home!), 'done');
    assert.deepEqual(await shown(), phone.reportedBy);

    // invalid input: the gateway's BAD_USER_INPUT message, shown as such
    assert.equal(await search('12345'), 'invalid');
    assert.match((await page.textContent('[data-testid=search-result]')) ?? '', /Not a valid value: .*PHONE/);
  });

  test('GraphiQL loads with no request to any other host; a token pasted in its headers runs an example', async () => {
    const ide = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const requests: string[] = [];
      ide.on('request', (r) => requests.push(r.url()));
      const idePage = await ide.newPage();
      const ideSeen = watchConsole(idePage);
      const response = await idePage.goto(`${base}/graphql`);
      assert.equal(response?.status(), 200);
      assert.match(response!.headers()['content-type'] ?? '', /^text\/html/);
      assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self';.*connect-src 'self'/);
      await idePage.waitForSelector('.graphiql-container .monaco-editor', { timeout: 60_000 });
      assert.match(
        (await idePage.textContent('.graphiql-tabs')) ?? '',
        /CrossBorderLookup.*MemberDetail.*OneMember.*ReportPivot.*Screen.*RegionalStatistics/s,
      );

      // no token yet: the headers editor holds the placeholder and the gateway's answer says what is missing
      const response_ = () =>
        idePage.evaluate(() =>
          (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' '),
        );
      await idePage.waitForFunction(() =>
        /missing\stoken/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      );
      const headersEditor = idePage.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor');
      assert.match(
        ((await headersEditor.textContent()) ?? '').replace(/\u00a0/g, ' '),
        /"Authorization": "Bearer <paste token>"/,
      );
      await screenshot(idePage, 'graphiql-no-token');

      await headersEditor.click();
      await idePage.keyboard.press('ControlOrMeta+a');
      await idePage.keyboard.press('Delete');
      // typed like a person (monaco closes quotes and braces as they are typed, and types over them)
      await idePage.keyboard.type(JSON.stringify({ Authorization: `Bearer ${token}` }));
      await idePage.click('.graphiql-execute-button');
      const direct = await fed.query<{ indicator: { sightings: { member: { name: string } }[] } }>(
        `query($v: String!) { indicator(kind: PHONE, value: $v) { sightings { member { name } } } }`,
        { v: examplePhone },
      );
      const firstName = direct.data!.indicator.sightings[0]!.member.name;
      await idePage.waitForFunction(
        (name) => {
          // monaco renders spaces as no-break spaces
          const text = (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ');
          return text.includes('"sightings"') && text.includes(name);
        },
        firstName,
        { timeout: 30_000 },
      );
      assert.ok(!(await response_()).includes('UNAUTHENTICATED'));
      // the pasted token is the dashboard's token from now on (same origin, shared storage)
      await idePage.waitForFunction((t) => localStorage.getItem('antiscam.token') === t, token);
      await screenshot(idePage, 'graphiql');

      // and the next time GraphiQL opens, the saved token is already in its headers editor
      const again = await ide.newPage();
      await again.goto(`${base}/graphql`);
      await again.waitForSelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor');
      await again.waitForFunction(
        (t) =>
          (document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden)')?.textContent ?? '').includes(
            t.slice(0, 20),
          ),
        token,
      );
      await again.close();

      const network = requests.filter((u) => /^(https?|wss?):/.test(u));
      assert.ok(network.length > 5, 'the page, its scripts, workers and the GraphQL calls were seen');
      assert.deepEqual(
        network.filter((u) => new URL(u).origin !== base),
        [],
      );
      assert.ok(
        network.some((u) => u.includes('.worker-')),
        'monaco workers came from the gateway too',
      );
      assert.deepEqual(ideSeen.violations, []);
      assert.deepEqual(ideSeen.errors, []);
    } finally {
      await ide.close();
    }
  });
});
