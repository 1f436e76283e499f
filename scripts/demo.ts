/**
 * `npm run demo`: Policy Lens on a bundled sample policy (test/fixtures/pages/sample-policy.html, written for it).
 *
 * With a display, opens Chromium with the extension loaded on the sample; hover the highlights, click the toolbar
 * button. Without one (or with --headless), prints the scorecard and saves screenshots of the highlighted page, a
 * tooltip and the popup to artifacts/demo/. Needs `npm run build` first (the npm script does it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { defaultClassifier } from '../src/classify/default-classifier.ts';
import { analyze } from '../src/pipeline.ts';
import { launchChromium, waitFor } from './lib/browsers.ts';
import { formatReport } from './lib/format-report.ts';
import { startServer } from './lib/policy-server.ts';
import { readDocument } from './lib/read-document.ts';

const SAMPLE = 'test/fixtures/pages/sample-policy.html';
const OUT = 'artifacts/demo';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

console.log(formatReport(SAMPLE, analyze(readDocument(SAMPLE).blocks, { classifier: defaultClassifier })));

if (!existsSync(chromiumPath)) {
  console.log(`\nNo Chromium at ${chromiumPath}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(0);
}

const server = await startServer();
const url = `${server.origin}/fixtures/sample-policy.html`;
const browser = await launchChromium({ headless: !headed });
const page = await browser.newPage(url);
// What a reader does: click the toolbar button on the policy.
await browser.clickToolbarButton(page);
await waitFor(page, () => CSS.highlights.size > 0, undefined);

if (headed) {
  console.log(`\nChromium is open on ${url} with Policy Lens loaded and its button clicked for that tab.`);
  console.log('Hover the highlights; click the toolbar button for the scorecard. Ctrl+C to finish.');
  await new Promise<void>((done) => process.on('SIGINT', done));
} else {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot(`${OUT}/page.png`);
  const point = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('policy-lens-sharing') ?? [])][0] as Range | undefined;
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + 30, y: rect.top + rect.height / 2 } : null;
  }, undefined);
  if (point) await page.hover(point.x, point.y);
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot(`${OUT}/tooltip.png`);
  const popup = await browser.openPopup(page);
  await waitFor(popup, () => document.querySelector('.grade') !== null, undefined);
  await popup.screenshot(`${OUT}/popup.png`);
  console.log(`\nScreenshots of the extension at work: ${OUT}/page.png, ${OUT}/tooltip.png, ${OUT}/popup.png`);
}
await browser.close();
await server.close();
