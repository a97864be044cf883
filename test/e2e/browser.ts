/**
 * Headless Chromium for the browser tests, driven by playwright-core: Debian's `chromium` package (no
 * browser download). Same policy as PostgreSQL in test/helpers/databases.ts: a missing browser FAILS the
 * suite, always under CI=true; only a developer who sets SKIP_BROWSER=1 outside CI gets a reported skip.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

type Env = Readonly<Record<string, string | undefined>>;

export const chromiumPath = (env: Env = process.env) => env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Screenshots land here (gitignored) for a person to open. */
export const screenshotDir = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));

/**
 * null when the browser is there; the skip reason when it is not and the developer opted out
 * (SKIP_BROWSER=1, never under CI=true); otherwise throws saying how to install it.
 */
export function browserAvailability(env: Env = process.env): string | null {
  const path = chromiumPath(env);
  if (existsSync(path)) return null;
  const message = `Chromium is missing at ${path}: install it (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`;
  if (env.CI !== 'true' && env.SKIP_BROWSER === '1') return `${message} (skipped: SKIP_BROWSER=1)`;
  throw new Error(message);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: launchArgs, headless: true });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * `describe(name)` whose body registers browser tests, or one failing test saying how to install
 * Chromium (a reported skip with SKIP_BROWSER=1 outside CI).
 */
export function describeWithBrowser(name: string, fn: () => void): void {
  describe(name, () => {
    let skip: string | null;
    try {
      skip = browserAvailability();
    } catch (e) {
      // a failing test, not a failing suite body: node:test counts only tests in its `# fail` summary
      test('Chromium is installed', () => {
        throw e;
      });
      return;
    }
    if (skip !== null) {
      test('browser tests', { skip }, () => undefined);
      return;
    }
    fn();
  });
}
