/**
 * Issue #13, findings 2 and 3 (and the Firefox `http://` case of 6): "Analyze this site's privacy policy" on pages
 * that point the fetch where it should not go, in real Chromium and Firefox. The sites are names under
 * lens-test.com that the browsers resolve to the test server on 127.0.0.1, so they count as public; the server
 * records every request, which is how a test knows that a refused address was never asked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUnderTest } from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';
import {
  analyseLinked,
  BROWSER_NAMES,
  badgeOf,
  launchGranted,
  rememberedHosts,
  shopLinkingTo,
  storageDump,
} from './hostile-helpers.ts';

const SAMPLE = readFileSync('test/fixtures/pages/sample-policy.html', 'utf8');
/** A policy that would grade A: what an attacker would like shown on someone else's badge. */
const FAKE = `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>
<p>We never sell your personal information to anyone, and we never share it with third parties.</p>
<p>We do not use your data for advertising. We do not use cookies or any tracking technologies.</p>
<p>We delete your data within 30 days of your request. You can see and delete your data at any time.</p>
<p>You can opt out of every e-mail. We honour Do Not Track signals.</p>
<p>We will notify you by e-mail before this policy changes. We do not knowingly collect data from children under 13.</p>
<p>We protect your data with encryption in transit and at rest.</p></main></body></html>`;
const PARAGRAPH = Buffer.from(
  '<p>We collect the information you give us when you create an account, such as your name and e-mail address.</p>\n',
);

describe.each(BROWSER_NAMES)('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let port = '';
  let hugeSent = 0;
  let slowClosed = false;
  const at = (host: string, path: string) => `http://${host}.lens-test.com:${port}${path}`;

  beforeAll(async () => {
    server = await startServer({
      '/home/intranet': { body: () => shopLinkingTo(`http://127.0.0.1:${port}/intranet/privacy`) },
      '/intranet/privacy': { body: SAMPLE },
      '/home/moved': { body: () => shopLinkingTo(at('policies', '/moved')) },
      '/moved': {
        respond: (_, res) => void res.writeHead(302, { location: `http://127.0.0.1:${port}/intranet/privacy` }).end(),
      },
      '/home/open-redirect': {
        body: () => shopLinkingTo(at('victim', `/out?to=${encodeURIComponent(at('evil', '/fake-policy'))}`)),
      },
      '/out': {
        respond: (req, res) => {
          const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/';
          res.writeHead(302, { location: to }).end();
        },
      },
      '/fake-policy': { body: FAKE },
      '/victim-home': { body: '<!doctype html><title>Victim</title><p>Welcome to the victim shop.</p>' },
      '/home/slow': { body: () => shopLinkingTo(at('policies', '/slow')) },
      '/slow': {
        respond: (_, res) => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<!doctype html><title>Privacy Policy</title><h1>Privacy Policy</h1>');
          const timer = setInterval(() => res.write(' '), 1000);
          res.on('close', () => {
            clearInterval(timer);
            slowClosed = true;
          });
        },
      },
      '/home/huge': { body: () => shopLinkingTo(at('policies', '/huge')) },
      '/huge': {
        respond: (_, res) => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<!doctype html><title>Privacy Policy</title><h1>Privacy Policy</h1>');
          const pump = () => {
            while (hugeSent < 200_000_000 && !res.destroyed) {
              hugeSent += PARAGRAPH.length;
              if (!res.write(PARAGRAPH)) return void res.once('drain', pump);
            }
            res.end();
          };
          pump();
        },
      },
      '/home/pdf': { body: () => shopLinkingTo(at('policies', '/policy.pdf')) },
      '/policy.pdf': { body: SAMPLE, type: 'application/pdf' },
      '/home/http': { body: () => shopLinkingTo(at('policies', '/fixtures/sample-policy.html')) },
    });
    port = new URL(server.origin).port;
    browser = await launchGranted(name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses a policy link from a public page to a loopback address, and never asks it', async () => {
    const { page, popup, grade, error } = await analyseLinked(browser, at('shop', '/home/intranet'));
    expect(grade).toBe('');
    expect(error).not.toBe('');
    expect(server.requests).not.toContain('/intranet/privacy');
    await popup.screenshot(`artifacts/e2e/${name}-hostile-intranet.png`);
    await popup.close();
    await page.close();
  });

  it('does not follow a redirect to an address it may not fetch', async () => {
    const { page, popup, grade, error } = await analyseLinked(browser, at('shop', '/home/moved'));
    expect(server.requests).toContain('/moved');
    expect(server.requests).not.toContain('/intranet/privacy');
    expect(grade).toBe('');
    expect(error).not.toBe('');
    await popup.close();
    await page.close();
  });

  it("never puts what an open redirect leads to on the victim's badge (finding 3)", async () => {
    const { page, popup } = await analyseLinked(browser, at('evil', '/home/open-redirect'));
    const options = await browser.openOptions();
    expect(rememberedHosts(await options.evaluate(storageDump, undefined))).not.toContain('victim.lens-test.com');
    const victim = await browser.newPage(at('victim', '/victim-home'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await options.evaluate(badgeOf, victim.url())).toBe('');
    for (const p of [victim, options, popup, page]) await p.close();
  });

  it('gives up on a policy that never finishes arriving, and says so', async () => {
    const { page, popup, grade, error } = await analyseLinked(browser, at('shop', '/home/slow'), 45_000);
    expect(grade).toBe('');
    expect(error).not.toBe('');
    expect(slowClosed).toBe(true);
    await popup.close();
    await page.close();
  });

  it('reads at most a few megabytes of an endless policy, streaming, and stops the download', async () => {
    hugeSent = 0;
    const { page, popup } = await analyseLinked(browser, at('shop', '/home/huge'), 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(hugeSent).toBeLessThan(20_000_000);
    await popup.close();
    await page.close();
  });

  it('reads only HTML: a policy link answered as a PDF is refused', async () => {
    const { page, popup, grade, error } = await analyseLinked(browser, at('shop', '/home/pdf'));
    expect(grade).toBe('');
    expect(error).not.toBe('');
    await popup.close();
    await page.close();
  });

  it('reads an http:// policy on another site whose name no browser exempts from upgrades', async () => {
    const { page, popup, grade, error } = await analyseLinked(browser, at('shop', '/home/http'));
    expect(error).toBe('');
    expect(grade).toMatch(/^[A-E?]$/);
    await popup.close();
    await page.close();
  });
});

describe('the built content script', () => {
  it('parses no fetched policy: that happens in the popup, an extension page, never in the page', () => {
    for (const browser of ['chrome', 'firefox'])
      expect(readFileSync(`dist/${browser}/content/index.js`, 'utf8')).not.toContain('DOMParser');
  });
});
