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
/** XPathResult.ANY_UNORDERED_NODE_TYPE */
const ANY_NODE = 8;

export function readSignals(doc: Document): PageSignals {
  return {
    url: doc.location?.href ?? doc.URL,
    title: doc.title,
    headings: readHeadings(doc),
    text: sampleText(doc.body),
  };
}

/** The first headings of the page, outside banners. */
export function readHeadings(doc: Document): string[] {
  const headings: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2, h3')) {
    if (headings.length === HEADINGS) break;
    if (!inBanner(h)) headings.push((h.textContent ?? '').trim());
  }
  return headings;
}

/**
 * The first look's test (src/detect/may-be-policy.ts): whether a heading (h1–h3) holds one of `nameWords`, or a
 * text node of prose length holds "this" and one of `selfWords`, in lower, Capitalised or UPPER case. Asked of the
 * browser's XPath engine, which goes through the page natively, without making a JavaScript object of every node
 * as a walk from script would. It reads more than readSignals (every heading, all the text but scripts and
 * styles), so it says no only where detection would find neither, but for two rare cases: "this" and the policy's
 * name in two different text nodes, or written in mIxEd case.
 */
export function mayMention(root: Element | null, nameWords: readonly string[], selfWords: readonly string[]): boolean {
  if (!root?.ownerDocument.evaluate) return false;
  // Past the first letter, lower case covers Capitalised too: "olicy" is in "policy" and "Policy".
  const anyCase = (word: string) => `contains(., '${word.slice(1)}') or contains(., '${word.slice(1).toUpperCase()}')`;
  const anyOf = (words: readonly string[]) => words.map(anyCase).join(' or ');
  const query =
    `.//*[self::h1 or self::h2 or self::h3][${anyOf(nameWords)}] | ` +
    `.//text()[string-length() >= ${PROSE_CHARS} and (${anyOf(selfWords)}) and (${anyCase('this')})` +
    ' and not(parent::script or parent::style)]';
  return root.ownerDocument.evaluate(query, root, null, ANY_NODE, null).singleNodeValue !== null;
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
