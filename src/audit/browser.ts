// Drives Debian's chromium (installed by scripts/setup.sh; never a browser download) through
// playwright-core, for the browser tests and the committed screenshot of the seed statement's page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// Headless, offline and quiet: no GPU, no QUIC, no first-run, update, sync or background traffic.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  /** Closes the browser and removes its fresh profile. */
  close(): Promise<void>;
}

/** Starts chromium with a fresh profile and a fixed viewport, so pages render alike on every run. */
export async function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'claimgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openFile(browser: Browser, path: string): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(pathToFileURL(path).href);
  return page;
}

/**
 * The screenshot a reviewer looks at: the page with the first nested claim that has a source and a cue
 * selected (else the first claim), so it shows a selection as well as every span highlighted by kind.
 */
export async function screenshotDocumentPage(browser: Browser, pagePath: string, pngPath: string): Promise<void> {
  const page = await openFile(browser, pagePath);
  const rows = page.locator('#claims tbody tr');
  const complete = '#claims tbody tr:has(.chip.source):has(.chip.cue)';
  const nested = page.locator(`${complete}:has(td a[href^="#claim-"])`);
  const row = (await nested.count()) > 0 ? nested.first() : rows.first();
  if ((await rows.count()) > 0) await row.locator('td').first().click();
  await page.screenshot({ path: pngPath });
}
