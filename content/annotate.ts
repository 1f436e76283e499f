/**
 * One annotation of the page: the extracted text, the report, and everything drawn for it. `clear()` removes all
 * of it; nothing else in the content script touches the page.
 */
import type { Label } from '../src/classify/labels.ts';
import { primaryLabel } from '../src/explain.ts';
import type { Report } from '../src/types.ts';
import type { ExtractedPage } from './extract-blocks.ts';
import { createPainter, type NodeSlice, type Painter, slicesFor } from './highlight.ts';
import { SliceIndex, watchHover } from './hover.ts';
import { createTooltip, type Tooltip } from './tooltip.ts';

/** Shown until the reader asks: "Other" paints half the page grey and tells nothing. */
export const HIDDEN_BY_DEFAULT: readonly Label[] = ['Other'];

export class Annotation {
  readonly hidden = new Set<Label>(HIDDEN_BY_DEFAULT);
  private readonly painter: Painter;
  private readonly tooltip: Tooltip;
  private readonly index = new SliceIndex();
  private readonly slices = new Map<number, NodeSlice[]>();
  private readonly controller = new AbortController();

  constructor(
    private readonly doc: Document,
    readonly page: ExtractedPage,
    readonly report: Report,
  ) {
    this.painter = createPainter(doc);
    this.tooltip = createTooltip(doc);
  }

  draw(): void {
    const painted = this.report.paragraphs.flatMap((result) =>
      primaryLabel(result) ? [{ result, slices: slicesFor(this.page, result.pieces) }] : [],
    );
    for (const [id, slices] of this.painter.paint(painted)) {
      this.slices.set(id, slices);
      this.index.add(id, slices);
    }
    for (const label of new Set(painted.map((p) => primaryLabel(p.result)))) {
      if (label) this.painter.setVisible(label, !this.hidden.has(label));
    }
    watchHover(this.doc, this.index, (id, x, y) => this.hover(id, x, y), this.controller.signal);
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
    if (paragraph && label && !this.hidden.has(label)) this.tooltip.show(paragraph, this.report, x, y);
    else this.tooltip.hide();
  }
}
