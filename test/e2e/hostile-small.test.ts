/**
 * Issue #13, the small ones of finding 6 that are this branch's: which context may send which message, whether a
 * content script can reach extension storage, per-site grants the reader can see and give back, the first look on
 * sites the reader switched off, and exports of a linked policy labelled with the policy's own address.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  autoAnnotating,
  type BrowserUnderTest,
  launchChromiumContext,
  launchFirefox,
  waitFor,
} from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';
import {
  analyseLinked,
  BROWSER_NAMES,
  launchGranted,
  rememberedHosts,
  shopLinkingTo,
  storageDump,
} from './hostile-helpers.ts';

const SECRET = 'intranet-secret-4711';

/** The id of the extension's content-script world in the page behind `cdp` (its isolated world). */
async function contentWorld(cdp: CDPSession): Promise<number> {
  const worlds: { id: number; auxData?: { type?: string }; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error(`no content-script world among ${worlds.map((w) => w.name).join(', ')}`);
  return world.id;
}

async function inContentScript(cdp: CDPSession, world: number, expression: string): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world,
    awaitPromise: true,
    returnByValue: true,
  });
  return String(result.value);
}

describe('chromium: what a content script may reach', () => {
  let server: TestServer;
  let chromium: Awaited<ReturnType<typeof launchChromiumContext>>;
  let page: Page;
  let cdp: CDPSession;
  let world = 0;

  beforeAll(async () => {
    server = await startServer({ '/secret': { body: `<p>${SECRET}</p>` } });
    chromium = await launchChromiumContext({ dir: autoAnnotating('chrome') });
    page = await chromium.context.newPage();
    await page.goto(`${server.origin}/fixtures/sample-policy.html`);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 30_000 });
    cdp = await chromium.context.newCDPSession(page);
    world = await contentWorld(cdp);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('cannot read or write extension storage: it goes through the background, for its own site only', async () => {
    const read = await inContentScript(
      cdp,
      world,
      `chrome.storage.local.get(null).then((v) => 'read ' + Object.keys(v).join(), (e) => 'denied')`,
    );
    expect(read).toBe('denied');
    const write = await inContentScript(
      cdp,
      world,
      `chrome.storage.local.set({ planted: 1 }).then(() => 'written', (e) => 'denied')`,
    );
    expect(write).toBe('denied');
  });

  it('cannot have the background fetch another address for it (sender checks per message)', async () => {
    const href = `http://localhost:${new URL(server.origin).port}/secret`;
    const reply = await inContentScript(
      cdp,
      world,
      `chrome.runtime.sendMessage({ type: 'fetchPolicy', href: ${JSON.stringify(href)} }).then((r) => 'reply ' + JSON.stringify(r), (e) => 'refused')`,
    );
    expect(reply).not.toContain(SECRET);
  });

  it('cannot remember anything for another site, by any message', async () => {
    const memory = {
      href: 'https://victim.example/privacy',
      grade: 'A',
      analysedAt: new Date().toISOString(),
      digest: [],
    };
    for (const type of ['rememberPolicy', 'rememberReading']) {
      const reply = await inContentScript(
        cdp,
        world,
        `chrome.runtime.sendMessage({ type: '${type}', memory: ${JSON.stringify(memory)} }).then(() => 'accepted', () => 'refused')`,
      );
      expect(reply, type).toBe('refused');
    }
    const worker = chromium.context.serviceWorkers()[0];
    const stored = await worker?.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    );
    expect(rememberedHosts(stored)).not.toContain('victim.example');
  });
});

describe('firefox: grants and the first look', () => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let port = '';

  beforeAll(async () => {
    server = await startServer({
      '/home/http': { body: () => shopLinkingTo(`http://policies.lens-test.com:${port}/fixtures/sample-policy.html`) },
    });
    port = new URL(server.origin).port;
    browser = await launchFirefox();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the sites the reader let it read, and gives a grant back', async () => {
    const { page, popup, grade } = await analyseLinked(browser, `http://shop.lens-test.com:${port}/home/http`);
    expect(grade).toMatch(/^[A-E?]$/);
    const options = await browser.openOptions();
    await waitFor(options, () => document.querySelector('#grants li') !== null, undefined);
    const listed = await options.evaluate(() => document.querySelector('#grants')?.textContent ?? '', undefined);
    expect(listed).toContain('policies.lens-test.com');
    await options.click('#grants li button');
    // All-sites access (automatic annotation, on in this harness) stays; the one site's own grant is gone.
    await waitFor(
      options,
      async () => {
        type Permissions = { permissions: { getAll(): Promise<{ origins?: string[] }> } };
        const api = (globalThis as unknown as { browser: Permissions }).browser;
        const { origins = [] } = await api.permissions.getAll();
        return !origins.some((o) => o.includes('policies.lens-test.com'));
      },
      undefined,
    );
    expect(await options.evaluate(() => document.querySelector('#grants')?.textContent ?? '', undefined)).not.toContain(
      'policies.lens-test.com',
    );
    for (const p of [options, popup, page]) await p.close();
  });

  it('keeps the automatic first look off the sites the reader switched off', async () => {
    const options = await browser.openOptions();
    await waitFor(options, () => document.querySelector('#site') !== null, undefined);
    await options.evaluate(async () => {
      const input = document.querySelector('#site') as HTMLInputElement;
      input.value = 'shop.lens-test.com';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await options.click('.options form button[type="submit"]');
    await waitFor(
      options,
      async () => {
        type Scripting = { scripting: { getRegisteredContentScripts(): Promise<{ excludeMatches?: string[] }[]> } };
        const api = (globalThis as unknown as { browser: Scripting }).browser;
        const [script] = await api.scripting.getRegisteredContentScripts();
        return (script?.excludeMatches ?? []).some((m) => m.includes('shop.lens-test.com'));
      },
      undefined,
    );
    await options.close();
  });
});

describe.each(BROWSER_NAMES)('%s: exports of a linked policy', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let port = '';

  beforeAll(async () => {
    server = await startServer({
      '/home/http': { body: () => shopLinkingTo(`http://policies.lens-test.com:${port}/fixtures/sample-policy.html`) },
    });
    port = new URL(server.origin).port;
    browser = await launchGranted(name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("are labelled with the policy's own address, and it is remembered under that site", async () => {
    const { page, popup, grade } = await analyseLinked(browser, `http://shop.lens-test.com:${port}/home/http`);
    expect(grade).toMatch(/^[A-E?]$/);
    const names = await popup.evaluate(
      () => [...document.querySelectorAll('.linked .export a[download]')].map((a) => a.getAttribute('download')),
      undefined,
    );
    expect(names.length).toBe(2);
    for (const n of names) expect(n).toContain('policies.lens-test.com');
    const options = await browser.openOptions();
    expect(rememberedHosts(await options.evaluate(storageDump, undefined))).toContain('policies.lens-test.com');
    for (const p of [options, popup, page]) await p.close();
  });
});
