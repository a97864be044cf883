/**
 * The dashboard's watchlist panel in headless Chromium, against the whole federation in this process:
 * Thailand's analyst watches a syndicate number from the page, sees which members have it as news (exactly
 * what the gateway's `watchlist` says), marks it seen, sees Cambodia's next imported report on it after a
 * refresh, and unwatches it; nothing breaks the page's Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { memberByCode } from '../../schema/registry.js';
import { importFile } from '../../subgraphs/national/import/importFile.js';
import { nodeIdentity } from '../../shared/keying/protocol.js';
import { type Federation } from '../helpers/startFederation.js';
import { describeWithBrowser, launchBrowser, screenshot } from './browser.js';
import { saveToken, watchConsole } from './dashboardPage.js';
import { mostSharedPhone, startSeededFederation } from './seededFederation.js';

const panel = '[data-testid=watchlist]';

/** Waits until the panel has finished load number `count`; returns its state then. */
async function waitForLoad(page: Page, count: number): Promise<string> {
  await page.waitForFunction(
    ([selector, n]) => Number(document.querySelector<HTMLElement>(selector as string)?.dataset.load) >= (n as number),
    [panel, count] as const,
    { timeout: 60_000 },
  );
  return (await page.getAttribute(panel, 'data-state')) ?? '';
}
const loads = async (page: Page) => Number((await page.getAttribute(panel, 'data-load')) ?? 0);

describeWithBrowser('the watchlist panel in headless Chromium', () => {
  let fed: Federation;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watchConsole>;
  let token = '';

  before(async () => {
    fed = await startSeededFederation();
    token = await fed.token({ member: 'TH', role: 'analyst' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    seen = watchConsole(page);
  });
  after(async () => {
    await browser?.close();
    await fed?.close();
  });

  test("a watch shows each member's news as the gateway gives it, and Cambodia's next report after a refresh", async () => {
    await page.goto(`${base(fed)}/dashboard`);
    const first = await loads(page);
    await saveToken(page, token);
    assert.equal(await waitForLoad(page, first + 1), 'ready');

    const phone = await mostSharedPhone(fed);
    const lookup = await fed.query<{ indicator: { id: string } }>(
      `query($v: String!) { indicator(kind: PHONE, value: $v) { id } }`,
      { v: phone.value },
      { token },
    );
    const id = lookup.data!.indicator.id;
    let n = await loads(page);
    await page.fill('[data-testid=watch-id]', id);
    await page.click('[data-testid=watch-submit]');
    assert.equal(await waitForLoad(page, n + 1), 'ready');
    const row = page.locator(`[data-testid=watch-row][data-id="${id}"]`);
    const direct = await fed.query<{
      watchlist: { entries: { changedIn: { member: { code: string }; change: string }[] }[] };
    }>(`{ watchlist { entries { changedIn { member { code } change } } } }`, {}, { token });
    const expected = direct.data!.watchlist.entries[0]!.changedIn.map((c) => `${c.member.code}:${c.change}`).join(',');
    assert.equal(await row.getAttribute('data-changed'), expected);
    // never seen: every member holding it (at HIT or more for Thailand) says NEW
    assert.deepEqual(
      expected
        .split(',')
        .map((c) => c.split(':')[0])
        .sort(),
      [...phone.reportedBy].sort(),
    );
    await screenshot(page, 'dashboard-watchlist');

    n = await loads(page);
    await page.click('[data-testid=watch-mark-seen]');
    assert.equal(await waitForLoad(page, n + 1), 'ready');
    assert.equal(await row.getAttribute('data-changed'), '');

    // Cambodia (Thailand's MoU partner) imports a report naming it; a refresh shows it
    const kh = memberByCode('KH');
    const path = join(fed.dir, 'kh-watch.csv');
    writeFileSync(
      path,
      `reference,reported_at,scam_type,channel,phone\nKH-WATCH-1,2026-01-05,INVESTMENT,PHONE_CALL,${phone.value}\n`,
    );
    await importFile(fed.nodes.get('KH')!.db, kh, await fed.keying.keyer(nodeIdentity('KH')), path);
    n = await loads(page);
    await page.click('[data-testid=refresh]');
    assert.equal(await waitForLoad(page, n + 1), 'ready');
    assert.equal(await row.getAttribute('data-changed'), phone.reportedBy.includes('KH') ? 'KH:UPDATED' : 'KH:NEW');

    n = await loads(page);
    await row.locator('[data-testid=watch-unwatch]').click();
    assert.equal(await waitForLoad(page, n + 1), 'ready');
    assert.equal(await page.locator('[data-testid=watch-row]').count(), 0);
    assert.deepEqual(seen.violations, [], 'Content-Security-Policy violations');
    assert.deepEqual(seen.errors, [], 'page errors');
  });
});

const base = (fed: Federation) => new URL(fed.gatewayUrl).origin;
