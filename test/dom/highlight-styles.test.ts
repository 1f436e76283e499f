import { describe, expect, it } from 'vitest';
import { FLASH, HIGHLIGHT_PREFIX, highlightCss } from '../../content/highlight-styles.ts';
import { LABEL_INFO, LABELS } from '../../src/classify/labels.ts';

describe('highlight CSS', () => {
  it('high contrast fills more strongly and underlines, in the same hues', () => {
    const css = highlightCss('high-contrast');
    for (const label of LABELS) {
      const { id, colour } = LABEL_INFO[label];
      expect(css).toContain(
        `::highlight(${HIGHLIGHT_PREFIX}${id}) { background-color: ${colour}9E; text-decoration: underline 2px ${colour}; }`,
      );
    }
  });

  it.each(
    LABELS.map((l) => [l, LABEL_INFO[l].id, LABEL_INFO[l].colour]),
  )('%s: a highlight rule and a fallback mark rule, in its own colour at 38%%', (_label, id, colour) => {
    const css = highlightCss();
    const fill = `${colour}61`; // 0.38 × 255 = 96.9 → 0x61
    expect(css).toContain(`::highlight(${HIGHLIGHT_PREFIX}${id}) { background-color: ${fill}; }`);
    expect(css).toContain(`policy-lens-mark[data-label="${id}"] { background-color: ${fill}; }`);
  });

  it('uses ids that are valid CSS identifiers and distinct', () => {
    const ids = LABELS.map((l) => LABEL_INFO[l].id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
    expect(FLASH).toBe('policy-lens-flash');
  });
});
