/**
 * The site's own privacy policy, from any of its pages: find the link, and on the reader's request fetch it. A
 * policy on the page's own origin is fetched from here, as the page itself could (content/safe-fetch.ts); the
 * popup fetches one on another site. Either way the HTML is parsed and read in the popup, never in the page.
 * Requests carry no cookies: a policy is public, and the site learns nothing about the reader from it.
 */

import { findPolicyLink, type PageLink } from '../src/detect/policy-link.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';
import { type FetchedPolicy, FetchRefused, fetchPolicyPage } from './safe-fetch.ts';

const MAX_LINKS = 3000;

export function policyLinkOf(doc: Document): LinkedPolicyRef | null {
  const links: PageLink[] = [];
  for (const a of [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].slice(0, MAX_LINKS)) {
    const inChrome = a.closest('footer, header, nav, [role="contentinfo"], [role="banner"]') !== null;
    links.push({ href: a.href, text: a.textContent ?? '', rel: a.rel, inChrome });
  }
  const best = findPolicyLink(links, doc.location?.href ?? '');
  if (!best) return null;
  const sameOrigin = new URL(best.href).origin === doc.location?.origin;
  return { href: best.href, text: best.text.replace(/\s+/g, ' ').trim(), sameOrigin };
}

/** The policy at `href` on this page's own origin, as HTML; refused for any other origin. */
export async function fetchOwnPolicy(href: string): Promise<FetchedPolicy> {
  if (!URL.canParse(href) || new URL(href).origin !== location.origin) throw new FetchRefused('fetchRedirected');
  return fetchPolicyPage(href, location.href, true);
}
