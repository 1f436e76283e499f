/**
 * Lead-ins over list items: "We will never:" followed by "Sell any kind of personal information" says the company
 * never sells. The items are separate blocks (and often separate paragraphs) by the time the engine reads them, so
 * the lead-in travels with them: a list paragraph records the sentence that introduces it (`ParagraphInput.leadIn`),
 * and within a paragraph a sentence ending in a colon introduces the lines after it.
 */
import type { Block, ParagraphInput } from '../types.ts';

const INTRODUCES = /:\s*$/;

/** The last sentence of a text when it introduces what follows ("… in the following cases:"), else undefined. */
export function introduction(text: string): string | undefined {
  const trimmed = text.trimEnd();
  if (!INTRODUCES.test(trimmed)) return undefined;
  const cut = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('\n'));
  return trimmed.slice(cut + 1).trim();
}

/**
 * The paragraphs with `leadIn` set on every run of list-item paragraphs that follows a paragraph ending in a colon
 * under the same heading. `paragraphs` come from `toParagraphs(blocks)`; the ones given are returned when none
 * changes.
 */
export function withLeadIns(blocks: readonly Block[], paragraphs: readonly ParagraphInput[]): ParagraphInput[] {
  let leadIn: string | undefined;
  let heading: string | undefined;
  return paragraphs.map((p) => {
    const listed = p.pieces.length > 0 && p.pieces.every((piece) => blocks[piece.block]?.kind === 'list-item');
    if (!listed || p.heading !== heading) leadIn = undefined;
    const own = leadIn;
    if (!listed) leadIn = introduction(p.text);
    heading = p.heading;
    return own ? { ...p, leadIn: own } : p;
  });
}

/**
 * Per sentence of one paragraph, the lead-in it is read under: the paragraph's own (`outer`) until a sentence of it
 * ends in a colon, then that sentence. `leadInsOf(['We never:', 'Sell data'])` → `[undefined, 'We never:']`.
 */
export function leadInsOf(sentences: readonly string[], outer?: string): (string | undefined)[] {
  let current = outer;
  return sentences.map((sentence) => {
    const own = current;
    if (INTRODUCES.test(sentence)) current = sentence;
    return own;
  });
}
