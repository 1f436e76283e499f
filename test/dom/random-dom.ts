/**
 * Random nested DOM trees for property tests, built through the DOM API (so adjacent text nodes and odd whitespace
 * occur, as they do after scripts have touched a page) from sentences of OPP-115 policies, read in place from
 * ../shared (never copied into the repo). Subtrees the extractor must skip are marked `data-skip`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SEGMENTS = path.resolve(repoRoot, '../shared/datasets/opp115/segments.jsonl');

export function opp115Sentences(limit = 4000): string[] {
  const out = new Set<string>();
  for (const line of readFileSync(SEGMENTS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    for (const s of text.split(/(?<=[.!?])\s+/)) if (s.length >= 3 && s.length <= 400) out.add(s);
    if (out.size >= limit) break;
  }
  return [...out];
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPACES = ['', '', ' ', '  ', '\n', '\n    ', '\t', ' \n ', '\u00a0'];
const INLINE = ['span', 'b', 'strong', 'em', 'i', 'a', 'code', 'small'];
const BLOCK = ['div', 'p', 'section', 'article', 'blockquote', 'main', 'div'];
const SKIPPED: [string, (el: Element) => void][] = [
  ['nav', () => {}],
  ['script', () => {}],
  ['style', () => {}],
  ['aside', () => {}],
  ['button', () => {}],
  ['div', (el) => el.setAttribute('hidden', '')],
  ['span', (el) => el.setAttribute('aria-hidden', 'true')],
  ['p', (el) => el.setAttribute('style', 'display: none')],
  ['div', (el) => el.setAttribute('role', 'navigation')],
];

export class TreeBuilder {
  private readonly rand: () => number;

  constructor(
    private readonly doc: Document,
    seed: number,
    private readonly sentences: readonly string[],
  ) {
    this.rand = prng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.rand() * n);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }

  private text(): string {
    return `${this.pick(SPACES)}${this.pick(this.sentences)}${this.pick(SPACES)}`;
  }

  /** A sentence, sometimes cut into adjacent text nodes or with part of it wrapped in inline elements. */
  private addText(parent: Node, depth: number): void {
    const text = this.text();
    const roll = this.rand();
    if (roll < 0.5 || text.length < 4) {
      parent.appendChild(this.doc.createTextNode(text));
      return;
    }
    const a = 1 + this.int(text.length - 2);
    const b = a + this.int(text.length - a);
    parent.appendChild(this.doc.createTextNode(text.slice(0, a)));
    if (roll < 0.7 || depth > 8) parent.appendChild(this.doc.createTextNode(text.slice(a, b)));
    else {
      const inline = this.doc.createElement(this.pick(INLINE));
      inline.appendChild(this.doc.createTextNode(text.slice(a, b)));
      if (this.rand() < 0.3) this.addInline(inline, depth + 1);
      parent.appendChild(inline);
    }
    parent.appendChild(this.doc.createTextNode(text.slice(b)));
  }

  private addInline(parent: Node, depth: number): void {
    const el = this.doc.createElement(this.pick(INLINE));
    this.addText(el, depth + 1);
    parent.appendChild(el);
  }

  private addSkipped(parent: Node): void {
    const [tag, mark] = this.pick(SKIPPED);
    const el = this.doc.createElement(tag);
    mark(el);
    el.setAttribute('data-skip', '');
    const p = this.doc.createElement('p');
    p.appendChild(this.doc.createTextNode(this.pick(this.sentences)));
    el.appendChild(this.rand() < 0.5 ? p : this.doc.createTextNode(this.pick(this.sentences)));
    parent.appendChild(el);
  }

  private addList(parent: Node, depth: number): void {
    const list = this.doc.createElement(this.rand() < 0.5 ? 'ul' : 'ol');
    for (let i = 1 + this.int(5); i > 0; i--) {
      list.appendChild(this.doc.createTextNode(this.pick(SPACES)));
      const li = this.doc.createElement('li');
      if (this.rand() < 0.8) this.addText(li, depth + 1);
      else this.fill(li, depth + 1);
      list.appendChild(li);
    }
    parent.appendChild(list);
  }

  private addTable(parent: Node, depth: number): void {
    const table = this.doc.createElement('table');
    const body = this.doc.createElement('tbody');
    for (let r = 1 + this.int(3); r > 0; r--) {
      const tr = this.doc.createElement('tr');
      for (let c = 1 + this.int(3); c > 0; c--) {
        const td = this.doc.createElement(this.rand() < 0.2 ? 'th' : 'td');
        this.addText(td, depth + 1);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    parent.appendChild(table);
  }

  private addHeading(parent: Node): void {
    const bold = this.rand() < 0.3;
    const words = this.pick(this.sentences)
      .split(/\s+/)
      .slice(0, 1 + this.int(6))
      .join(' ')
      .replace(/[.,;:]+$/, '');
    const el = this.doc.createElement(bold ? 'p' : `h${1 + this.int(4)}`);
    if (bold) {
      const strong = this.doc.createElement('strong');
      strong.appendChild(this.doc.createTextNode(words));
      el.appendChild(strong);
    } else el.appendChild(this.doc.createTextNode(`${this.pick(SPACES)}${words}`));
    parent.appendChild(el);
  }

  fill(parent: Node, depth: number): void {
    for (let i = 1 + this.int(depth < 2 ? 7 : 4); i > 0; i--) {
      const roll = this.rand();
      if (roll < 0.25) this.addText(parent, depth);
      else if (roll < 0.3) parent.appendChild(this.doc.createTextNode(this.pick(SPACES) || ' '));
      else if (roll < 0.38) this.addInline(parent, depth);
      else if (roll < 0.42) parent.appendChild(this.doc.createElement('br'));
      else if (roll < 0.45) parent.appendChild(this.doc.createComment(' note '));
      else if (roll < 0.52) this.addSkipped(parent);
      else if (roll < 0.6) this.addHeading(parent);
      else if (roll < 0.66) this.addList(parent, depth);
      else if (roll < 0.7) this.addTable(parent, depth);
      else if (depth < 5) {
        const el = this.doc.createElement(this.pick(BLOCK));
        this.fill(el, depth + 1);
        parent.appendChild(el);
      } else this.addText(parent, depth);
    }
  }
}

/** A fresh document whose body is a random tree (after one plain paragraph, so no page is empty). */
export function randomPage(seed: number, sentences: readonly string[]): Document {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const doc = document as unknown as Document;
  const intro = doc.createElement('p');
  intro.textContent = sentences[seed % sentences.length] ?? '';
  doc.body.appendChild(intro);
  new TreeBuilder(doc, seed, sentences).fill(doc.body, 0);
  return doc;
}
