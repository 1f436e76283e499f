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

/** A paragraph that opens a clause of its own ("We…", "The…", "If…") is no item, whatever it follows. */
const OWN_CLAUSE =
  /^\W*(?:we|you|they|i|it|our|your|their|its|the|this|these|those|if|when|where|in|for|please|note|all|some|each|any|as|at)\b/i;
/** A lead-in alone in its paragraph ("Windstream does not:"), short enough to introduce items that are not list items. */
const BARE_LEAD_IN = 120;

/**
 * The paragraphs with `leadIn` set on every run of items that follows a paragraph ending in a colon under the same
 * heading: list items, and, after a bare lead-in, paragraphs that do not open a clause of their own ("Sell any
 * customer data to third parties."). `paragraphs` come from `toParagraphs(blocks)`.
 */
export function withLeadIns(blocks: readonly Block[], paragraphs: readonly ParagraphInput[]): ParagraphInput[] {
  let leadIn: string | undefined;
  let bare = false;
  let heading: string | undefined;
  return paragraphs.map((p) => {
    const listed = p.pieces.length > 0 && p.pieces.every((piece) => blocks[piece.block]?.kind === 'list-item');
    const item = listed || (bare && !OWN_CLAUSE.test(p.text));
    if (!item || p.heading !== heading) leadIn = undefined;
    const own = leadIn;
    if (!item) {
      leadIn = introduction(p.text);
      bare = !!leadIn && p.text.trim().length <= BARE_LEAD_IN && leadIn === p.text.trim();
    }
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
