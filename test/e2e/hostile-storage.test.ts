/**
 * Issue #13, finding 1 and the storage parts of 6: a site cannot fill, pin or poison what Policy Lens remembers,
 * in real Chromium and Firefox. Each test looks at the extension's storage from one of its own pages, without
 * assuming how it is laid out (see hostile-helpers.ts), so it held the old layout to the same account.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  autoAnnotating,
  type BrowserUnderTest,
  launchChromium,
  launchFirefox,
  waitFor,
} from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';
import {
  analyseLinked,
  BROWSER_NAMES,
  badgeOf,
  launchGranted,
  rememberedHosts,
  storageDump,
} from './hostile-helpers.ts';

const SAMPLE = readFileSync('test/fixtures/pages/sample-policy.html', 'utf8');
const ADDED = 'We now share your precise location with our advertising partners.';
const withScript = (script: string) => SAMPLE.replace('</body>', `<script>${script}</script></body>`);

/** In an extension page: damages every remembered entry the way a broken write or an old version might. */
async function damageEntries(): Promise<number> {
  type Local = { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  const g = globalThis as unknown as { browser?: { storage: { local: Local } }; chrome: { storage: { local: Local } } };
  const local = (g.browser ?? g.chrome).storage.local;
  const all = await local.get(null);
  let damaged = 0;
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    if ('grade' in v && 'analysedAt' in v) {
      v.grade = 'JUNK';
      v.analysedAt = 5;
      damaged++;
    }
    for (const child of Object.values(v)) walk(child);
  };
  for (const [key, value] of Object.entries(all)) if (key !== 'settings') walk(value);
  await local.set(Object.fromEntries(Object.entries(all).filter(([key]) => key !== 'settings')));
  return damaged;
}

/** In an extension page: counts writes to extension storage (other than settings) from now on. */
function countWrites(): void {
  type Api = { storage: { onChanged: { addListener(f: (c: object) => void): void } } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api; __writes: number };
  g.__writes = 0;
  (g.browser ?? g.chrome).storage.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((k) => k !== 'settings')) g.__writes++;
  });
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let version = 1;

  beforeAll(async () => {
    const body = () =>
      version === 1 ? SAMPLE : SAMPLE.replace('<h2>Advertising</h2>', `<h2>Advertising</h2><p>${ADDED}</p>`);
    server = await startServer({ '/versioned/privacy': { body } });
    browser = await launchGranted(name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('drops damaged remembered values: they never crash the popup or reach the badge', async () => {
    const first = await browser.newPage(`${server.origin}/versioned/privacy`);
    const popup1 = await browser.openPopup(first);
    await waitFor(popup1, () => document.querySelector('.grade') !== null, undefined, 30_000);
    await popup1.close();
    await first.close();

    const options = await browser.openOptions();
    expect(await options.evaluate(damageEntries, undefined)).toBeGreaterThan(0);
    const home = await browser.newPage(`${server.origin}/fixtures/shop-home.html`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await options.evaluate(badgeOf, home.url())).toMatch(/^[A-E?]?$/);

    version = 2;
    const again = await browser.newPage(`${server.origin}/versioned/privacy`);
    const popup2 = await browser.openPopup(again);
    await waitFor(popup2, () => document.querySelector('.grade') !== null, undefined, 30_000);
    expect(popup2.errors).toEqual([]);
    expect(await options.evaluate(badgeOf, again.url())).toMatch(/^[A-E?]$/);
    for (const p of [popup2, again, home, options]) await p.close();
  });
});

const AUTOMATIC = {
  chromium: () => launchChromium({ dir: autoAnnotating('chrome') }),
  firefox: () => launchFirefox(),
} as const;

describe.each(Object.keys(AUTOMATIC) as (keyof typeof AUTOMATIC)[])('%s, annotating automatically', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let port = '';
  const STEPS = 10;

  beforeAll(async () => {
    server = await startServer({
      // Each subdomain's policy sends the tab on to the next subdomain's once it has been read.
      '/step/privacy': {
        body: withScript(`
          const n = Number(new URLSearchParams(location.search).get('n') ?? 0);
          if (n < ${STEPS})
            setTimeout(() => { location.href = 'http://s' + (n + 1) + '.evil.localhost:' + location.port + '/step/privacy?n=' + (n + 1); }, 2500);`),
      },
      '/storm/privacy': { body: withScript('let n = 0; setInterval(() => { location.hash = String(n++); }, 100);') },
    });
    port = new URL(server.origin).port;
    browser = await AUTOMATIC[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a site stepping a tab through its own subdomains cannot grow what is remembered', async () => {
    const page = await browser.newPage(`http://s0.evil.localhost:${port}/step/privacy?n=0`);
    await waitFor(page, (n) => location.search.includes(`n=${n}`), STEPS, 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    const options = await browser.openOptions();
    const hosts = rememberedHosts(await options.evaluate(storageDump, undefined));
    expect(hosts.filter((h) => h.endsWith('evil.localhost')).length).toBeLessThanOrEqual(3);
    await options.close();
    await page.close();
  });

  it('a policy changing its address hash every 100 ms is remembered once, not rewritten', async () => {
    const options = await browser.openOptions();
    await options.evaluate(countWrites, undefined);
    const page = await browser.newPage(`${server.origin}/storm/privacy`);
    await new Promise((r) => setTimeout(r, 10_000));
    const writes = await options.evaluate(() => (globalThis as unknown as { __writes: number }).__writes, undefined);
    expect(writes).toBeLessThanOrEqual(1);
    await page.close();
    await options.close();
  });
});

describe("chromium: storage full of an older version's memory", () => {
  let browser: BrowserUnderTest;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchGranted('chromium');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('still analyses and remembers a linked policy, with no raw quota error', async () => {
    const options = await browser.openOptions();
    // What the unbounded layout left after about 5,000 sites: storage.local filled to its 10 MB quota.
    await options.evaluate(async () => {
      type Local = { set(v: object): Promise<void>; getBytesInUse(k: null): Promise<number> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const digest = Array.from({ length: 150 }, (_, i) => (i * 2654435761).toString(16).padStart(8, '0').slice(-8));
      const sites: Record<string, { href: string; grade: string; analysedAt: string; digest: string[] }> = {};
      for (let i = 0; i < 5000; i++)
        sites[`site-${i}.example`] = {
          href: `https://site-${i}.example/privacy`,
          grade: 'C',
          analysedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
          digest,
        };
      await local.set({ sites });
      const pad = 10 * 1024 * 1024 - (await local.getBytesInUse(null)) - 300;
      (sites['site-0.example'] as { href: string }).href += '#'.repeat(pad);
      await local.set({ sites });
    }, undefined);
    const { grade, error, page, popup } = await analyseLinked(browser, `${server.origin}/fixtures/shop-home.html`);
    expect(error).toBe('');
    expect(grade).toMatch(/^[A-E?]$/);
    expect(rememberedHosts(await options.evaluate(storageDump, undefined))).toContain('127.0.0.1');
    for (const p of [popup, page, options]) await p.close();
  });
});
