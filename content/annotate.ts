/**
 * One annotation of the page: the extracted text, the report, and everything drawn for it. `clear()` removes all
 * of it; nothing else in the content script touches the page.
 */
import type { Label } from '../src/classify/labels.ts';
import { keySentence, primaryLabel } from '../src/explain.ts';
import type { Report } from '../src/types.ts';
import { type ExtractedPage, yieldToPage } from './extract-blocks.ts';
import { createPainter, lineBoxes, type NodeSlice, type Painter, piecesWithin, slicesFor } from './highlight.ts';
import { SliceIndex, watchHover } from './hover.ts';
import { createTooltip, type Tooltip } from './tooltip.ts';

/** Shown until the reader asks: "Other" paints half the page grey and tells nothing. */
export const HIDDEN_BY_DEFAULT: readonly Label[] = ['Other'];

/** A user-timing mark once every highlight is painted: `npm run bench` times DOMContentLoaded → highlights by it. */
export const PAINTED = 'policy-lens:painted';

/** How long one slice of range-building may hold the main thread before the page gets a turn. */
const SLICE_MS = 8;

type Result = Report['paragraphs'][number];

export class Annotation {
  readonly hidden = new Set<Label>(HIDDEN_BY_DEFAULT);
  private readonly painter: Painter;
  private readonly tooltip: Tooltip;
  private readonly index = new SliceIndex();
  private readonly slices = new Map<number, NodeSlice[]>();
  private readonly labels = new Set<Label>();
  private readonly controller = new AbortController();
  /** Labelled paragraphs not painted yet, in document order. */
  private readonly todo: Result[];
  /** The paragraph whose key sentence is marked, if any. */
  private emphasised: number | null = null;
  private keyMarked = false;

  constructor(
    private readonly doc: Document,
    readonly page: ExtractedPage,
    readonly report: Report,
  ) {
    this.painter = createPainter(doc);
    this.tooltip = createTooltip(doc);
    this.todo = report.paragraphs.filter((p) => primaryLabel(p));
  }

  /**
   * Builds the highlights a slice at a time while nothing shows yet (Highlight API ranges paint only once
   * registered), so `draw()` is a quick swap. A no-op for the wrapping fallback, which cannot paint unseen.
   */
  async prepare(signal: AbortSignal, pause: () => Promise<void> = yieldToPage): Promise<void> {
    if (!this.painter.paintsUnseen) return;
    let deadline = performance.now() + SLICE_MS;
    while (this.todo.length && !signal.aborted) {
      this.place(this.todo.splice(-1));
      if (performance.now() < deadline) continue;
      await pause();
      deadline = performance.now() + SLICE_MS;
    }
  }

  /** Paints whatever `prepare` has not, shows the labels that are not hidden, and starts answering hovers. */
  draw(): void {
    this.place(this.todo.splice(0));
    for (const label of this.labels) this.painter.setVisible(label, !this.hidden.has(label));
    watchHover(this.doc, this.index, (id, x, y) => this.hover(id, x, y), this.controller.signal);
    this.doc.defaultView?.performance?.mark?.(PAINTED);
  }

  private place(results: readonly Result[]): void {
    const painted = results.map((result) => ({ result, slices: slicesFor(this.page, result.pieces) }));
    for (const [id, slices] of this.painter.paint(painted)) {
      this.slices.set(id, slices);
      this.index.add(id, slices);
    }
    for (const result of results) {
      const label = primaryLabel(result);
      if (label) this.labels.add(label);
    }
  }

  setVisible(label: Label, visible: boolean): void {
    if (visible) this.hidden.delete(label);
    else this.hidden.add(label);
    this.painter.setVisible(label, visible);
  }

  /** Scrolls the paragraph into view and flashes it; false when it is not on the page (any more). */
  reveal(id: number): boolean {
    const slices = this.slices.get(id) ?? [];
    const first = slices.find((s) => s.node.isConnected);
    if (!first) return false;
    first.node.parentElement?.scrollIntoView({ block: 'center', behavior: this.scrollBehaviour() });
    this.painter.flash(slices);
    return true;
  }

  clear(): void {
    this.controller.abort();
    this.painter.clear();
    this.tooltip.remove();
    this.index.clear();
  }

  /** Smooth only where it can be seen and is wanted: a hidden tab drops smooth scrolls (Firefox). */
  private scrollBehaviour(): ScrollBehavior {
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    return this.doc.visibilityState === 'visible' && !reduced ? 'smooth' : 'instant';
  }

  private hover(id: number | null, x: number, y: number): void {
    const paragraph = id === null ? undefined : this.report.paragraphs[id];
    const label = paragraph && primaryLabel(paragraph);
    if (!paragraph || !label || this.hidden.has(label)) {
      this.tooltip.hide();
      this.painter.emphasise([]);
      this.emphasised = null;
      this.keyMarked = false;
      return;
    }
    const key = this.emphasised === paragraph.id ? null : this.keySlices(paragraph, label);
    if (key) {
      this.emphasised = paragraph.id;
      this.painter.emphasise(key);
      this.keyMarked = this.painter.paintsUnseen && key.length > 0;
    }
    const lines = () => lineBoxes(this.slices.get(paragraph.id) ?? []);
    this.tooltip.show(paragraph, this.report, x, y, this.keyMarked, lines);
  }

  /** Where the sentence that says what the tooltip says lies on the page; [] when there is none to single out. */
  private keySlices(paragraph: Result, label: Label): NodeSlice[] {
    const sentence = paragraph.sentences.length > 1 ? keySentence(this.report, paragraph, label) : null;
    return sentence ? slicesFor(this.page, piecesWithin(paragraph.pieces, sentence.start, sentence.end)) : [];
  }
}
