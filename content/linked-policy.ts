/**
 * The site's own privacy policy, from any of its pages: find the link, and on the reader's request fetch the
 * policy and read it with the same extraction as a page in a tab. Same-site policies are fetched from here (the
 * page's origin); others by the background worker, once the reader has granted access to that one site.
 * Requests carry no cookies: a policy is public, and the site learns nothing about the reader from it.
 */

import { fromWire } from '../src/report-wire.ts';
import type { Report } from '../src/types.ts';
import { extractBlocks, hiddenByMarkup } from './extract-blocks.ts';
import { sendToBackground } from './messaging.ts';

export { policyLinkOf } from './policy-link-of.ts';

const MAX_BYTES = 5_000_000;

async function fetchHere(href: string): Promise<string> {
  const response = await fetch(href, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`the policy page answered ${response.status}`);
  const text = await response.text();
  return text.slice(0, MAX_BYTES);
}

/** Fetches and analyses the policy at `href`; the report's offsets refer to the fetched page, not this one. */
export async function analyzePolicyAt(href: string): Promise<{ href: string; report: Report }> {
  const sameOrigin = new URL(href).origin === location.origin;
  const html = sameOrigin ? await fetchHere(href) : await sendToBackground('fetchPolicy', { href });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { blocks } = extractBlocks(doc.body ?? doc.documentElement, { isHidden: hiddenByMarkup });
  return { href, report: fromWire(await sendToBackground('analyze', { blocks }), blocks) };
}
