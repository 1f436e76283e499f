/**
 * "Analyze this site's privacy policy", the work behind the button: fetch the linked policy safely (from the page
 * for its own origin, from here for another site), parse and read it here in the popup, an extension page (never
 * in the page that chose the link), have the background grade it, and remember it under the address it came from.
 */
import { extractBlocks, hiddenByMarkup } from '../content/extract-blocks.ts';
import { sendToBackground } from '../content/messaging.ts';
import { type FetchedPolicy, fetchPolicyPage } from '../content/safe-fetch.ts';
import { type RememberedPolicy, remember } from '../src/policy-memory.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';
import { fromWire } from '../src/report-wire.ts';
import type { Report } from '../src/types.ts';
import { sendToTab } from './messaging.ts';

export interface LinkedReading {
  /** Where the policy came from: what the scorecard, the export and the memory name. */
  url: string;
  report: Report;
  previous: RememberedPolicy | null;
  /** Set when the reading could not be remembered (storage full), for the reader. */
  unremembered: string;
}

/** Whether the link is on the page's own origin (the page's address, when the popup may see it, decides). */
export function onPageOrigin(link: LinkedPolicyRef, pageUrl: string): boolean {
  if (!URL.canParse(pageUrl)) return link.sameOrigin;
  return new URL(pageUrl).origin === new URL(link.href).origin;
}

export async function readLinkedPolicy(tabId: number, link: LinkedPolicyRef, pageUrl: string): Promise<LinkedReading> {
  const fetched: FetchedPolicy = onPageOrigin(link, pageUrl)
    ? await sendToTab(tabId, 'fetchOwnPolicy', { href: link.href })
    : await fetchPolicyPage(link.href, pageUrl);
  const doc = new DOMParser().parseFromString(fetched.html, 'text/html');
  const { blocks } = extractBlocks(doc.body ?? doc.documentElement, { isHidden: hiddenByMarkup });
  const report = fromWire(await sendToBackground('analyze', { blocks }), blocks);
  const memory = remember(fetched.url, report, new Date());
  try {
    const previous = await sendToBackground('rememberPolicy', { memory });
    return { url: fetched.url, report, previous, unremembered: '' };
  } catch (error) {
    return { url: fetched.url, report, previous: null, unremembered: error instanceof Error ? error.message : '' };
  }
}
