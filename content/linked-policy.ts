/**
 * The site's own privacy policy, from any of its pages: find the link (policy-link-of.ts), and on the reader's
 * request fetch it. A policy on the page's own origin is fetched from here, as the page itself could
 * (content/safe-fetch.ts); the popup fetches one on another site. Either way the HTML is parsed and read in the popup,
 * never in the page. Requests carry no cookies: a policy is public, and the site learns nothing about the reader from it.
 */

import { type FetchedPolicy, FetchRefused, fetchPolicyPage } from './safe-fetch.ts';

export { policyLinkOf } from './policy-link-of.ts';

/** The policy at `href` on this page's own origin, as HTML; refused for any other origin. */
export async function fetchOwnPolicy(href: string): Promise<FetchedPolicy> {
  if (!URL.canParse(href) || new URL(href).origin !== location.origin) throw new FetchRefused('fetchRedirected');
  return fetchPolicyPage(href, location.href, true);
}
