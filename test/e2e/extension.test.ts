/**
 * The built extension in real Chromium and Firefox ESR, used as a person would: open a policy served from
 * 127.0.0.1, wait for highlights, hover one, open the popup, toggle a category, press "show me".
 * Highlights are read back through `CSS.highlights` in the page, the registry the browser paints from.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, type TestPage, waitFor } from '../../scripts/lib/browsers.ts';
import { originalPath, seedFiles, startServer, type TestServer } from '../../scripts/lib/policy-server.ts';

const SHOTS = 'artifacts/e2e';
mkdirSync(SHOTS, { recursive: true });

/** A sentence a human reader files under third-party sharing, from the template seed. */
const SHARING = 'share your personal information with anyone except';

/** In the page: texts of every range in the highlight named `name` (empty when absent). */
function highlightTexts(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
}

/** In the page: the centre of the first highlighted range containing `text` in highlight `name`. */
function pointOn([name, text]: [string, string]): { x: number; y: number } | null {
  const range = [...(CSS.highlights.get(name) ?? [])].find((r) => (r as Range).toString().includes(text)) as
    | Range
    | undefined;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 } : null;
}

/** A paragraph of three sentences in the template seed, whatever the model labels it. */
const EACH_CASE = 'collects such information only insofar as is necessary';

/** In the page: the centre of the highlighted range, of any of our highlights, that contains `text`. */
function pointOnAny(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('policy-lens-')) continue;
    const range = [...highlight].find((r) => (r as Range).toString().includes(text)) as Range | undefined;
    if (!range) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }
  return null;
}

/**
 * In the page: whether the tooltip is shown and says `text`. Its shadow root is closed, so the test reads it as the
 * reader does, on screen: window.find searches rendered text, shadow trees included (self-contained: it is sent to
 * the page as source).
 */
function tooltipSays(text: string): boolean {
  const host = document.querySelector('[data-policy-lens="tooltip"]');
  if (!host || getComputedStyle(host).display === 'none') return false;
  getSelection()?.removeAllRanges();
  const found = (
    window as unknown as { find(s: string, caseSensitive: boolean, back: boolean, wrap: boolean): boolean }
  ).find(text, true, false, true);
  getSelection()?.removeAllRanges();
  return found;
}

/** In the page: whether the flashed ("show me") paragraph is on screen. */
function flashedInView(): boolean {
  const first = [...(CSS.highlights.get('policy-lens-flash') ?? [])][0] as Range | undefined;
  const rect = first?.getBoundingClientRect();
  return Boolean(rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight);
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let policy: TestPage;
  const seedUrl = () => `${server.origin}/seeds/template-platform.md/privacy-policy`;

  beforeAll(async () => {
    server = await startServer();
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights a policy, and a sharing paragraph as third-party sharing', async () => {
    policy = await browser.newPage(seedUrl());
    await browser.clickToolbarButton(policy);
    await waitFor(policy, () => CSS.highlights.size > 0, undefined);
    const sharing = await policy.evaluate(highlightTexts, 'policy-lens-sharing');
    expect(sharing.some((t) => t.includes(SHARING))).toBe(true);
    await policy.screenshot(`${SHOTS}/${name}-highlights.png`);
  });

  it('shows a tooltip naming the category when the reader hovers the paragraph', async () => {
    const point = await policy.evaluate(pointOn, ['policy-lens-sharing', SHARING]);
    expect(point).not.toBeNull();
    await policy.hover(point?.x ?? 0, point?.y ?? 0);
    await waitFor(policy, tooltipSays, 'Third-party sharing');
    expect(await policy.evaluate(tooltipSays, 'Confidence ')).toBe(true);
    await policy.screenshot(`${SHOTS}/${name}-tooltip.png`);
  });

  it('underlines, while the reader hovers a paragraph, the sentence that carries its label', async () => {
    const point = await policy.evaluate(pointOnAny, EACH_CASE);
    expect(point).not.toBeNull();
    await policy.hover(point?.x ?? 0, point?.y ?? 0);
    await waitFor(policy, () => CSS.highlights.has('policy-lens-key'), undefined);
    const [key] = await policy.evaluate(highlightTexts, 'policy-lens-key');
    const paragraph = await policy.evaluate(
      (text) => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text))?.textContent ?? '',
      EACH_CASE,
    );
    expect(key?.trim().length).toBeGreaterThan(20);
    expect(paragraph.replace(/\s+/g, ' ')).toContain(key?.replace(/\s+/g, ' ').trim());
    expect(key?.trim().length).toBeLessThan(paragraph.trim().length);
    expect(await policy.evaluate(tooltipSays, 'The underlined sentence is the one that says it.')).toBe(true);
    await policy.screenshot(`${SHOTS}/${name}-key-sentence.png`);
    await policy.hover(2, 2);
    await waitFor(policy, () => !CSS.highlights.has('policy-lens-key'), undefined);
  });

  it('popup shows a grade and counts; toggling a category hides its highlights', async () => {
    const popup = await browser.openPopup(policy);
    await waitFor(popup, () => document.querySelector('.grade') !== null, undefined);
    const grade = await popup.evaluate(() => document.querySelector('.grade')?.textContent ?? '', undefined);
    expect(grade).toMatch(/^[A-E?]$/);
    const badge = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } })
        .chrome;
      return api.action.getBadgeText({ tabId: Number(new URLSearchParams(location.search).get('tab')) });
    }, undefined);
    expect(badge).toBe(grade);
    const counts = await popup.evaluate(
      () => [...document.querySelectorAll('.categories .count')].map((c) => Number(c.textContent)),
      undefined,
    );
    expect(counts.length).toBeGreaterThan(2);
    expect(counts.every((c) => c > 0)).toBe(true);
    await popup.screenshot(`${SHOTS}/${name}-popup.png`);

    const box = '.categories li[data-label="Third Party Sharing/Collection"] input';
    await popup.click(box);
    await waitFor(policy, () => !CSS.highlights.has('policy-lens-sharing'), undefined);
    await popup.click(box);
    await waitFor(policy, () => CSS.highlights.has('policy-lens-sharing'), undefined);
    await popup.close();
  });

  it('"show me" scrolls the page to the evidence and flashes it', async () => {
    const page = await browser.newPage(`${server.origin}/seeds/bigml-2012.md/privacy-policy`);
    await browser.clickToolbarButton(page);
    await waitFor(page, () => CSS.highlights.size > 0, undefined);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
    expect(await page.evaluate(flashedInView, undefined)).toBe(false);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelectorAll('.findings .show-me').length > 0, undefined);
    await popup.click('.findings .finding:first-child .show-me');
    await page.bringToFront();
    await waitFor(page, flashedInView, undefined);
    await popup.close();
    await page.close();
  });

  it('leaves a page that is not a policy untouched, until asked', async () => {
    const page = await browser.newPage(`${server.origin}/fixtures/recipe-blog.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML, undefined);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.not-policy') !== null, undefined);
    expect(await page.evaluate(() => document.documentElement.outerHTML, undefined)).toBe(before);
    expect(await page.evaluate(() => CSS.highlights.size, undefined)).toBe(0);
    await popup.screenshot(`${SHOTS}/${name}-popup-not-policy.png`);
    await popup.click('#analyze-anyway');
    await waitFor(popup, () => document.querySelector('.scorecard') !== null, undefined);
    await popup.close();
    await page.close();
  });

  it.each(seedFiles())('annotates the seed %s (asking, if detection declines)', async (seed) => {
    const page = await browser.newPage(`${server.origin}/seeds/${seed}/privacy-policy`);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.scorecard, .not-policy') !== null, undefined);
    if (await popup.evaluate(() => document.querySelector('.not-policy') !== null, undefined)) {
      await popup.click('#analyze-anyway');
    }
    await waitFor(popup, () => document.querySelector('.scorecard') !== null, undefined);
    const counts = await popup.evaluate(() => document.querySelectorAll('.categories li').length, undefined);
    expect(counts).toBeGreaterThan(2);
    await waitFor(page, () => CSS.highlights.size > 2, undefined);
    await popup.close();
    await page.close();
  });

  it('makes no network request of its own', async () => {
    // Only seed and fixture pages have been opened so far, and they load nothing from elsewhere: any request
    // that left 127.0.0.1, or reached the server for a path no test opened, came from the extension.
    expect(browser.external).toEqual([]);
    const opened = /^\/(seeds\/[\w.-]+\/privacy-policy|fixtures\/[\w.-]+\.html|favicon\.ico)$/;
    expect(server.requests.filter((p) => !opened.test(p))).toEqual([]);
  });

  it.each([
    '105_www.amazon.com.html',
    '1050_www.honda.com.html',
    '1259_www.fool.com.html',
  ])('annotates the OPP-115 original page %s', async (file) => {
    const page = await browser.newPage(`${server.origin}${originalPath(file)}`);
    await browser.clickToolbarButton(page);
    await waitFor(page, () => CSS.highlights.size > 0, undefined, 30_000);
    const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0), undefined);
    expect(painted).toBeGreaterThan(10);
    await page.close();
  });
});
