/**
 * The built extension in real browsers, behind one small interface so each e2e test is written once and runs in
 * both: Chromium through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi (see
 * ../shared/BROWSER-TESTING.md for why). Every request that leaves 127.0.0.1 is blocked and recorded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Page as PpPage } from 'puppeteer-core';

export const DIST = resolve(import.meta.dirname, '../../dist');
const FIREFOX_UUID = 'd3c1f0a2-5b7e-4c1d-9a8e-2f6b7c9d0e1f';

export interface TestPage {
  url(): string;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  hover(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Uncaught errors thrown into the page since it opened. */
  errors: string[];
}

export interface BrowserUnderTest {
  name: 'chromium' | 'firefox';
  /**
   * How the extension reaches pages in this harness: Chromium runs it on demand (the toolbar button, which grants
   * activeTab, clicked through CDP); Firefox with automatic annotation turned on in the options page (its
   * optional-permission prompt is accepted by a test preference, as a reader would accept it).
   */
  mode: 'on-demand' | 'automatic';
  /** Opens `url` in a new tab; `init` runs in the page before any of its own scripts (and before ours). */
  newPage(url: string, init?: () => void): Promise<TestPage>;
  /** What a reader's click on the toolbar button does for `page` (in automatic mode, nothing is needed). */
  clickToolbarButton(page: TestPage): Promise<void>;
  /** The popup as a page of its own, pointed at `target` with `?tab=`, after clicking the toolbar button. */
  openPopup(target: TestPage): Promise<TestPage>;
  /** The extension's options page. */
  openOptions(): Promise<TestPage>;
  /** Requests to anywhere but 127.0.0.1 (all blocked). */
  external: string[];
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns truthy; the last error or value is in the failure message. */
export async function waitFor<A>(page: TestPage, fn: (arg: A) => unknown, arg: A, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waitFor timed out after ${timeout} ms: ${fn.toString().slice(0, 160)} → ${String(last)}`);
}

/**
 * Names under this domain resolve to 127.0.0.1 in every browser the harness launches (Chromium's host resolver
 * rules, Firefox's `network.dns.localDomains`), so tests can serve "public" sites, by name, from the test server:
 * a shop, its policy host, a victim with an open redirect. Nothing under it is ever looked up outside the browser.
 */
export const TEST_DOMAIN = 'lens-test.com';
export const TEST_HOSTS = ['shop', 'policies', 'victim', 'evil', 'intranet'].map((name) => `${name}.${TEST_DOMAIN}`);

const isLocal = (url: string) =>
  /^(https?:\/\/(127\.0\.0\.1|[\w-]+\.lens-test\.com|[\w.-]*localhost)[:/]|chrome|moz-extension:|about:|data:|blob:)/.test(
    url,
  );

/**
 * A copy of the built extension with host access to `origins` declared in the manifest, standing in for the
 * reader's "Allow" on Chromium's permission prompt (which a headless browser cannot answer); the shipped build is
 * untouched.
 */
export function withHostAccess(target: 'chrome' | 'firefox', origins: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-lens-granted-')), target);
  cpSync(join(DIST, target), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = origins;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function wrap(page: PwPage | PpPage, bring: () => Promise<void>): TestPage {
  const errors: string[] = [];
  (page as PwPage).on('pageerror', (error: Error) => errors.push(String(error?.message ?? error)));
  return {
    errors,
    url: () => page.url(),
    // Both libraries serialise `fn` and `arg` the same way; their typings differ only in how they name it.
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) =>
      (page as PwPage).evaluate(fn as never, arg as never) as Promise<T>,
    click: async (selector) => {
      await (page as PwPage).click(selector);
    },
    hover: (x, y) => page.mouse.move(x, y),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    bringToFront: bring,
    close: () => page.close(),
  };
}

/**
 * A copy of the built extension as a reader with automatic annotation runs it: access to all sites granted and the
 * first look on every page at `document_end` (what the registration sets up; it has the full content script
 * injected on likely policies), declared in the manifest so a harness needs no permission prompt. For benchmarks
 * and robustness tests; the shipped build is untouched.
 */
export function autoAnnotating(target: 'chrome' | 'firefox', runAt = 'document_end'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-lens-auto-')), target);
  cpSync(join(DIST, target), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const sites = ['http://*/*', 'https://*/*'];
  manifest.host_permissions = sites;
  manifest.content_scripts ??= [{ matches: sites, js: ['content/first-look.js'], run_at: runAt }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

const CHROMIUM_FLAGS = [
  `--host-resolver-rules=${TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A bare Chromium persistent context, with the built extension or without it (a baseline for benchmarks), for
 * callers that need the context itself: CDP sessions, init scripts. Requests leaving 127.0.0.1 are aborted.
 */
export async function launchChromiumContext({
  extension = true,
  headless = true,
  dir = join(DIST, 'chrome'),
} = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1200, height: 900 },
    args: extension
      ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS]
      : CHROMIUM_FLAGS,
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  if (extension && !context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every page gets a query of its own, so its tab can be told apart from others showing the same document. */
let pageCount = 0;
const unique = (url: string) => `${url}${url.includes('?') ? '&' : '?'}pl-tab=${++pageCount}`;

export async function launchChromium({ headless = true, dir = join(DIST, 'chrome') } = {}): Promise<BrowserUnderTest> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1200, height: 900 },
    // Lets CDP press the toolbar button (Extensions.triggerAction); Playwright already talks over a pipe.
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--enable-unsafe-extension-debugging',
      ...CHROMIUM_FLAGS,
    ],
  });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const cdp = await context.browser()?.newBrowserCDPSession();
  const newPage = async (url: string, init?: () => void) => {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto(unique(url), { waitUntil: 'domcontentloaded' });
    return wrap(page, () => page.bringToFront());
  };
  const clickToolbarButton = async (target: TestPage) => {
    // A reader clicks the button of the window's active tab; the popup acts on the active tab.
    await target.bringToFront();
    type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
    if (!cdp) throw new Error('no browser CDP session');
    const { targetInfos } = (await cdp.send(
      'Target.getTargets' as never,
      { filter: [{}] } as never,
    )) as unknown as Targets;
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === target.url());
    if (!tab) throw new Error(`no tab shows ${target.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  };
  return {
    name: 'chromium',
    mode: 'on-demand',
    external,
    newPage,
    clickToolbarButton,
    openOptions: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options/index.html`);
      return wrap(page, () => page.bringToFront());
    },
    openPopup: async (target) => {
      await clickToolbarButton(target);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
      const tabId = await page.evaluate(lastAccessedTab, undefined);
      await page.goto(`chrome-extension://${extensionId}/popup/index.html?tab=${tabId}`);
      return wrap(page, () => page.bringToFront());
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in an extension page: the id of the tab the reader was on last. Without the `tabs` permission Chromium
 * hides other tabs' addresses, so the harness brings the target to the front first and picks it by recency.
 */
async function lastAccessedTab(): Promise<number> {
  type Tab = { id: number; lastAccessed?: number };
  const api = (
    globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } } }
  ).chrome;
  const self = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((t) => t.id !== self.id);
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (!tabs[0]) throw new Error('no tab besides the popup');
  return tabs[0].id;
}

export async function launchFirefox({ dir = join(DIST, 'firefox') } = {}): Promise<BrowserUnderTest> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // Accepts optional-permission requests without the doorhanger, standing in for the reader's "Allow".
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': TEST_HOSTS.join(','),
    },
  });
  await browser.installExtension(dir);
  const openOptions = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await gotoExtensionPage(page, `moz-extension://${FIREFOX_UUID}/options/index.html`);
    return wrap(page, () => page.bringToFront());
  };
  await turnOnAutomaticAnnotation(await openOptions());
  const external: string[] = [];
  const prepare = async (page: PpPage) => {
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (isLocal(url)) return void request.continue();
      external.push(url);
      void request.abort();
    });
  };
  const newPage = async (url: string, init?: () => void) => {
    const page = await browser.newPage();
    await prepare(page);
    if (init) await page.evaluateOnNewDocument(init);
    await page.goto(unique(url), { waitUntil: 'domcontentloaded' });
    return wrap(page, () => page.bringToFront());
  };
  return {
    name: 'firefox',
    mode: 'automatic',
    external,
    newPage,
    clickToolbarButton: async () => undefined,
    openOptions,
    openPopup: async (target) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      const base = `moz-extension://${FIREFOX_UUID}/popup/index.html`;
      await gotoExtensionPage(page, base);
      const tabId = await page.evaluate(findTabFirefox, target.url());
      await gotoExtensionPage(page, `${base}?tab=${tabId}`);
      return wrap(page, () => page.bringToFront());
    },
    close: () => browser.close(),
  };
}

/** Ticks "Annotate privacy policies automatically" and waits until the all-sites content script is registered. */
export async function turnOnAutomaticAnnotation(options: TestPage): Promise<void> {
  await waitFor(options, () => document.querySelector('#auto-annotate') !== null, undefined);
  await options.click('#auto-annotate');
  await waitFor(
    options,
    async () => {
      type Scripting = { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
      const api = (globalThis as unknown as { browser: Scripting }).browser;
      return (await api.scripting.getRegisteredContentScripts()).length === 1;
    },
    undefined,
  );
  await options.close();
}

/** An awaited goto to a moz-extension:// page never resolves: start it and poll the address instead. */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href === url) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`could not open ${url}`);
}

/** Firefox match patterns carry no port, so look through all tabs. */
async function findTabFirefox(url: string): Promise<number> {
  const api = (
    globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }
  ).browser;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab with ${url} among ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}

export const BROWSERS = { chromium: () => launchChromium(), firefox: launchFirefox } as const;
