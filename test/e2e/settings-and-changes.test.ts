/**
 * Pages that change under the extension, and the reader's settings, in real Chromium and Firefox: a policy a
 * JavaScript app renders after load, and the options page (categories shown, palette, sites where it stays off).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, type TestPage, waitFor } from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';

type StorageApi = { storage: { local: { get(key: string): Promise<{ settings?: Record<string, unknown> }> } } };

/** In an extension page: whether the stored palette is `palette` (self-contained: it is sent as source). */
async function paletteIs(palette: string): Promise<boolean> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  const stored = await (g.browser ?? g.chrome).storage.local.get('settings');
  return stored.settings?.palette === palette;
}

/** In an extension page: the stored settings. */
async function storedSettings(): Promise<Record<string, unknown>> {
  const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
  return (await (g.browser ?? g.chrome).storage.local.get('settings')).settings ?? {};
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  const sample = () => `${server.origin}/fixtures/sample-policy.html`;

  beforeAll(async () => {
    server = await startServer();
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights a policy that a JavaScript app renders after the page has loaded', async () => {
    const page = await browser.newPage(`${server.origin}/fixtures/late-policy.html`);
    await browser.clickToolbarButton(page);
    expect(await page.evaluate(() => CSS.highlights.size, undefined)).toBe(0);
    await waitFor(page, () => CSS.highlights.has('policy-lens-retention'), undefined, 20_000);
    const retention = await page.evaluate(
      () => [...(CSS.highlights.get('policy-lens-retention') ?? [])].map((r) => (r as Range).toString()).join(' '),
      undefined,
    );
    expect(retention).toContain('12 months');
    await page.close();
  });

  it('keeps the categories the reader chose off the page, and remembers them', async () => {
    const options = await browser.openOptions();
    await waitFor(
      options,
      () => document.querySelector('[data-label="Third Party Sharing/Collection"]') !== null,
      undefined,
    );
    await options.click('input[data-label="Third Party Sharing/Collection"]');
    await options.click('input[value="high-contrast"]');
    await waitFor(options, paletteIs, 'high-contrast');
    const saved = await options.evaluate(storedSettings, undefined);
    expect(saved.hiddenLabels).toEqual(['Other', 'Third Party Sharing/Collection']);

    const page = await browser.newPage(sample());
    await browser.clickToolbarButton(page);
    await waitFor(page, () => CSS.highlights.has('policy-lens-retention'), undefined);
    expect(await page.evaluate(() => CSS.highlights.has('policy-lens-sharing'), undefined)).toBe(false);
    await page.close();

    await options.click('input[data-label="Third Party Sharing/Collection"]');
    await options.click('input[value="okabe-ito"]');
    await waitFor(options, paletteIs, 'okabe-ito');
    await options.close();
  });

  it('stays off on a site the reader listed, until asked', async () => {
    const options = await browser.openOptions();
    await waitFor(options, () => document.querySelector('#site') !== null, undefined);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#site');
      if (input) {
        input.value = 'http://127.0.0.1/';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, undefined);
    await options.click('form button[type="submit"]');
    await waitFor(options, () => document.querySelector('.sites li span')?.textContent === '127.0.0.1', undefined);

    const page: TestPage = await browser.newPage(sample());
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.not-policy') !== null, undefined);
    expect(await page.evaluate(() => CSS.highlights.size, undefined)).toBe(0);
    await popup.click('#analyze-anyway');
    await waitFor(page, () => CSS.highlights.size > 0, undefined);
    await popup.close();
    await page.close();

    await options.click('.sites li button');
    await waitFor(options, () => document.querySelector('.sites li') === null, undefined);
    await options.close();
  });
});
