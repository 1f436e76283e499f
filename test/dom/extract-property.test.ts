/** Properties of extraction (and of painting from its offsets) over ~200 random nested pages. */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../content/extract-blocks.ts';
import { toParagraphs } from '../../src/segment/paragraphs.ts';
import { expectRunsMapBack } from './dom.ts';
import { opp115Sentences, randomPage } from './random-dom.ts';

const SENTENCES = opp115Sentences();
const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);

/** Non-space characters of every text node the reader should see, in document order. */
function visibleText(root: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push((node as Text).data);
    if (node.nodeType !== 1 || (node as Element).hasAttribute('data-skip')) return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return out.join('').replace(/\s+/g, '');
}

describe('extractBlocks over random pages', () => {
  it('loads enough OPP-115 sentences to build from', () => {
    expect(SENTENCES.length).toBeGreaterThan(1000);
  });

  it.each(SEEDS)('seed %i: runs map every block character back to its text node', (seed) => {
    const page = extractBlocks(randomPage(seed, SENTENCES).body);
    expect(page.blocks.length).toBeGreaterThan(0);
    expectRunsMapBack(page);
  });

  it.each(SEEDS)('seed %i: reads exactly the visible text, trimmed and collapsed, headings in context', (seed) => {
    const doc = randomPage(seed, SENTENCES);
    const page = extractBlocks(doc.body);
    expect(
      page.blocks
        .map((b) => b.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(visibleText(doc.body));
    const seenHeadings = new Set<string>();
    for (const b of page.blocks) {
      expect(b.text).toBe(b.text.trim());
      expect(b.text).not.toMatch(/\s\s|[\t\n\u00a0]/);
      for (const h of b.headings) expect(seenHeadings.has(h), `heading context ${JSON.stringify(h)}`).toBe(true);
      if (b.kind === 'heading') seenHeadings.add(b.text);
    }
    const paragraphs = toParagraphs(page.blocks);
    for (const p of paragraphs) {
      expect(p.pieces.map((x) => page.blocks[x.block]?.text.slice(x.start, x.end)).join('\n')).toBe(p.text);
    }
  });

  it.each(SEEDS.slice(0, 50))('seed %i: stopping at a character limit leaves a consistent prefix', (seed) => {
    const doc = randomPage(seed, SENTENCES);
    const full = extractBlocks(doc.body);
    const limit = 100 + (seed % 9) * 150;
    const cut = extractBlocks(doc.body, { maxCharacters: limit });
    expectRunsMapBack(cut);
    expect(cut.truncated).toBe(full.characters >= limit);
    const all = full.blocks.map((b) => b.text).join('\n');
    const prefix = cut.blocks.map((b) => b.text).join('\n');
    // The last block read may be cut short; everything before it is whole.
    expect(all.startsWith(prefix.slice(0, prefix.lastIndexOf('\n') + 1))).toBe(true);
  });
});
