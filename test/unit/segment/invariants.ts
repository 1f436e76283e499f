/** Invariants of segmentation, shared by the hand-made and the real-seed tests. */
import { expect } from 'vitest';
import { PIECE_SEPARATOR } from '../../../src/segment/paragraphs.ts';
import type { Block, ParagraphInput } from '../../../src/types.ts';

/** The contract every caller relies on: a paragraph's text is exactly its pieces, joined. */
export function expectOffsetsReproduceText(blocks: readonly Block[], paragraphs: readonly ParagraphInput[]): void {
  for (const p of paragraphs) {
    for (const piece of p.pieces) {
      const b = blocks[piece.block];
      expect(b, `paragraph ${p.id} points at block ${piece.block}`).toBeDefined();
      expect(0 <= piece.start && piece.start < piece.end && piece.end <= (b?.text.length ?? 0)).toBe(true);
    }
    const rebuilt = p.pieces
      .map((piece) => blocks[piece.block]?.text.slice(piece.start, piece.end))
      .join(PIECE_SEPARATOR);
    expect(rebuilt).toBe(p.text);
  }
}

/** No text is lost: every non-space character of a non-heading block lies in exactly one piece. */
export function expectCoverage(blocks: readonly Block[], paragraphs: readonly ParagraphInput[]): void {
  const covered = blocks.map((b) => new Array<number>(b.text.length).fill(0));
  for (const p of paragraphs) {
    for (const { block, start, end } of p.pieces) {
      const counts = covered[block] ?? [];
      for (let c = start; c < end; c++) counts[c] = (counts[c] ?? 0) + 1;
    }
  }
  blocks.forEach((b, i) => {
    for (let c = 0; c < b.text.length; c++) {
      const count = covered[i]?.[c] ?? 0;
      if (b.kind === 'heading') expect(count, `heading ${i} char ${c}`).toBe(0);
      else if (/\S/.test(b.text.charAt(c))) expect(count, `block ${i} char ${c} ${JSON.stringify(b.text[c])}`).toBe(1);
      else expect(count).toBeLessThanOrEqual(1);
    }
  });
}
