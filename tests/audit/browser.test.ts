// The report in a real browser: Debian's chromium (scripts/setup.sh installs it) driven by
// playwright-core opens the seed statement's page from disk, clicks every claim row and checks the
// spans it highlights against the graph.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openFile, screenshotDocumentPage, type Browser } from '../../src/audit/browser.js';
import { GraphSchema, type Graph } from '../../src/graph/schema.js';
import { SEED, fixtureText } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

const HOSTILE = 'Residents said: “<script>window.pwned = true; alert(1)</script><img src=x onerror="window.pwned = true"> was found.”\n';

const work = tempDir('claimgraph-browser-');
const report = join(work, 'report');
let browser: Browser;
let seed: Graph;

beforeAll(async () => {
  const inputs = join(work, 'inputs');
  mkdirSync(inputs);
  writeFileSync(join(inputs, `${SEED}.txt`), fixtureText(SEED));
  writeFileSync(join(inputs, 'hostile.txt'), HOSTILE);
  expect(runCli(['extract', inputs, '--out', join(work, 'graphs')]).code).toBe(0);
  expect(runCli(['audit', join(work, 'graphs'), '--html', report]).code).toBe(0);
  seed = GraphSchema.parse(JSON.parse(readFileSync(join(work, 'graphs', `${SEED}.json`), 'utf8')));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The text of the highlighted spans of each role, in document order. */
const hits = (page: Page) =>
  page.evaluate(() => {
    const text = (cls: string) => [...document.querySelectorAll(`#text .${cls}`)].map((el) => el.textContent).join('');
    return { source: text('hit-source'), cue: text('hit-cue'), content: text('hit-content') };
  });

describe('audit report in chromium', () => {
  test('the seed page: counts match the graph, and every claim row highlights its evidence and scrolls to it', async () => {
    const page = await openFile(browser, join(report, 'documents', `${SEED}.html`));
    const claims = seed.nodes.filter((n) => n.kind === 'claim');
    const count = (kind: string) => seed.nodes.filter((n) => n.kind === kind).length;
    expect(await page.locator('[data-count="claims"]').textContent()).toBe(String(claims.length));
    expect(await page.locator('[data-count="entities"]').textContent()).toBe(String(count('entity')));
    expect(await page.locator('[data-count="times"]').textContent()).toBe(String(count('time')));
    expect(await page.locator('[data-entity]').count()).toBe(count('entity'));
    expect(await page.locator('[data-time]').count()).toBe(count('time'));
    expect(await page.locator('#text').textContent()).toBe(seed.document.text);

    const rows = page.locator('#claims tbody tr');
    expect(await rows.count()).toBe(claims.length);
    const seen = new Set<string>();
    for (let i = 0; i < claims.length; i++) {
      const row = rows.nth(i);
      await row.locator('td').first().click();
      const id = (await row.getAttribute('title'))?.split(' · ')[0] ?? '';
      const claim = claims.find((c) => c.id === id);
      expect(claim, `row ${i + 1} names claim ${id}`).toBeDefined();
      if (!claim) continue;
      seen.add(claim.id);
      const content = (claim.content.ranges ?? [[claim.content.start, claim.content.end]]).map(([s, e]) => seed.document.text.slice(s, e)).join('');
      expect(await hits(page), `row ${i + 1} (${claim.id})`).toEqual({ source: claim.source?.text ?? '', cue: claim.cue?.text ?? '', content });
      expect(await row.getAttribute('class')).toContain('selected');
      // The evidence is scrolled into the text pane's view.
      const visible = await page.evaluate(() => {
        const first = document.querySelector('#text .hit')?.getBoundingClientRect();
        const pane = document.getElementById('text-pane')?.getBoundingClientRect();
        return !!first && !!pane && first.top >= pane.top && first.bottom <= pane.bottom;
      });
      expect(visible, `row ${i + 1} (${claim.id}) scrolls its evidence into view`).toBe(true);
    }
    expect(seen.size).toBe(claims.length);
  });

  test('the index: both documents with their counts, and the filter box narrows the list', async () => {
    const page = await openFile(browser, join(report, 'index.html'));
    const rows = page.locator('tr[data-doc]');
    expect(await rows.count()).toBe(2);
    const seedRow = page.locator(`tr[data-doc]:has(a[href="documents/${SEED}.html"])`);
    expect(await seedRow.locator('[data-count="claims"]').textContent()).toBe(String(seed.nodes.filter((n) => n.kind === 'claim').length));
    await page.fill('#filter', 'liberty attack');
    expect(await page.locator('tr[data-doc]:visible').count()).toBe(1);
    expect(await page.locator('#shown').textContent()).toBe('1');
    await page.fill('#filter', '');
    expect(await page.locator('tr[data-doc]:visible').count()).toBe(2);
    await seedRow.locator('a').click();
    await page.waitForURL(/documents\//);
    expect(await page.locator('h1').textContent()).toContain('Camp Liberty');
  });

  test('a document containing <script> and an onerror image renders them as text and runs neither', async () => {
    const page = await openFile(browser, join(report, 'documents', 'hostile.html'));
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    expect(await page.locator('#text').textContent()).toBe(HOSTILE);
    expect(await page.locator('#text script, #text img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  test('the screenshot of the seed page is written (npm run screenshot writes output/audit-seed.png the same way)', async () => {
    const png = join(work, 'audit-seed.png');
    await screenshotDocumentPage(browser, join(report, 'documents', `${SEED}.html`), png);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1440, 900]);
  });
});
