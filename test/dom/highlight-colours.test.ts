/**
 * Every pair of category colours stays told apart as the page shows them: each colour at its palette's tint
 * (highlight-styles.ts TINTS), blended over a white page and over a dark one, compared by CIEDE2000.
 *
 * The threshold, ΔE2000 ≥ 10: a difference of about 1 is just noticeable between two patches side by side, and
 * 2–5 is a clear difference between adjacent patches. Highlights are neither side by side nor patches: two
 * categories are often paragraphs apart, recognised against the popup's legend from memory, and the colour shows
 * through the gaps between letters. At about 10 two colours stop looking like shades of one colour and are named
 * differently, which is what telling categories apart at a glance needs. Each tint also stands ≥ 10 off the page
 * itself, or the paragraph would look unpainted.
 */
import { describe, expect, it } from 'vitest';
import { TINTS } from '../../content/highlight-styles.ts';
import { LABEL_INFO, LABELS } from '../../src/classify/labels.ts';
import type { Palette } from '../../src/settings.ts';
import { blend, deltaE2000, hexToRgb, type Rgb, rgbToLab } from './ciede2000.ts';

const THRESHOLD = 10;
const PAGES: Record<string, Rgb> = { light: [255, 255, 255], dark: [18, 18, 18] };

function tinted(palette: Palette, page: Rgb) {
  return LABELS.map((label) => ({
    id: LABEL_INFO[label].id,
    lab: rgbToLab(blend(hexToRgb(LABEL_INFO[label].colour), TINTS[palette], page)),
  }));
}

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal (2005), Table 1: pairs 1, 7, 13, 17, 25 and their published differences.
  it.each<[number[], number[], number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])('%j vs %j = %f', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });
});

describe.each(Object.keys(TINTS) as Palette[])('the %s palette', (palette) => {
  describe.each(Object.entries(PAGES))('over a %s page', (_name, page) => {
    const colours = tinted(palette, page);
    const pairs = colours.flatMap((a, i) =>
      colours.slice(i + 1).map((b): [string, string, number] => [a.id, b.id, deltaE2000(a.lab, b.lab)]),
    );

    it.each(pairs)(`tells %s from %s (ΔE2000 %f ≥ ${THRESHOLD})`, (_a, _b, difference) => {
      expect(difference).toBeGreaterThanOrEqual(THRESHOLD);
    });

    it.each(
      colours.map((c): [string, number] => [c.id, deltaE2000(c.lab, rgbToLab(page))]),
    )('paints %s visibly (ΔE2000 %f from the page)', (_id, difference) => {
      expect(difference).toBeGreaterThanOrEqual(THRESHOLD);
    });
  });
});

it('holds retention and advertising, the pair the issue found too close, well apart', () => {
  const at = (label: 'Data Retention' | 'Advertising') =>
    rgbToLab(blend(hexToRgb(LABEL_INFO[label].colour), TINTS['okabe-ito'], PAGES.light as Rgb));
  expect(deltaE2000(at('Data Retention'), at('Advertising'))).toBeGreaterThanOrEqual(THRESHOLD);
});
