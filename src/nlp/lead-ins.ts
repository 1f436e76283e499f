/**
 * Lead-ins over list items: "We will never:" followed by "Sell any kind of personal information" says the company
 * never sells. The items are separate blocks (and often separate paragraphs) by the time the engine reads them, so
 * the lead-in travels with them: a list paragraph records the sentence that introduces it (`ParagraphInput.leadIn`),
 * and within a paragraph a sentence ending in a colon introduces the lines after it.
 */
import type { Block, ParagraphInput } from '../types.ts';
import { isHandling } from './stance-group.ts';
import { AUX } from './stance-terms.ts';

const INTRODUCES = /:\s*$/;

/** The last sentence of a text when it introduces what follows ("… in the following cases:"), else undefined. */
export function introduction(text: string): string | undefined {
  const trimmed = text.trimEnd();
  if (!INTRODUCES.test(trimmed)) return undefined;
  const cut = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('\n'));
  return trimmed.slice(cut + 1).trim();
}

/** A lead-in alone in its paragraph ("Windstream does not:"), short enough to introduce items that are not list items. */
const BARE_LEAD_IN = 120;

/** An item that is not a list item starts as a continuation would: with a verb ("Sell any customer data…"). */
export function continues(text: string): boolean {
  const first = /^\W*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '';
  return isHandling(first) || AUX.has(first) || CONTINUATIONS.has(first);
}
const CONTINUATIONS = new Set(
  'allow permit let authorize authorise ask contact send rent to with by for never not'.split(' '),
);

type Run = 'none' | 'open' | 'list' | 'paragraphs';

/**
 * The paragraphs with `leadIn` set on every run of items that follows a paragraph ending in a colon under the same
 * heading: list items, or, after a bare lead-in, paragraphs that continue it (start with a verb). A run is one or the
 * other; the first paragraph that is neither ends it. `paragraphs` come from `toParagraphs(blocks)`.
 */
export function withLeadIns(blocks: readonly Block[], paragraphs: readonly ParagraphInput[]): ParagraphInput[] {
  let leadIn: string | undefined;
  let run: Run = 'none';
  let bare = false;
  let heading: string | undefined;
  return paragraphs.map((p) => {
    const listed = p.pieces.length > 0 && p.pieces.every((piece) => blocks[piece.block]?.kind === 'list-item');
    const next: Run = listed ? 'list' : bare && continues(p.text) ? 'paragraphs' : 'none';
    const item = leadIn !== undefined && p.heading === heading && next !== 'none' && (run === 'open' || run === next);
    const own = item ? leadIn : undefined;
    if (item) run = next;
    else {
      leadIn = listed ? undefined : introduction(p.text);
      bare = !!leadIn && p.text.trim().length <= BARE_LEAD_IN && leadIn === p.text.trim();
      run = leadIn ? 'open' : 'none';
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
