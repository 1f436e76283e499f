/**
 * Hover detection for highlights. Highlight API ranges receive no events, so the pointer position is mapped to a
 * text position (caretPositionFromPoint) and looked up in an index of the painted slices. Only trusted pointer
 * events count: the page's own `dispatchEvent` cannot steer the tooltip.
 */
import type { NodeSlice } from './highlight.ts';

export interface HoverTarget {
  paragraph: number;
}

interface Entry extends NodeSlice {
  paragraph: number;
}

/** Text node → the painted slices in it, for point lookups. */
export class SliceIndex {
  private readonly byNode = new Map<Text, Entry[]>();

  add(paragraph: number, slices: readonly NodeSlice[]): void {
    for (const s of slices) {
      const list = this.byNode.get(s.node);
      const entry = { ...s, paragraph };
      if (list) list.push(entry);
      else this.byNode.set(s.node, [entry]);
    }
  }

  find(node: Node, offset: number): number | null {
    const entries = this.byNode.get(node as Text);
    const hit = entries?.find((e) => offset >= e.from && offset < e.to) ?? entries?.find((e) => offset === e.to);
    return hit ? hit.paragraph : null;
  }

  clear(): void {
    this.byNode.clear();
  }
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether (x, y) lies on the character at `offset` (the caret APIs also answer for points beside the text). */
function onCharacter(doc: Document, node: Node, offset: number, x: number, y: number): boolean {
  const text = node as Text;
  for (const start of [offset, offset - 1]) {
    if (start < 0 || start >= text.data.length) continue;
    const range = doc.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    const r = range.getBoundingClientRect();
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** Calls `onHover` with the paragraph under the pointer (or null), at most once a frame. */
export function watchHover(
  doc: Document,
  index: SliceIndex,
  onHover: (paragraph: number | null, x: number, y: number) => void,
  signal: AbortSignal,
): void {
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  const view = doc.defaultView;
  if (!view) return;
  const check = () => {
    frame = 0;
    if (!last) return;
    const { x, y } = last;
    const caret = caretAt(doc as CaretDoc, x, y);
    const hit = caret && caret.node.nodeType === 3 ? index.find(caret.node, caret.offset) : null;
    onHover(hit !== null && caret && onCharacter(doc, caret.node, caret.offset, x, y) ? hit : null, x, y);
  };
  const schedule = (event: MouseEvent) => {
    // Only the reader's own pointer: a page dispatching synthetic moves could open the tooltip where it likes.
    if (!event.isTrusted) return;
    last = { x: event.clientX, y: event.clientY };
    if (!frame) frame = view.requestAnimationFrame(check);
  };
  doc.addEventListener('mousemove', schedule, { passive: true, signal });
  doc.addEventListener('scroll', () => onHover(null, 0, 0), { passive: true, signal, capture: true });
  doc.documentElement.addEventListener('mouseleave', () => onHover(null, 0, 0), { signal });
}
