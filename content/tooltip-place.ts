/**
 * Where the tooltip goes: never over the paragraph it explains. Pure geometry on the paragraph's line boxes (its
 * client rects) and the viewport: below the paragraph, else above, else beside it; where the paragraph fills the
 * screen, any free spot nearest the pointer (beside short lines, between the lines' ends and the viewport's edge);
 * only if there is none, the spot that hides the least of it.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 10;
const STEP = 16;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

function overlap(a: Box, b: Box): number {
  const w = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const h = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const covered = (tip: Box, lines: readonly Box[]) => lines.reduce((sum, line) => sum + overlap(tip, line), 0);

/** The lines inside the viewport, each grown by the gap so the tooltip never touches them. */
function visibleLines(lines: readonly Box[], view: { width: number; height: number }): Box[] {
  return lines
    .map((l) => ({ left: l.left - GAP / 2, top: l.top - GAP / 2, width: l.width + GAP, height: l.height + GAP }))
    .filter(
      (l) =>
        l.width > GAP && l.height > GAP && bottom(l) > 0 && l.top < view.height && right(l) > 0 && l.left < view.width,
    );
}

/** The top-left corner for a tooltip of `size`; `pointer` breaks ties (the reader's eyes are there). */
export function placeTooltip(
  size: { width: number; height: number },
  paragraph: readonly Box[],
  pointer: { x: number; y: number },
  view: { width: number; height: number },
): { left: number; top: number } {
  const lines = visibleLines(paragraph, view);
  const inView = (left: number, top: number): Box => ({
    left: clamp(left, MARGIN, view.width - size.width - MARGIN),
    top: clamp(top, MARGIN, view.height - size.height - MARGIN),
    ...size,
  });
  const box = lines.length ? union(lines) : { left: pointer.x, top: pointer.y, width: 0, height: 0 };
  const x = pointer.x - size.width / 3;
  const y = pointer.y - size.height / 2;
  const preferred = [
    inView(x, bottom(box)),
    inView(x, box.top - size.height),
    inView(right(box), y),
    inView(box.left - size.width, y),
  ];
  const clear = preferred.find((tip) => covered(tip, lines) === 0);
  if (clear) return { left: clear.left, top: clear.top };
  return nearestFree(size, lines, pointer, view, inView);
}

function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return { left, top, width: Math.max(...boxes.map(right)) - left, height: Math.max(...boxes.map(bottom)) - top };
}

/** Every spot of the viewport on a grid: the free one nearest the pointer, else the one covering the least. */
function nearestFree(
  size: { width: number; height: number },
  lines: readonly Box[],
  pointer: { x: number; y: number },
  view: { width: number; height: number },
  inView: (left: number, top: number) => Box,
): { left: number; top: number } {
  let best = inView(pointer.x, pointer.y);
  let bestCost = Number.POSITIVE_INFINITY;
  for (let top = MARGIN; top <= Math.max(MARGIN, view.height - size.height - MARGIN); top += STEP) {
    for (let left = MARGIN; left <= Math.max(MARGIN, view.width - size.width - MARGIN); left += STEP) {
      const tip = inView(left, top);
      const distance = Math.hypot(tip.left + size.width / 2 - pointer.x, tip.top + size.height / 2 - pointer.y);
      // Any overlap costs more than any distance on screen: a free spot always wins.
      const cost = covered(tip, lines) * 1e6 + distance;
      if (cost < bestCost) {
        best = tip;
        bestCost = cost;
      }
    }
  }
  return { left: best.left, top: best.top };
}
