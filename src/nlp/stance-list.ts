/**
 * A list item read under its lead-in: "We will never:" + "Sell any kind of personal information" says the company
 * never sells; "You have the right to know:" + "the categories of personal information we sold" describes a right.
 */
import { continues } from './lead-ins.ts';
import { type Practice, type Reading, stanceOf } from './stance.ts';

/** A lead-in that introduces the reader's rights ("You have the right to request:", "the following rights:"). */
const RIGHTS_INTRO =
  /\b(?:you|consumers?|residents?|users?|individuals)\b[^:]*\b(?:rights?|request|entitled|ask (?:us|for)|know)\b|\b(?:following|these|your|such|their) rights\b|\bright to\b/i;
/** An item that opens a clause of its own ("We…", "The…", "If…"), where a continuation would start with a verb. */
const OWN_CLAUSE = /^\W*(?:we|you|they|i|it|our|your|their|its|if|when|where|please|note|some|each|any|for|in|as)\b/i;

/**
 * The reading of a list item under its lead-in ("We will never:" + "Sell any kind of personal information"): an
 * item that does not open a clause of its own continues the lead-in's sentence; one that does keeps its own reading,
 * except that under a denial whose exceptions are being listed ("We do not share it, except in these cases:") an
 * item that does the practice is one of those exceptions, and under a list of rights it describes a right.
 */
export function stanceUnder(item: string, leadIn: string | undefined, practice: Practice): Reading | null {
  const own = stanceOf(item, practice);
  if (!leadIn) return own;
  const opensClause = OWN_CLAUSE.test(item);
  if (RIGHTS_INTRO.test(leadIn) && !/^\W*we\b/i.test(item)) {
    const composed = composedReading(item, leadIn, practice);
    // An opt-out of the company's own sales, listed among the rights, still says it sells.
    if (composed?.aside === 'optOut' || own?.aside === 'optOut') return composed?.aside === 'optOut' ? composed : own;
    const named = own ?? (opensClause ? null : composed);
    return named && { ...named, stance: null, aside: 'right' };
  }
  if (!opensClause && (!own || own.subject === 'none')) return composedReading(item, leadIn, practice) ?? own;
  if (!own?.stance) return own;
  const lead = stanceOf(leadIn, practice);
  const listed = lead?.stance === 'does_not_except' && (own.stance === 'does' || own.stance === 'may');
  return listed ? { ...own, stance: 'does_not_except' } : own;
}

/** The item read as the end of its lead-in's sentence: "COING will never" + "sell any kind of personal information". */
function composedReading(item: string, leadIn: string, practice: Practice): Reading | null {
  const bare = item.replace(/^[\s\-–—•*·●]+/, '');
  const first = /^\w+/.exec(bare)?.[0].toLowerCase() ?? '';
  const continued =
    continues(bare) || practice.verb.test(first) ? `${bare.charAt(0).toLowerCase()}${bare.slice(1)}` : bare;
  return stanceOf(`${leadIn.replace(/[:\s]+$/, '')} ${continued}`, practice);
}
