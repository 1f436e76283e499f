/**
 * Whether a sentence says personal data is (or is not) sold: the stance reader (stance.ts) on the selling practice,
 * for the paragraph flag the tooltip shows. "May sell" is `does` here (the flag has no "may"); a denial with
 * carve-outs is `does_not`; a right, a definition, a condition or someone else's duty is no statement (null).
 */
import type { Sells } from '../types.ts';
import { SELL } from './practices.ts';
import { stanceUnder } from './stance.ts';

/** Sharing for money is selling, whatever the verb. */
const FOR_MONEY =
  /\bshar\w*\b[^.]*\b(?:in exchange for (?:money|payment|monetary|financial|cash)|for (?:monetary|financial) (?:consideration|gain|compensation))/i;

/** `sellsIn('Any information we have about you will never be sold.')` → 'does_not'. */
export function sellsIn(sentence: string, leadIn?: string): Sells {
  if (FOR_MONEY.test(sentence)) return 'does';
  const reading = stanceUnder(sentence, leadIn, SELL);
  // An opt-out of the company's own sales says it sells.
  if (reading?.aside === 'optOut') return 'does';
  const stance = reading?.stance;
  if (!stance) return null;
  return stance === 'does' || stance === 'may' ? 'does' : 'does_not';
}
