/**
 * Today's policy pages (../shared/corpus/modern-pages, read in place, served from 127.0.0.1 with every other request
 * blocked) in both browsers, as a reader meets them: open the page, open the popup. English policies are analysed
 * and highlighted; French and German ones are named as policies in their language, with nothing painted, and the
 * site's English version offered where the page links one.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, waitFor } from '../../scripts/lib/browsers.ts';
import { SHARED, startServer, type TestServer } from '../../scripts/lib/policy-server.ts';

const SHOTS = 'artifacts/e2e/modern';
mkdirSync(SHOTS, { recursive: true });
const DIR = join(SHARED, 'corpus/modern-pages');
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => basename(f, '.html'))
  .sort();
/** The saved pages not in English, by reading them (LOVOO's saved page is German; its cleaned text is English). */
const LANGUAGES: Record<string, string> = {
  adopteunmec: 'fr',
  badoo: 'fr',
  disonsdemain: 'fr',
  meetic: 'fr',
  mektoube: 'fr',
  parship: 'fr',
  finya: 'de',
  lovescout24: 'de',
  lovoo: 'de',
};
/** Shown in screenshots: English pages with a tooltip, and French and German ones (the popup names the language). */
const SHOWN = new Set(['bumble', 'tinder', 'lovescout24', 'badoo']);

const served = Object.fromEntries(
  PAGES.map((slug) => [`/modern/${slug}.html`, { body: () => readFileSync(join(DIR, `${slug}.html`)) }]),
);

const painted = () => [...CSS.highlights.keys()].filter((k) => k.startsWith('policy-lens-')).length;

/** In the page: a point on a painted paragraph of some length, scrolled to the middle of the viewport. */
async function paintedPoint(): Promise<{ x: number; y: number } | null> {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('policy-lens-') || name === 'policy-lens-low') continue;
    for (const r of h as Highlight) {
      if ((r as Range).toString().length < 200) continue;
      (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      const rect = [...(r as Range).getClientRects()].find((b) => b.width > 60 && b.top > 0 && b.bottom < innerHeight);
      if (rect) return { x: rect.left + 30, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

function tooltipShown(): boolean {
  const host = document.querySelector('[data-policy-lens="tooltip"]');
  return Boolean(host && getComputedStyle(host).display !== 'none');
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(served);
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PAGES)('%s is recognised as a policy', async (slug) => {
    const language = LANGUAGES[slug] ?? 'en';
    const page = await browser.newPage(`${server.origin}/modern/${slug}.html`);
    const popup = await browser.openPopup(page);
    const verdictShown = () => document.querySelector('.scorecard, .foreign, .not-policy, .error') !== null;
    await waitFor(popup, verdictShown, undefined, 60_000);
    const verdict = await popup.evaluate(
      () => ({
        status: document.querySelector('main')?.getAttribute('data-status') ?? '',
        language: document.querySelector('.foreign')?.getAttribute('data-language') ?? null,
        text: document.querySelector('.status')?.textContent ?? '',
      }),
      undefined,
    );
    if (language === 'en') {
      expect(verdict.status).toBe('ready');
      // 2026-12-03: Coffee Meets Bagel's policy sits under a `display: contents` wrapper that extraction drops
      // (issue #12.1, `reading`'s branch); it is recognised, as asserted above, but not painted until that lands.
      if (slug !== 'coffee-meets-bagel') await waitFor(page, painted, undefined, 30_000);
    } else {
      expect(verdict).toMatchObject({ status: 'unsupported-language', language });
      expect(verdict.text).toContain(language === 'fr' ? 'French' : 'German');
      expect(await page.evaluate(painted, undefined)).toBe(0);
    }
    if (SHOWN.has(slug)) {
      await popup.screenshot(`${SHOTS}/${name}-${slug}-popup.png`);
      const point = language === 'en' ? await page.evaluate(paintedPoint, undefined) : null;
      if (point) {
        await page.hover(point.x, point.y);
        await waitFor(page, tooltipShown, undefined);
      }
      await page.screenshot(`${SHOTS}/${name}-${slug}.png`);
    }
    // Firefox reports the saved page's own resources failing to load (its fonts, blocked cross-origin requests) as
    // page errors; any other would be ours.
    const loadNotice = /^(downloadable font:|Cross-Origin Request Blocked:)/;
    expect(page.errors.filter((e) => !loadNotice.test(e))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('offers the English version a French page declares (Badoo: hreflang="en-gb" and "en-us")', async () => {
    const page = await browser.newPage(`${server.origin}/modern/badoo.html`);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.foreign') !== null, undefined, 60_000);
    const offered = await popup.evaluate(
      () => [document.querySelector('#open-english') !== null, document.querySelector('.linked-target')?.textContent],
      undefined,
    );
    expect(offered[0]).toBe(true);
    expect(offered[1]).toContain('badoo.com');
    await popup.close();
    await page.close();
  });
});
