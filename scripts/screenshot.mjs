// Regenerates output/audit-seed.png: the seed statement → graph → audit report → its page in chromium.
// Run with `npm run screenshot` (which builds dist/ first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, screenshotDocumentPage } from '../dist/audit/browser.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = 'ncri-2013-07-27-liberty-attack-order';
const PNG = join(ROOT, 'output', 'audit-seed.png');

const work = mkdtempSync(join(tmpdir(), 'claimgraph-screenshot-'));
const cli = (...args) => {
  // From the project root with a relative input path, so the page names the fixture as the README does.
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`claimgraph ${args[0]} exited with ${r.status}`);
};
try {
  cli('extract', `fixtures/statements/${SEED}.txt`, '--out', join(work, 'graphs'));
  cli('audit', join(work, 'graphs'), '--html', join(work, 'report'));
  const browser = await launchBrowser();
  try {
    await screenshotDocumentPage(browser, join(work, 'report', 'documents', `${SEED}.html`), PNG);
  } finally {
    await browser.close();
  }
  process.stderr.write(`screenshot: ${PNG}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
