/**
 * The extension in Firefox ESR (puppeteer-core over WebDriver BiDi): DOMContentLoaded → the content script's
 * `policy-lens:painted` mark, read from the page's performance timeline. Firefox has no `longtask` entries and no
 * trace over BiDi, so task lengths are Chromium's alone.
 */
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { autoAnnotating } from '../lib/browsers.ts';
import { PAINTED } from './chromium.ts';

export interface FirefoxRun {
  url: string;
  dclToPainted: number | null;
}

async function measure(page: Page, url: string, timeout: number): Promise<number | null> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 8000 });
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const at = await page.evaluate((name) => {
      const mark = performance.getEntriesByName(name)[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return mark && nav ? mark.startTime - nav.domContentLoadedEventStart : null;
    }, PAINTED);
    if (at !== null) return at;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

export async function runFirefox(
  urls: readonly string[],
  { warmUp, timeout = 5000, onPage }: { warmUp: string; timeout?: number; onPage?: (run: FirefoxRun) => void },
): Promise<{ runs: FirefoxRun[]; version: string }> {
  const dir = autoAnnotating('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  try {
    await browser.installExtension(join(dir));
    const runs: FirefoxRun[] = [];
    const warm = await browser.newPage();
    await measure(warm, warmUp, timeout).catch(() => null);
    await warm.close();
    for (const url of urls) {
      const page = await browser.newPage();
      const run = { url, dclToPainted: await measure(page, url, timeout).catch(() => null) };
      runs.push(run);
      onPage?.(run);
      await page.close().catch(() => undefined);
      // Three misses in a row from the start: the content script is not reaching pages at all; say so, not wait.
      if (runs.length === 3 && runs.every((r) => r.dclToPainted === null))
        throw new Error('Firefox annotated none of the first 3 pages');
    }
    return { runs, version: (await browser.version()).replace(/^firefox\//i, '') };
  } finally {
    await browser.close();
  }
}
