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

/** `#E69F00` at 35% → `#E69F0059`. */
function tint(hex: string, alpha: number): string {
  const byte = Math.round(alpha * 255);
  return `${hex}${byte.toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * Both palettes use the Okabe–Ito hues (told apart with the common colour-vision deficiencies); high contrast fills
 * more strongly and underlines, for low-contrast screens and readers who rely on more than colour.
 */
export function highlightCss(palette: Palette = 'okabe-ito'): string {
  const strong = palette === 'high-contrast';
  const rules = LABELS.map((label) => {
    const { id, colour } = LABEL_INFO[label];
    const style = strong
      ? `background-color: ${tint(colour, 0.62)}; text-decoration: underline 2px ${colour};`
      : `background-color: ${tint(colour, 0.38)};`;
    return [
      `::highlight(${HIGHLIGHT_PREFIX}${id}) { ${style} }`,
      `policy-lens-mark[data-label="${id}"] { ${style} }`,
    ].join('\n');
  });
  return [
    ...rules,
    `::highlight(${FLASH}) { background-color: #FFD54F; color: #000; }`,
    `::highlight(${KEY}) { text-decoration: underline 2px #1B1F2A; text-underline-offset: 3px; }`,
    `::highlight(${HIGHLIGHT_PREFIX}new) { text-decoration: underline wavy 2px #D81B60; }`,
    'policy-lens-mark { all: unset; display: inline; color: inherit; }',
    'policy-lens-mark[data-hidden] { background-color: transparent; text-decoration: none; }',
    'policy-lens-mark[data-flash] { background-color: #FFD54F; color: #000; }',
    '',
  ].join('\n');
}
