/**
 * The cheap look at a page that decides whether to do any real work: address, title, the first headings and a
 * bounded sample of its prose. Menus and buttons are short text nodes, so the sample keeps only text nodes of
 * PROSE_CHARS or more, and stops at SAMPLE_CHARS however large the page is. Consent banners and other dialogs are
 * left out of both: their "Cookie Notice" heading and policy-worded text belong to the banner, not the page.
 */
import type { PageSignals } from '../src/detect/is-policy.ts';

const SAMPLE_CHARS = 20_000;
const PROSE_CHARS = 40;
const MAX_NODES = 20_000;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|HEADER|FOOTER)$/;
const HEADINGS = 12;

export function readSignals(doc: Document): PageSignals {
  const headings: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2, h3')) {
    if (headings.length === HEADINGS) break;
    if (!inBanner(h)) headings.push((h.textContent ?? '').trim());
  }
  return { url: doc.location?.href ?? doc.URL, title: doc.title, headings, text: sampleText(doc.body) };
}

/**
 * A dialog, or a consent platform's banner as they mark them (Cookiebot, Didomi, Quantcast: role="dialog";
 * OneTrust: role="region" labelled "Cookie banner"). Attributes are read one element at a time: attribute selectors
 * over the whole document cost milliseconds on jsdom.
 */
function isBanner(el: Element): boolean {
  if (el.tagName === 'DIALOG' || el.getAttribute('aria-modal') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog') return true;
  return role === 'region' && /cookie|consent/i.test(el.getAttribute('aria-label') ?? '');
}

function inBanner(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (isBanner(at)) return true;
  return false;
}

function sampleText(root: Element | null): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length && length < SAMPLE_CHARS && visited++ < MAX_NODES) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = (node as Text).data.trim();
      if (text.length < PROSE_CHARS) continue;
      parts.push(text);
      length += text.length;
    } else if (node.nodeType === 1 && !SKIP.test((node as Element).tagName) && !isBanner(node as Element)) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}
