/**
 * Blocks → the paragraphs the classifier judges. Mostly one block is one paragraph; runs of short list items under
 * one heading are judged together (a lone "email address" item says little), and very long blocks (a page that is
 * one text node) are cut at sentence ends so no paragraph is too long to judge or to highlight usefully.
 */
import type { Block, BlockRange, ParagraphInput } from '../types.ts';

const SHORT_ITEM = 90;
const MERGE_LIMIT = 600;
const MAX_PARAGRAPH = 1500;
/** Paragraph text joins its pieces with this; offsets of later pieces shift by its length. */
export const PIECE_SEPARATOR = '\n';

/** A paragraph's text: its pieces of the blocks, joined by PIECE_SEPARATOR. */
export function paragraphText(blocks: readonly Block[], pieces: readonly BlockRange[]): string {
  return pieces.map((p) => blocks[p.block]?.text.slice(p.start, p.end) ?? '').join(PIECE_SEPARATOR);
}

export function toParagraphs(blocks: readonly Block[]): ParagraphInput[] {
  const out: ParagraphInput[] = [];
  let pending: { pieces: BlockRange[]; heading: string; length: number } | null = null;
  const emit = (pieces: BlockRange[], heading: string) => {
    out.push({ id: out.length, text: paragraphText(blocks, pieces), heading, pieces });
  };
  const flush = () => {
    if (pending) emit(pending.pieces, pending.heading);
    pending = null;
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' || !block.text.trim()) return;
    const heading = block.headings.at(-1) ?? '';
    const range = trimmed(block.text, index, 0, block.text.length);
    if (!range) return;
    const length = range.end - range.start;
    if (block.kind === 'list-item' && length <= SHORT_ITEM) {
      if (pending && (pending.heading !== heading || pending.length + length > MERGE_LIMIT)) flush();
      pending ??= { pieces: [], heading, length: 0 };
      pending.pieces.push(range);
      pending.length += length + 1;
      return;
    }
    flush();
    for (const piece of cutLong(block.text, range)) emit([piece], heading);
  });
  flush();
  return out;
}

/** The range without surrounding whitespace, or null when nothing is left. */
function trimmed(text: string, block: number, start: number, end: number): BlockRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { block, start: s, end: e } : null;
}

/** Cuts a long range at sentence ends (or, failing that, spaces) into ranges of at most MAX_PARAGRAPH. */
function cutLong(text: string, range: BlockRange): BlockRange[] {
  const out: BlockRange[] = [];
  let start = range.start;
  while (range.end - start > MAX_PARAGRAPH) {
    const window = text.slice(start, start + MAX_PARAGRAPH);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    const cut = sentenceEnd > MAX_PARAGRAPH / 3 ? sentenceEnd + 1 : window.lastIndexOf(' ') + 1 || MAX_PARAGRAPH;
    const piece = trimmed(text, range.block, start, start + cut);
    if (piece) out.push(piece);
    start += cut;
  }
  const last = trimmed(text, range.block, start, range.end);
  if (last) out.push(last);
  return out;
}
