/**
 * Reading the dashboard the way a test needs: wait for a refresh to finish, and take the figures behind
 * the charts from <script id="chart-data"> (the page writes exactly what it drew there).
 */
import type { Page } from 'playwright-core';

export type NodeState = 'answered' | 'unavailable' | 'refused' | 'not asked';

export interface ChartData {
  period: { from: string; to: string };
  ratesAsOf: string;
  coverage: { asked: number; answered: string[]; unavailable: string[]; complete: boolean } | null;
  members: {
    code: string;
    name: string;
    currency: string;
    state: NodeState;
    reportCount: number | null;
    indicativeUsd: string | null;
    losses: { amount: string; currency: string }[] | null;
  }[];
  totals: { reportCount: number; indicativeUsd: string; losses: { amount: string; currency: string }[] } | null;
  byScamType: { key: string; label: string; reportCount: number }[];
  byMonth: { key: string; reportCount: number }[];
  hotList: { id: string; kind: string; members: string[]; reportCount: number; sightedIn: string[] }[];
}

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
