/**
 * Paints classified paragraphs onto the page from the offsets extraction recorded — never by searching for text.
 * The CSS Custom Highlight API leaves the DOM untouched; where it is missing, text is wrapped in
 * `<policy-lens-mark>` elements that `clear()` unwraps again. Paragraphs the model is unsure of are also marked
 * low-confidence (drawn dashed), so a 30 % guess does not look like a 95 % finding.
 */
import { LABEL_INFO, type Label } from '../src/classify/labels.ts';
import { primaryLabel } from '../src/explain.ts';
import { PIECE_SEPARATOR } from '../src/segment/paragraphs.ts';
import type { BlockRange, ParagraphResult } from '../src/types.ts';
import { isLowConfidence } from './confidence.ts';
import type { ExtractedPage } from './extract-blocks.ts';
import { FLASH, HIGHLIGHT_PREFIX, KEY, LOW } from './highlight-styles.ts';
import { MarkPainter } from './mark-painter.ts';

/** A stretch of one text node: characters [from, to) of `node`. */
export interface NodeSlice {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text-node slices that hold a paragraph's pieces, in document order. Runs the page has since taken out of
 * the document, or shortened, are left out: the page may change while the engine works.
 */
export function slicesFor(page: ExtractedPage, pieces: readonly BlockRange[]): NodeSlice[] {
  const out: NodeSlice[] = [];
  for (const piece of pieces) {
    for (const run of page.runs[piece.block] ?? []) {
      const from = Math.max(piece.start, run.start);
      const to = Math.min(piece.end, run.start + run.length);
      const end = run.offset + to - run.start;
      if (to > from && run.node.isConnected && end <= run.node.length) {
        out.push({ node: run.node, from: run.offset + from - run.start, to: end });
      }
    }
  }
  return out;
}

/**
 * The block ranges that hold characters [start, end) of a paragraph's text, which is its pieces joined by
 * PIECE_SEPARATOR; e.g. a sentence of a paragraph → where that sentence lies in the blocks.
 */
export function piecesWithin(pieces: readonly BlockRange[], start: number, end: number): BlockRange[] {
  const out: BlockRange[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = piece.end - piece.start;
    const from = Math.max(start, at);
    const to = Math.min(end, at + length);
    if (to > from) out.push({ block: piece.block, start: piece.start + from - at, end: piece.start + to - at });
    at += length + PIECE_SEPARATOR.length;
  }
  return out;
}

/** Where a paragraph's text lies on screen: the line boxes of its slices (the tooltip keeps clear of them). */
export function lineBoxes(slices: readonly NodeSlice[]): DOMRect[] {
  const out: DOMRect[] = [];
  for (const { node, from, to } of slices) {
    if (!node.isConnected) continue;
    const range = node.ownerDocument.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    out.push(...range.getClientRects());
  }
  return out;
}

export interface Painter {
  /** Whether painting shows nothing until `setVisible` (so it can be done ahead, a slice at a time). */
  readonly paintsUnseen: boolean;
  /**
   * Paints each paragraph and returns where its text now lives, by paragraph id: the same slices for the
   * Highlight API, the new text nodes inside the marks for the fallback (which splits nodes).
   */
  paint(paragraphs: readonly { result: ParagraphResult; slices: NodeSlice[] }[]): Map<number, NodeSlice[]>;
  setVisible(label: Label, visible: boolean): void;
  flash(slices: readonly NodeSlice[]): void;
  /** Marks the sentence that carries a hovered paragraph's label ([] to unmark). Highlight API only. */
  emphasise(slices: readonly NodeSlice[]): void;
  clear(): void;
}

export function createPainter(doc: Document): Painter {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
  return registry && typeof Highlight === 'function' ? new HighlightPainter(doc, registry) : new MarkPainter(doc);
}

class HighlightPainter implements Painter {
  readonly paintsUnseen = true;
  private readonly highlights = new Map<Label, Highlight>();
  /** Each label's low-confidence ranges; the one LOW highlight shows those of the visible labels. */
  private readonly low = new Map<Label, Range[]>();
  private readonly visible = new Set<Label>();
  private flashTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
  ) {}

  paint(paragraphs: readonly { result: ParagraphResult; slices: NodeSlice[] }[]): Map<number, NodeSlice[]> {
    const placed = new Map<number, NodeSlice[]>();
    for (const { result, slices } of paragraphs) {
      const label = primaryLabel(result);
      if (!label) continue;
      placed.set(result.id, slices);
      let highlight = this.highlights.get(label);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(label, highlight);
      }
      const ranges = slices.map((slice) => this.range(slice));
      for (const range of ranges) highlight.add(range);
      if (!isLowConfidence(result)) continue;
      const low = this.low.get(label);
      if (low) low.push(...ranges);
      else this.low.set(label, ranges);
    }
    return placed;
  }

  setVisible(label: Label, visible: boolean): void {
    const highlight = this.highlights.get(label);
    const name = HIGHLIGHT_PREFIX + LABEL_INFO[label].id;
    if (visible && highlight) this.registry.set(name, highlight);
    else this.registry.delete(name);
    if (visible) this.visible.add(label);
    else this.visible.delete(label);
    const low = [...this.visible].flatMap((l) => this.low.get(l) ?? []);
    if (low.length) this.registry.set(LOW, Object.assign(new Highlight(...low), { priority: 1 }));
    else this.registry.delete(LOW);
  }

  flash(slices: readonly NodeSlice[]): void {
    const highlight = new Highlight(...slices.map((s) => this.range(s)));
    highlight.priority = 10;
    this.registry.set(FLASH, highlight);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.registry.delete(FLASH), 1600) as unknown as number;
  }

  emphasise(slices: readonly NodeSlice[]): void {
    if (!slices.length) return void this.registry.delete(KEY);
    const highlight = new Highlight(...slices.map((s) => this.range(s)));
    highlight.priority = 5;
    this.registry.set(KEY, highlight);
  }

  clear(): void {
    for (const label of this.highlights.keys()) this.registry.delete(HIGHLIGHT_PREFIX + LABEL_INFO[label].id);
    this.registry.delete(FLASH);
    this.registry.delete(KEY);
    this.registry.delete(LOW);
    this.highlights.clear();
    this.low.clear();
    this.visible.clear();
  }

  private range({ node, from, to }: NodeSlice): Range {
    const range = this.doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    return range;
  }
}
