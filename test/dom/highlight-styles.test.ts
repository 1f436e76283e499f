import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLASH, HIGHLIGHT_PREFIX, highlightCss } from '../../content/highlight-styles.ts';
import { LABEL_INFO, LABELS } from '../../src/classify/labels.ts';

const CSS_FILE = fileURLToPath(new URL('../../content/highlights.css', import.meta.url));

describe('highlight CSS', () => {
  it('content/highlights.css is current (run `npm run gen:css` after changing the palette)', () => {
    expect(readFileSync(CSS_FILE, 'utf8')).toBe(highlightCss());
  });

  it.each(LABELS.map((l) => [l, LABEL_INFO[l].id, LABEL_INFO[l].colour]))(
    '%s: a highlight rule and a fallback mark rule, in its own colour at 38%%',
    (_label, id, colour) => {
      const css = highlightCss();
      const fill = `${colour}61`; // 0.38 × 255 = 96.9 → 0x61
      expect(css).toContain(`::highlight(${HIGHLIGHT_PREFIX}${id}) { background-color: ${fill}; }`);
      expect(css).toContain(`policy-lens-mark[data-label="${id}"] { background-color: ${fill}; }`);
    },
  );

  it('uses ids that are valid CSS identifiers and distinct', () => {
    const ids = LABELS.map((l) => LABEL_INFO[l].id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
    expect(FLASH).toBe('policy-lens-flash');
  });
});
