/**
 * The page-level CSS for highlights, generated from the label palette so colours live in one place. The background
 * worker inserts it into a tab (scripting.insertCSS) only when that tab paints highlights, so no page gets a
 * <style> element from us and pages without highlights get nothing at all.
 */
import { LABEL_INFO, LABELS } from '../src/classify/labels.ts';
import type { Palette } from '../src/settings.ts';

export const HIGHLIGHT_PREFIX = 'policy-lens-';
export const FLASH = `${HIGHLIGHT_PREFIX}flash`;
/** The sentence of the hovered paragraph that carries its label. */
export const KEY = `${HIGHLIGHT_PREFIX}key`;
/** Paragraphs the model is unsure of (highlight.ts, LOW_CONFIDENCE): dashed over their category's colour. */
export const LOW = `${HIGHLIGHT_PREFIX}low`;
/** The fallback's wrapping element, created without a namespace (highlight.ts). */
export const MARK_TAG = 'policy-lens-mark';

/**
 * How strongly each palette fills a paragraph with its category's colour. Every pair of categories stays at least
 * ΔE2000 10 apart at these tints, over white and over a dark page (test/dom/highlight-colours.test.ts).
 */
export const TINTS: Record<Palette, number> = { 'okabe-ito': 0.38, 'high-contrast': 0.62 };

/** `#E69F00` at 35% → `#E69F0059`. */
function tint(hex: string, alpha: number): string {
  const byte = Math.round(alpha * 255);
  return `${hex}${byte.toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * Both palettes share the hues; high contrast fills more strongly and underlines, for low-contrast screens and
 * readers who rely on more than colour. A low-confidence paragraph keeps its colour and gets a dashed underline in
 * the text's own colour, so it reads as a guess on any page.
 */
export function highlightCss(palette: Palette = 'okabe-ito'): string {
  const strong = palette === 'high-contrast';
  const rules = LABELS.map((label) => {
    const { id, colour } = LABEL_INFO[label];
    const fill = `background-color: ${tint(colour, TINTS[palette])};`;
    const style = strong ? `${fill} text-decoration: underline 2px ${colour};` : fill;
    return [`::highlight(${HIGHLIGHT_PREFIX}${id}) { ${style} }`, `${MARK_TAG}[data-label="${id}"] { ${style} }`].join(
      '\n',
    );
  });
  const dashed = `text-decoration: underline dashed ${strong ? 2 : 1.5}px currentColor; text-underline-offset: 3px;`;
  return [
    ...rules,
    `::highlight(${LOW}) { ${dashed} }`,
    `${MARK_TAG}[data-low] { ${dashed} }`,
    `::highlight(${FLASH}) { background-color: #FFD54F; color: #000; }`,
    `::highlight(${KEY}) { text-decoration: underline 2px #1B1F2A; text-underline-offset: 3px; }`,
    `::highlight(${HIGHLIGHT_PREFIX}new) { text-decoration: underline wavy 2px #D81B60; }`,
    `${MARK_TAG}[data-label] { all: unset; display: inline; color: inherit; }`,
    `${MARK_TAG}[data-hidden] { background-color: transparent; text-decoration: none; }`,
    `${MARK_TAG}[data-flash] { background-color: #FFD54F; color: #000; }`,
    '',
  ].join('\n');
}
