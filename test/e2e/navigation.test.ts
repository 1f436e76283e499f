/**
 * Pages that move without loading, and policies that live on another site, in real Chromium and Firefox:
 * a single-page app whose footer link pushes /privacy into the address bar and renders the policy in place (then the
 * reader goes back), and a shop whose footer links to its policy on another origin (a second test server).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type BrowserUnderTest, waitFor } from '../../scripts/lib/browsers.ts';
import { startServer, type TestServer } from '../../scripts/lib/policy-server.ts';

const SAMPLE = readFileSync('test/fixtures/pages/sample-policy.html', 'utf8');
const POLICY_BODY = SAMPLE.slice(SAMPLE.indexOf('<body>') + '<body>'.length, SAMPLE.indexOf('</body>'));

/**
 * A client-side routed shop: both routes are rendered from <template>s by its own script; links push the route
 * (keeping the query, which the harness uses to tell tabs apart) and Back pops it.
 */
const APP = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Outdoor</title></head>
<body>
<header><a href="/app/" data-route>Acme Outdoor</a></header>
<main id="view"></main>
<footer><a id="to-policy" href="/app/privacy" data-route>Privacy Policy</a></footer>
<template id="home">
  <h1>Gear for the long weekend</h1>
  <p>Tents, stoves and sleeping bags that survive a wet week in the hills. Free returns for a year.</p>
  <p>Our winter sale starts on Friday: up to forty percent off insulated jackets and down sleeping bags.</p>
</template>
<template id="privacy">${POLICY_BODY}</template>
<script>
  function render() {
    const route = location.pathname.endsWith('/privacy') ? 'privacy' : 'home';
    document.getElementById('view').replaceChildren(document.getElementById(route).content.cloneNode(true));
    document.title = route === 'privacy' ? 'Privacy Policy · Acme Outdoor' : 'Acme Outdoor';
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-route]');
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href') + location.search);
    render();
  });
  addEventListener('popstate', render);
  render();
</script>
</body></html>`;

const shop = (policyHref: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Trailhead Coffee</title></head>
<body>
<h1>Trailhead Coffee</h1>
<p>Single-origin beans, roasted on Tuesdays and shipped on Wednesdays. Subscribe and skip a week whenever you like.</p>
<footer><a href="/about">About</a> · <a href="${policyHref}">Privacy Policy</a></footer>
</body></html>`;

/** In the page: how many ranges all our highlights hold. */
function highlightedRanges(): number {
  return [...CSS.highlights.keys()]
    .filter((name) => name.startsWith('policy-lens-'))
    .reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
}

/** In the page: true once none of our highlights holds a range. */
function noHighlights(): boolean {
  return [...CSS.highlights.keys()].every(
    (name) => !name.startsWith('policy-lens-') || !CSS.highlights.get(name)?.size,
  );
}

describe.each(Object.keys(BROWSERS) as (keyof typeof BROWSERS)[])('%s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ '/app/': { body: APP }, '/app/privacy': { body: APP } });
    browser = await BROWSERS[name]();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights a policy a single-page app navigates to, and clears them when the reader goes back', async () => {
    const page = await browser.newPage(`${server.origin}/app/`);
    await browser.clickToolbarButton(page);
    const home = await browser.openPopup(page);
    await waitFor(home, () => document.querySelector('#analyze-anyway') !== null, undefined);
    await home.close();
    expect(await page.evaluate(highlightedRanges, undefined)).toBe(0);

    await page.click('#to-policy');
    await waitFor(page, highlightedRanges, undefined, 20_000);
    expect(page.url()).toContain('/app/privacy');
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('.grade') !== null, undefined);
    const grade = await popup.evaluate(() => document.querySelector('.grade')?.textContent ?? '', undefined);
    expect(grade).toMatch(/^[A-E?]$/);
    await page.screenshot(`artifacts/e2e/${name}-spa-policy.png`);
    await popup.close();

    await page.evaluate(() => history.back(), undefined);
    await waitFor(page, () => location.pathname === '/app/' && document.querySelector('#view h1') !== null, undefined);
    await waitFor(page, noHighlights, undefined, 20_000);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

// Chromium is left out: it asks the reader for another site's access with a prompt a headless browser cannot answer
// (2026-11-23). Firefox accepts it through the harness's test preference, as the reader's "Allow" would.
describe('firefox: a policy on another site', () => {
  let browser: BrowserUnderTest;
  let home: TestServer;
  let policySite: TestServer;

  beforeAll(async () => {
    policySite = await startServer();
    // Same host, another port: another origin to the browser.
    home = await startServer({ '/': { body: () => shop(`${policySite.origin}/fixtures/sample-policy.html`) } });
    browser = await BROWSERS.firefox();
  });

  afterAll(async () => {
    await browser?.close();
    await home?.close();
    await policySite?.close();
  });

  it('reads the policy from another origin through the background and scores it in the popup', async () => {
    const page = await browser.newPage(`${home.origin}/`);
    const popup = await browser.openPopup(page);
    await waitFor(popup, () => document.querySelector('#analyze-linked') !== null, undefined);
    const target = await popup.evaluate(() => document.querySelector('.linked-target')?.textContent ?? '', undefined);
    expect(target).toContain(new URL(policySite.origin).host);
    await popup.click('#analyze-linked');
    await waitFor(popup, () => document.querySelector('.linked .grade, .linked .error') !== null, undefined);
    const error = await popup.evaluate(() => document.querySelector('.linked .error')?.textContent ?? '', undefined);
    expect(error).toBe('');
    const grade = await popup.evaluate(() => document.querySelector('.linked .grade')?.textContent ?? '', undefined);
    expect(grade).toMatch(/^[A-E?]$/);
    expect(policySite.requests).toContain('/fixtures/sample-policy.html');
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
