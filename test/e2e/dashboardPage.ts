/**
 * Reading the dashboard the way a test needs: wait for a refresh to finish, and take the figures behind
 * the charts from <script id="chart-data"> (the page writes exactly what it drew there).
 */
import type { Page } from 'playwright-core';

// The page writes its own model to <script id="chart-data">: read it with the product's type, not a copy.
export type { DashboardModel as ChartData, NodeState } from '../../gateway/web/src/dashboard/model.js';
import type { DashboardModel as ChartData } from '../../gateway/web/src/dashboard/model.js';

const main = '[data-testid=dashboard]';

/** Refreshes finished so far (ready or error). */
export async function refreshCount(page: Page): Promise<number> {
  return Number(await page.getAttribute(main, 'data-refresh'));
}

/** Waits until refresh number `count` has finished; returns the page's state then. */
export async function waitForRefresh(page: Page, count: number): Promise<'ready' | 'error'> {
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector<HTMLElement>('[data-testid=dashboard]');
      return !!el && el.dataset.state !== 'loading' && Number(el.dataset.refresh) >= n;
    },
    count,
    { timeout: 60_000 },
  );
  return (await page.getAttribute(main, 'data-state')) as 'ready' | 'error';
}

export async function chartData(page: Page): Promise<ChartData> {
  return JSON.parse((await page.textContent('#chart-data')) ?? '{}') as ChartData;
}

export async function saveToken(page: Page, token: string): Promise<void> {
  const before = await refreshCount(page);
  await page.fill('[data-testid=token]', token);
  await page.click('#token-form button[type=submit]');
  await waitForRefresh(page, before + 1);
}

export async function clickRefresh(page: Page): Promise<'ready' | 'error'> {
  const before = await refreshCount(page);
  await page.click('[data-testid=refresh]');
  return waitForRefresh(page, before + 1);
}

/** Collects Content-Security-Policy violations and uncaught errors the page reports. */
export function watchConsole(page: Page): { violations: string[]; errors: string[] } {
  const seen = { violations: [] as string[], errors: [] as string[] };
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}
