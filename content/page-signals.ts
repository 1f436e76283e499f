/**
 * The cheap look at a page that decides whether to do any real work: address, title, the first headings and a
 * bounded sample of its prose. Menus and buttons are short text nodes, so the sample keeps only text nodes of
 * PROSE_CHARS or more, and stops at SAMPLE_CHARS however large the page is.
 */
import type { PageSignals } from '../src/detect/is-policy.ts';

const SAMPLE_CHARS = 20_000;
const PROSE_CHARS = 40;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|HEADER|FOOTER)$/;

export function readSignals(doc: Document): PageSignals {
  const headings = [...doc.querySelectorAll('h1, h2, h3')].slice(0, 12).map((h) => (h.textContent ?? '').trim());
  return { url: doc.location?.href ?? doc.URL, title: doc.title, headings, text: sampleText(doc.body) };
}

function sampleText(root: Element | null): string {
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length && length < SAMPLE_CHARS) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = (node as Text).data.trim();
      if (text.length < PROSE_CHARS) continue;
      parts.push(text);
      length += text.length;
    } else if (node.nodeType === 1 && !SKIP.test((node as Element).tagName)) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}
