/**
 * "Analyze this site's privacy policy" from a page that is not one, in real Chromium and Firefox: the popup finds
 * the footer link, the policy is fetched (from the test server) and scored in the popup, the page stays as it was,
 * and the result is remembered for the site.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, waitFor } from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';
import { rememberedEntries, storageDump } from './hostile-helpers.ts';

/** The grade remembered for `host`, from a dump of extension storage. */
const rememberedGrade = (dump: unknown, host: string) =>
  rememberedEntries(dump).find((e) => new URL(e.href).hostname === host)?.grade;

const SAMPLE = readFileSync('test/fixtures/pages/sample-policy.html', 'utf8');
const ADDED = 'We now share your precise location with our advertising partners.';

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let version = 1;

  beforeAll(async () => {
    // The same policy address, edited by the site between two visits.
    const body = () =>
      version === 1 ? SAMPLE : SAMPLE.replace('<h2>Advertising</h2>', `<h2>Advertising</h2><p>${ADDED}</p>`);
    server = await startServer({ '/versioned/privacy': { body } });
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("analyses the site's policy from its home page, without leaving it", async () => {
    const page = await browser.newPage(`${server.origin}/fixtures/shop-home.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML, undefined);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('#analyze-linked') !== null, undefined);
    const target = await popup.evaluate(() => document.querySelector('.linked-target')?.textContent ?? '', undefined);
    expect(target).toContain('Privacy Policy');
    await popup.click('#analyze-linked');
    await waitFor(popup, () => document.querySelector('.linked .grade') !== null, undefined);
    const grade = await popup.evaluate(() => document.querySelector('.linked .grade')?.textContent ?? '', undefined);
    expect(grade).toMatch(/^[A-E?]$/);
    expect(server.requests).toContain('/fixtures/sample-policy.html');
    expect(await page.evaluate(() => document.documentElement.outerHTML, undefined)).toBe(before);
    expect(rememberedGrade(await popup.evaluate(storageDump, undefined), '127.0.0.1')).toBe(
      grade === '?' ? null : grade,
    );
    await popup.screenshot(`artifacts/e2e/${name}-popup-linked.png`);
    await popup.close();
    await page.close();
  });

  it('tells the reader what changed in a policy since their last visit, and underlines it', async () => {
    const first = await browser.newPage(`${server.origin}/versioned/privacy`);
    const popup1 = await browser.openPopup(first);
    await waitFor(popup1, () => document.querySelector('.grade') !== null, undefined);
    expect(await popup1.evaluate(() => document.querySelector('.changed') === null, undefined)).toBe(true);
    await popup1.close();
    await first.close();

    version = 2;
    const again = await browser.newPage(`${server.origin}/versioned/privacy`);
    const popup2 = await browser.openPopup(again);
    await waitFor(popup2, () => document.querySelector('.changed') !== null, undefined);
    const underlined = await again.evaluate(
      () => [...(CSS.highlights.get('policy-lens-new') ?? [])].map((r) => (r as Range).toString()).join(' '),
      undefined,
    );
    expect(underlined).toBe(ADDED);
    await again.screenshot(`artifacts/e2e/${name}-changed.png`);
    await popup2.close();
    await again.close();
  });
});
