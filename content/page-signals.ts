/**
 * The cheap look at a page that decides whether to do any real work: address, title, the first headings and a
 * bounded sample of its prose. Menus and buttons are short text nodes, so the sample keeps only text nodes of
 * PROSE_CHARS or more, and stops at SAMPLE_CHARS however large the page is. Consent banners and other dialogs are
 * left out of both: their "Cookie Notice" heading and policy-worded text belong to the banner, not the page.
 */
import type { PageSignals } from '../src/detect/is-policy.ts';
import { THIS_WORDS } from '../src/detect/may-be-policy.ts';

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
    tabs: readTabs(doc),
  };
}

/** The first headings of the page, outside banners and the tabs not shown. */
export function readHeadings(doc: Document): string[] {
  const headings: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2, h3')) {
    if (headings.length === HEADINGS) break;
    if (!setAside(h)) headings.push((h.textContent ?? '').trim());
  }
  return headings;
}

/** Longer than this, a "tab" is a card or a whole panel, not a label. */
const TAB_CHARS = 80;
const MAX_TABS = 8;

/**
 * What the page says it is in its own navigation: the selected tab (a legal hub showing its "Privacy Policy" tab)
 * and the link marked as the current page (a help centre's menu). Read whatever the markup, as the sample is.
 */
export function readTabs(doc: Document): string[] {
  const tabs: string[] = [];
  for (const el of doc.querySelectorAll('[role="tab"][aria-selected="true"], [aria-current="page"]')) {
    const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (label && label.length <= TAB_CHARS && !setAside(el)) tabs.push(label);
    if (tabs.length === MAX_TABS) break;
  }
  return tabs;
}

/**
 * The first look's test (src/detect/may-be-policy.ts): whether a heading (h1–h3) or the selected tab holds one of
 * `nameWords`, or a text node of prose length holds one of `thisWords` and one of `selfWords`, in lower,
 * Capitalised or UPPER case. Asked of the browser's XPath engine, which goes through the page natively, without
 * making a JavaScript object of every node as a walk from script would. It reads more than readSignals (every
 * heading, all the text but scripts and styles), so it says no only where detection would find neither, but for
 * two rare cases: "this" and the policy's name in two different text nodes, or written in mIxEd case.
 */
export function mayMention(
  root: Element | null,
  nameWords: readonly string[],
  selfWords: readonly string[],
  thisWords: readonly string[] = THIS_WORDS,
): boolean {
  if (!root?.ownerDocument.evaluate) return false;
  const query =
    `.//*[self::h1 or self::h2 or self::h3 or @role='tab' and @aria-selected='true' or @aria-current='page'][${anyOf(nameWords)}] | ` +
    `.//text()[string-length() >= ${PROSE_CHARS} and (${anyOf(selfWords)}) and (${thisWords.map(anyCaseWord).join(' or ')})` +
    ' and not(parent::script or parent::style)]';
  return root.ownerDocument.evaluate(query, root, null, ANY_NODE, null).singleNodeValue !== null;
}

/** Past the first letter, lower case covers Capitalised too: "olicy" is in "policy" and "Policy". */
const anyCase = (word: string) => {
  const rest = word.slice(1).replaceAll("'", '');
  return `contains(., '${rest}') or contains(., '${rest.toUpperCase()}')`;
};
/** A whole word before the space that joins it to the policy's name ("dit beleid"), in the three cases. */
const anyCaseWord = (word: string) =>
  [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()].map((w) => `contains(., '${w} ')`).join(' or ');
const anyOf = (words: readonly string[]) => words.map(anyCase).join(' or ');

/**
 * Left out of the signals: a dialog, or a consent platform's banner as they mark them (Cookiebot, Didomi,
 * Quantcast: role="dialog"; OneTrust: role="region" labelled "Cookie banner") — their "Cookie Notice" heading and
 * policy-worded text are the banner's; and a tab panel the page does not show (a legal hub's Terms tab behind its
 * Privacy tab), judged by markup alone so the CLI (jsdom, no layout) reads the page as the browser does — only tab
 * panels: a collapsed accordion section is still the policy. Attributes are read one element at a time, the role
 * once: attribute selectors over the whole document cost milliseconds on jsdom.
 */
function leftOut(el: Element): boolean {
  if (el.tagName === 'DIALOG') return true;
  const role = el.getAttribute('role');
  if (role === null) return el.getAttribute('aria-modal') === 'true';
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  if (role === 'region') return /cookie|consent/i.test(el.getAttribute('aria-label') ?? '');
  if (role !== 'tabpanel') return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

function setAside(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) if (leftOut(at)) return true;
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
    } else if (node.nodeType === 1 && !SKIP.test((node as Element).tagName) && !leftOut(node as Element)) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}
