/**
 * policyLinkOf on whole pages (jsdom: it resolves links against the page's address, as a browser does): the site's
 * own policy, never the one a consent banner, a social login or running text links to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { policyLinkOf } from '../../content/policy-link-of.ts';
import { SHARED } from '../../scripts/lib/policy-server.ts';

const at = (url: string, body: string) =>
  new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url }).window.document;

describe('policyLinkOf', () => {
  it.each([
    [
      'a consent banner without a role, linking its vendor',
      `<div id="cookie-banner"><p>We use cookies. <a href="https://cmp.example/privacy">Privacy Policy</a></p></div>
       <footer><a href="/legal/privacy">Privacy</a></footer>`,
      'https://shop.example/legal/privacy',
    ],
    [
      'a social login naming Meta, before the footer',
      `<form class="login-box"><a href="https://www.facebook.com/privacy/policy">Meta Privacy Policy</a></form>
       <footer><a href="https://help.shop.example/privacy">Privacy Notice</a></footer>`,
      'https://help.shop.example/privacy',
    ],
    [
      "reCAPTCHA's notice in the footer and no link of the site's own",
      `<footer>Protected by reCAPTCHA: the Google <a href="https://policies.google.com/privacy">Privacy Policy</a>
       applies.</footer>`,
      null,
    ],
    [
      "a group's shared policy on another site, from the footer",
      `<footer><a href="https://legal.shopgroup.example/privacy">Privacy Policy</a></footer>`,
      'https://legal.shopgroup.example/privacy',
    ],
  ])('%s', (_name, body, href) => {
    expect(policyLinkOf(at('https://shop.example/cart', body))?.href ?? null).toBe(href);
  });

  it.each([
    ['disonsdemain', 'https://www.disonsdemain.fr/'],
    ['meetic', 'https://www.meetic.fr/'],
    ['lovescout24', 'https://www.lovescout24.de/'],
    ['badoo', 'https://badoo.com/'],
  ])("on %s's saved page, offers the site's own policy, not Meta's or Google's", (slug, url) => {
    const html = readFileSync(join(SHARED, 'corpus/modern-pages', `${slug}.html`), 'utf8');
    const { document } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window;
    const found = policyLinkOf(document);
    expect(found?.href ?? '').not.toMatch(/facebook|google|apple|europa/);
    if (found) expect(new URL(found.href).hostname.endsWith(new URL(url).hostname.replace(/^www\./, ''))).toBe(true);
  });
});
