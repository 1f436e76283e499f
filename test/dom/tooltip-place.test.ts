/** The tooltip's place: clear of every line of its paragraph, wherever the paragraph sits in the viewport. */
import { describe, expect, it } from 'vitest';
import { type Box, placeTooltip } from '../../content/tooltip-place.ts';

const VIEW = { width: 1200, height: 900 };
const TIP = { width: 340, height: 160 };

/** `count` lines of a paragraph, `width` wide, from (left, top), 20 px apart. */
function lines(left: number, top: number, count: number, width = 700): Box[] {
  return Array.from({ length: count }, (_, i) => ({
    left,
    top: top + i * 20,
    width,
    height: 18,
  }));
}

const intersects = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeTooltip', () => {
  it.each<[string, Box[], { x: number; y: number }]>([
    ['a paragraph in the middle', lines(100, 400, 4), { x: 300, y: 420 }],
    ['a paragraph at the bottom edge', lines(100, 820, 4), { x: 300, y: 850 }],
    ['a paragraph at the top edge', lines(100, 0, 4), { x: 300, y: 10 }],
    ['a paragraph running off the bottom', lines(100, 700, 20), { x: 300, y: 720 }],
    ['a paragraph at the right edge', lines(700, 400, 4, 500), { x: 1150, y: 420 }],
    ['a paragraph at the left edge, pointer at the corner', lines(0, 0, 3, 400), { x: 2, y: 2 }],
    ['a paragraph filling the height, a narrow column', lines(100, 0, 46, 600), { x: 300, y: 450 }],
    [
      'a paragraph filling the screen but for its last lines, set narrower (a list)',
      [...lines(0, 0, 35, 1200), ...lines(0, 700, 10, 500)],
      { x: 600, y: 450 },
    ],
  ])('%s: never over its lines, always inside the viewport', (_name, paragraph, pointer) => {
    const at = placeTooltip(TIP, paragraph, pointer, VIEW);
    const tip = { ...at, ...TIP };
    for (const line of paragraph) expect(intersects(tip, line)).toBe(false);
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.top).toBeGreaterThanOrEqual(0);
    expect(tip.left + tip.width).toBeLessThanOrEqual(VIEW.width);
    expect(tip.top + tip.height).toBeLessThanOrEqual(VIEW.height);
  });

  it('goes below a paragraph in the middle, near the pointer', () => {
    const at = placeTooltip(TIP, lines(100, 400, 4), { x: 300, y: 420 }, VIEW);
    expect(at.top).toBeGreaterThanOrEqual(400 + 4 * 20 - 2);
    expect(at.top).toBeLessThan(520);
  });

  it('goes above a paragraph at the bottom edge', () => {
    const at = placeTooltip(TIP, lines(100, 800, 4), { x: 300, y: 830 }, VIEW);
    expect(at.top + TIP.height).toBeLessThanOrEqual(800);
  });

  it('covers as little as it can of a paragraph that covers the whole viewport', () => {
    const wall = lines(0, 0, 46, 1200);
    const at = placeTooltip(TIP, wall, { x: 600, y: 450 }, VIEW);
    const covered = wall.filter((l) => intersects({ ...at, ...TIP }, l)).length;
    expect(covered).toBeLessThanOrEqual(Math.ceil(TIP.height / 20) + 1);
  });
});
