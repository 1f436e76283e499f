/**
 * The site's own policy as this page links it: every link with where it sits (the page's footer or header; a
 * consent banner, dialog or sign-in widget), judged by src/detect/policy-link.ts.
 */
import { findPolicyLink, type PageLink } from '../src/detect/policy-link.ts';
import type { LinkedPolicyRef } from '../src/protocol.ts';

const MAX_LINKS = 3000;
const CHROME = 'footer, header, nav, [role="contentinfo"], [role="banner"]';
/** Consent banners, dialogs and sign-in widgets, however they are marked (ids and classes for the many unmarked). */
const WIDGET =
  'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], [id*="cookie" i], [class*="cookie" i], ' +
  '[id*="consent" i], [class*="consent" i], [id*="onetrust" i], [class*="login" i], [class*="signin" i], [class*="sign-in" i]';

/** The site's own policy linked from this page (src/detect/policy-link.ts decides), or null. */
export function policyLinkOf(doc: Document): LinkedPolicyRef | null {
  const links: PageLink[] = [];
  for (const a of [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].slice(0, MAX_LINKS)) {
    const inChrome = a.closest(CHROME) !== null;
    // Only another site's link is judged by its widget; closest() over this selector is asked of those alone.
    const inWidget = a.hostname !== doc.location?.hostname && a.closest(WIDGET) !== null;
    links.push({ href: a.href, text: a.textContent ?? '', rel: a.rel, inChrome, inWidget });
  }
  const best = findPolicyLink(links, doc.location?.href ?? '');
  if (!best) return null;
  const sameOrigin = new URL(best.href).origin === doc.location?.origin;
  return { href: best.href, text: best.text.replace(/\s+/g, ' ').trim(), sameOrigin };
}
