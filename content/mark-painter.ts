/**
 * The painter for browsers without the CSS Custom Highlight API: wraps each painted slice in an inert mark element,
 * which `clear()` unwraps again. Marks have no namespace: a page can define a custom element named like ours, and the
 * browser would run its code on our marks; it cannot for these.
 */
import { LABEL_INFO, type Label } from '../src/classify/labels.ts';
import { primaryLabel } from '../src/explain.ts';
import type { ParagraphResult } from '../src/types.ts';
import { isLowConfidence } from './confidence.ts';
import { ours } from './guard.ts';
import type { NodeSlice, Painter } from './highlight.ts';
import { MARK_TAG } from './highlight-styles.ts';

export class MarkPainter implements Painter {
  readonly paintsUnseen = false;
  private readonly marks = new Map<Label, Element[]>();
  private readonly markOf = new Map<Text, Element[]>();

  constructor(private readonly doc: Document) {}

  paint(paragraphs: readonly { result: ParagraphResult; slices: NodeSlice[] }[]): Map<number, NodeSlice[]> {
    // Paragraphs and their slices come in document order; wrapping from the last backwards keeps every earlier
    // offset valid while nodes are split.
    const jobs = paragraphs.flatMap(({ result, slices }) => {
      const label = primaryLabel(result);
      const low = isLowConfidence(result);
      return label ? slices.map((slice) => ({ label, slice, id: result.id, low })) : [];
    });
    const placed = new Map<number, NodeSlice[]>();
    for (const { label, slice, id, low } of jobs.reverse()) {
      const node = this.wrap(label, slice, low);
      if (node) push(placed, id, { node, from: 0, to: node.data.length });
    }
    for (const slices of placed.values()) slices.reverse();
    return placed;
  }

  setVisible(label: Label, visible: boolean): void {
    for (const mark of this.marks.get(label) ?? []) mark.toggleAttribute('data-hidden', !visible);
  }

  flash(slices: readonly NodeSlice[]): void {
    const marks = slices.flatMap((s) => this.markOf.get(s.node) ?? []);
    for (const m of marks) m.setAttribute('data-flash', '');
    setTimeout(() => {
      for (const m of marks) m.removeAttribute('data-flash');
    }, 1600);
  }

  /** Marks wrap whole paragraph slices; marking a sentence would split the page's text nodes again on every hover. */
  emphasise(): void {}

  clear(): void {
    for (const mark of [...this.marks.values()].flat()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks.clear();
    this.markOf.clear();
  }

  /** Wraps one slice in a mark; returns the text node now inside it. */
  private wrap(label: Label, { node, from, to }: NodeSlice, low: boolean): Text | null {
    if (to > node.data.length || !node.parentNode) return null;
    const tail = to < node.data.length ? node.splitText(to) : null;
    const middle = from > 0 ? node.splitText(from) : node;
    const mark = ours(this.doc.createElementNS(null, MARK_TAG));
    mark.setAttribute('data-label', LABEL_INFO[label].id);
    if (low) mark.setAttribute('data-low', '');
    middle.parentNode?.insertBefore(mark, tail ?? middle.nextSibling);
    mark.appendChild(middle);
    push(this.marks, label, mark);
    push(this.markOf, middle, mark);
    return middle;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
