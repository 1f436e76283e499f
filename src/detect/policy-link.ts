/**
 * Which link on a page leads to the site's privacy policy? Pure: the content script hands in the page's links.
 * Footer and header links named "Privacy", "Privacy Policy", "Privacy Notice", "Datenschutz", or marked
 * rel="privacy-policy", outrank a "privacy" somewhere in running text; settings pages and help articles lose.
 */
import { namesPolicy } from './policy-name.ts';

export interface PageLink {
  href: string;
  text: string;
  rel: string;
  /** The link sits in the page's footer or header (where sites put their legal links). */
  inChrome: boolean;
}

const MENTION = /\bprivacy\b|\bdatenschutz/i;
const NOT_POLICY =
  /settings|preferences|choices|opt[- ]?out|do not sell|manage|dashboard|help|faq|support|cookie\s*settings/i;

/** Scores one link; 0 means "not a policy link". */
export function scorePolicyLink(link: PageLink): number {
  if (!/^https?:/i.test(link.href)) return 0;
  if (/\bprivacy-policy\b/i.test(link.rel)) return 10;
  const text = link.text.replace(/\s+/g, ' ').trim();
  let score = 0;
  if (namesPolicy(text)) score = 6;
  else if (MENTION.test(text) && text.length < 60) score = 3;
  else if (/privacy|datenschutz|data-protection/i.test(new URL(link.href).pathname)) score = 2;
  if (score && NOT_POLICY.test(text)) score -= 2;
  if (score && link.inChrome) score += 2;
  return Math.max(0, score);
}

/** The best policy link of a page other than the page itself, or null. */
export function findPolicyLink(links: readonly PageLink[], pageUrl: string): PageLink | null {
  const here = pageUrl.split('#')[0];
  let best: PageLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    if (link.href.split('#')[0] === here) continue;
    const score = scorePolicyLink(link);
    if (score > bestScore) {
      best = link;
      bestScore = score;
    }
  }
  return best;
}
