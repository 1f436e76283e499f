/**
 * The scorecard in the built extension, in real Chromium and Firefox: the grade agrees with its own "why this
 * grade" arithmetic, "show me" brings the evidence sentence into view, and the export links hand over the same
 * report as Markdown and JSON (read back from their blob: URLs inside the popup).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, type TestPage, waitFor } from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';
import { gradeFor } from '../../src/score/scorecard.ts';

const SHOTS = 'artifacts/e2e';
mkdirSync(SHOTS, { recursive: true });

/** In the popup: the grade, the total of "why this grade", and the answered rows. */
function scorecardShown() {
  const total = document.querySelector('.points .total .num')?.textContent ?? '';
  return {
    grade: document.querySelector('.grade')?.textContent ?? '',
    total: Number(total.replace('−', '-').replace('+', '')),
    rows: document.querySelectorAll('.points tbody tr:not(.total)').length,
    answered: [...document.querySelectorAll('.scorecard > ul.findings .answer')].map((a) => a.textContent ?? ''),
  };
}

/** In the page: the text of the flashed ("show me") paragraph, if it is on screen. */
function flashedInView(): string {
  const ranges = [...(CSS.highlights.get('policy-lens-flash') ?? [])] as Range[];
  const rect = ranges[0]?.getBoundingClientRect();
  const visible = rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
  return visible ? ranges.map((r) => r.toString()).join(' ') : '';
}

/** In the popup: each export link, and the text behind its blob: URL. */
async function exports() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.export a[download]')];
  return Promise.all(
    links.map(async (a) => ({ download: a.download, href: a.href, text: await (await fetch(a.href)).text() })),
  );
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let page: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    server = await startServer();
    browser = await BROWSERS[name]();
    page = await browser.newPage(`${server.origin}/seeds/template-platform.md/privacy-policy`);
    await browser.clickToolbarButton(page);
    await waitFor(page, () => CSS.highlights.size > 0, undefined);
    popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.scorecard .grade') !== null, undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a grade that is the sum "why this grade" shows, and answers in words', async () => {
    await popup.screenshot(`${SHOTS}/${name}-scorecard.png`);
    await popup.click('.why summary');
    const shown = await popup.evaluate(scorecardShown, undefined);
    expect(shown.grade).toMatch(/^[A-E]$/);
    expect(shown.rows).toBeGreaterThanOrEqual(5);
    expect(gradeFor(shown.total)).toBe(shown.grade);
    expect(shown.answered.length).toBe(shown.rows);
    for (const a of shown.answered) expect(a).toMatch(/^(Yes|No)/);
    await popup.screenshot(`${SHOTS}/${name}-scorecard-why.png`);
    await popup.click('.why summary');
  });

  it('"show me" on the selling answer brings its evidence sentence into view', async () => {
    const sentence = await popup.evaluate(
      () => document.querySelector('.finding[data-key="sells"] .evidence')?.textContent ?? '',
      undefined,
    );
    expect(sentence).toMatch(/sell/i);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
    await popup.click('.finding[data-key="sells"] .show-me');
    await page.bringToFront();
    await waitFor(page, flashedInView, undefined);
    const flashed = await page.evaluate(flashedInView, undefined);
    expect(flashed.replace(/\s+/g, ' ')).toContain(sentence.replace(/…$/, '').slice(0, 60));
  });

  it('exports the report as Markdown and JSON, from blob: links the reader downloads', async () => {
    const grade = await popup.evaluate(() => document.querySelector('.grade')?.textContent ?? '', undefined);
    const files = await popup.evaluate(exports, undefined);
    expect(files.map((f) => f.download.replace(/^policy-lens-.*\./, ''))).toEqual(['md', 'json']);
    for (const f of files) expect(f.href).toMatch(/^blob:/);
    const [md, json] = files;
    expect(md?.text).toContain('# Policy Lens report');
    expect(md?.text).toContain(`## Grade: ${grade}`);
    expect(md?.text).toMatch(/### [✓✗•] Does it sell your data\?/);
    const report = JSON.parse(json?.text ?? '{}');
    expect(report.scorecard.grade).toBe(grade);
    expect(report.scorecard.items).toHaveLength(20);
  });

  it('lists the companies and data types it names, and the export, below the answers', async () => {
    await popup.evaluate(() => document.querySelector('.export')?.scrollIntoView(), undefined);
    await popup.screenshot(`${SHOTS}/${name}-scorecard-bottom.png`);
    const chips = await popup.evaluate(() => document.querySelectorAll('.data-types .chip').length, undefined);
    expect(chips).toBeGreaterThan(0);
  });

  it('answers the 2026 questions with their evidence, and shows the sentence behind "show me"', async () => {
    const policy = await browser.newPage(`${server.origin}/fixtures/us-state-policy.html`);
    await browser.clickToolbarButton(policy);
    await waitFor(policy, () => CSS.highlights.size > 0, undefined);
    const card = await browser.openPopup(policy);
    await waitFor(card, () => document.querySelector('.scorecard .grade') !== null, undefined);
    const rows = await card.evaluate(findingsShown, undefined);
    for (const key of NEW_QUESTIONS) {
      expect(rows[key]?.answer, key).toMatch(/^(Yes|No)/);
      expect(rows[key]?.evidence.length, key).toBeGreaterThan(20);
    }
    expect(rows.sells?.finding).toMatch(/for money, but shares it for targeted ads/);
    expect(rows.gpc?.answer).toBe('Yes');
    expect(rows.sellOrShare?.answer).toMatch(/^Yes/);
    await card.screenshot(`${SHOTS}/${name}-scorecard-2026.png`);
    await card.evaluate(() => document.querySelector('.finding[data-key="gpc"]')?.scrollIntoView(), undefined);
    await card.screenshot(`${SHOTS}/${name}-scorecard-2026-gpc.png`);
    await card.click('.finding[data-key="gpc"] .show-me');
    await policy.bringToFront();
    await waitFor(policy, flashedInView, undefined);
    expect(await policy.evaluate(flashedInView, undefined)).toMatch(/Global Privacy Control/);
    await card.close();
    await policy.close();
  });

  it('makes no network request of its own', () => {
    expect(browser.external).toEqual([]);
  });
});

/** The questions of 2026 (questions-2026.ts), each of which the fixture policy answers. */
const NEW_QUESTIONS = ['sellOrShare', 'gpc', 'aiTraining', 'aiOptOut', 'sensitive', 'sensitiveLimit'];

/** In the popup: each question's answer, finding and quoted evidence, by its key. */
function findingsShown() {
  const rows = [...document.querySelectorAll<HTMLElement>('.finding[data-key]')];
  return Object.fromEntries(
    rows.map((row) => [
      row.dataset.key ?? '',
      {
        answer: row.querySelector('.answer')?.textContent ?? '',
        finding: row.querySelector('.finding-text')?.textContent ?? '',
        evidence: row.querySelector('.evidence')?.textContent ?? '',
      },
    ]),
  );
}
