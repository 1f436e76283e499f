/** Shared helpers for the DOM tests: a linkedom document, and the extraction invariants. */
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { ExtractedPage } from '../../content/extract-blocks.ts';

/** The value, or a thrown error naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

export function documentOf(bodyHtml: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`);
  return document as unknown as Document;
}

const isSpace = (c: string) => /\s/.test(c);

/**
 * Every run maps block text back to its text node character for character, a collapsed space to one whitespace
 * character; runs tile the block text in order without overlap; every non-space character is covered.
 */
export function expectRunsMapBack(page: ExtractedPage): void {
  expect(page.runs).toHaveLength(page.blocks.length);
  page.blocks.forEach((block, i) => {
    const runs = page.runs[i] ?? [];
    const covered = new Array<boolean>(block.text.length).fill(false);
    let previousEnd = 0;
    for (const run of runs) {
      expect(run.length, `block ${i}: empty run`).toBeGreaterThan(0);
      expect(run.start, `block ${i}: runs out of order or overlapping`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = run.start + run.length;
      expect(previousEnd).toBeLessThanOrEqual(block.text.length);
      expect(run.offset + run.length).toBeLessThanOrEqual(run.node.data.length);
      const fromNode = run.node.data.slice(run.offset, run.offset + run.length);
      const fromBlock = block.text.slice(run.start, run.start + run.length);
      for (let k = 0; k < run.length; k++) {
        const a = fromNode[k] ?? '';
        const b = fromBlock[k] ?? '';
        if (!(a === b || (isSpace(a) && b === ' '))) {
          expect.fail(
            `block ${i} run at ${run.start}: node ${JSON.stringify(fromNode)} vs block ${JSON.stringify(fromBlock)}`,
          );
        }
        covered[run.start + k] = true;
      }
    }
    for (let c = 0; c < block.text.length; c++) {
      if (!isSpace(block.text[c] ?? '') && !covered[c])
        expect.fail(`block ${i} char ${c} of ${JSON.stringify(block.text)} has no run`);
    }
  });
}
