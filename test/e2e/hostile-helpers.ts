/**
 * What the hostile-site tests share: browsers that treat the test names (`*.lens-test.com`, mapped to 127.0.0.1)
 * as the public sites they pretend to be, pages that link to a policy, and looks into the extension's own state
 * taken from one of its pages, written without knowing how that state is laid out.
 */
import {
  BROWSERS,
  type BrowserUnderTest,
  launchChromium,
  type TestPage,
  waitFor,
  withHostAccess,
} from '../../scripts/lib/browsers.ts';

export const BROWSER_NAMES = Object.keys(BROWSERS) as (keyof typeof BROWSERS)[];

/** Chromium with the test sites' access granted up front (the reader's "Allow"); Firefox accepts the request. */
export function launchGranted(name: keyof typeof BROWSERS): Promise<BrowserUnderTest> {
  if (name === 'firefox') return BROWSERS.firefox();
  return launchChromium({ dir: withHostAccess('chrome', ['http://*.lens-test.com/*', 'http://127.0.0.1/*']) });
}

/** A shop's home page (not a policy) whose footer links to its privacy policy at `policyHref`. */
export const shopLinkingTo = (policyHref: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Trailhead Coffee</title></head>
<body>
<h1>Trailhead Coffee</h1>
<p>Single-origin beans, roasted on Tuesdays and shipped on Wednesdays. Subscribe and skip a week whenever you like.</p>
<footer><a href="/about">About</a> · <a href="${policyHref}">Privacy Policy</a></footer>
</body></html>`;

/** Opens `url`, then the popup, presses "Analyze this site's privacy policy" and waits for a grade or an error. */
export async function analyseLinked(
  browser: BrowserUnderTest,
  url: string,
  timeout = 30_000,
): Promise<{ page: TestPage; popup: TestPage; grade: string; error: string }> {
  const page = await browser.newPage(url);
  const popup = await browser.openPopup(page);
  await waitFor(popup, () => document.querySelector('#analyze-linked') !== null, undefined);
  await popup.click('#analyze-linked');
  await waitFor(popup, () => document.querySelector('.linked .grade, .linked .error') !== null, undefined, timeout);
  const read = (selector: string) => popup.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  return { page, popup, grade: await read('.linked .grade'), error: await read('.linked .error') };
}

type Api = {
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; getBytesInUse(k: null): Promise<number> } };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** In an extension page: everything in extension storage. */
export function storageDump(): Promise<Record<string, unknown>> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  return (g.browser ?? g.chrome).storage.local.get(null);
}

/** In an extension page: the badge text of the tab showing `url`. */
export async function badgeOf(url: string): Promise<string> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  return api.action.getBadgeText({ tabId: tab.id });
}

/** Every remembered entry in a storage dump, however it is laid out: objects with an `href` and a `grade`. */
export function rememberedEntries(dump: unknown): { href: string; grade: unknown }[] {
  const found: { href: string; grade: unknown }[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    if (typeof v.href === 'string' && 'grade' in v) found.push({ href: v.href, grade: v.grade });
    for (const child of Object.values(v)) walk(child);
  };
  walk(dump);
  return found;
}

/** The hosts that remembered entries are kept for, from their addresses. */
export const rememberedHosts = (dump: unknown) =>
  [...new Set(rememberedEntries(dump).map((e) => (URL.canParse(e.href) ? new URL(e.href).hostname : e.href)))].sort();
