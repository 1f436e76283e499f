/**
 * The words around a practice that make a sentence something other than a statement of the company's own practice:
 * a right described to the reader, a definition, a condition, a statement about knowledge, a link's name, a title, a
 * question. Each reads the terms of one sentence around the practice verb at `at`.
 */
import { objectWords } from './stance-object.ts';
import { endsClause, hasComma, isQuoted, type Term } from './stance-terms.ts';

export type Aside =
  | 'right'
  | 'optOut'
  | 'definition'
  | 'condition'
  | 'knowledge'
  | 'minors'
  | 'other'
  | 'user'
  | 'link'
  | 'question'
  | 'mention'
  | 'notThis'
  | 'notPersonal'
  | 'scoped';

const words = (terms: readonly Term[], from: number, to: number) =>
  terms
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.word)
    .join(' ');

/** Rights and requests: "the right to opt out of the sale", "request that we not sell", "direct us not to share". */
const RIGHT =
  /\b(?:directions? (?:from \w+ \w+ )?not to|(?:stop|cease)(?:s|ed|ing)?|rights? (?:to|of)|opt(?:ing)?[- ]?out|opt(?:ing)? out|request(?:s|ed|ing)? (?:that|us|to)|(?:ask|direct|instruct|tell)(?:s|ed|ing)? us|object(?:ing)? to|how to|wish to stop|choose (?:whether|to)|exercise|preference (?:signals?|settings?)|to limit)\b/;
/** "If you opt out, we will not sell": what exercising a right does, which says the practice happens otherwise. */
const OPTED_OUT =
  /^(?:if|once|when|after|where|upon) (?:you|a consumer|the user)\b.*\b(?:opt|request|ask|direct|exercise|object)/;
/** An opt-out of the company's own practice ("opt out of such sales", "of Taboola's sales"): it says the practice is done. */
const OWN = /\bopt(?:ing)?[- ]?out\b.*\b(?:such|our|these|this|those|\w+'s|us|we)\b/;
/** "Where the company receives a verified request, it shall provide: … the categories it sold": what a request gets. */
const REQUESTED = /\b(?:requests?|rights?|right to know|entitled)\b/;
/** "We reserve the right to sell" reserves a practice; it grants the reader nothing. */
const RESERVED = /\breserves? the rights? to\b/g;
/** Conditions that open the clause of the practice: "if we sell", "in the event that our business is sold". */
const CONDITION =
  /^(?:if|unless|whether|once|should|were|where|in (?:the )?(?:unlikely )?(?:event|case)(?: that)?|to the extent(?: that)?)\b/;
const KNOWLEDGE = /\b(?:knowledge|aware|knowingly|know|knew)\b/;
/** The practice limited to minors: "of consumers under 16", "of children under the age of 13". */
const MINORS =
  /\b(?:children|child|minors?|kids|teens?|(?:consumers|individuals|users|persons|people|anyone|those) (?:under|below|younger than))\b|\bunder (?:the age of )?(?:1[3-8]|thirteen|sixteen|eighteen)\b/;
const DEFINED_LEFT = /\b(?:terms?|definitions?|defines?|meaning of|what constitutes|refers? to)\b/;
const DEFINED_RIGHT = /^(?:means|mean|includes?|including|refers?|shall mean|is defined|are defined|has the meaning)\b/;

/**
 * A word in a title, a table header or a name, not a sentence: capitalised in the middle of one ("the Purposes It is
 * Sold or Shared for", "PayPal Point of Sale"), or in capitals among capitals ("PI IS COLLECTED, SHARED, SOLD").
 */
function titled(terms: readonly Term[], at: number): boolean {
  const text = terms[at]?.text ?? '';
  const caps = (t: Term | undefined) => !!t && /[A-Z]/.test(t.text) && t.text === t.text.toUpperCase();
  if (caps(terms[at])) return caps(terms[at - 1]) && caps(terms[at + 1]);
  return at > 0 && /^[A-Z][a-z]/.test(text) && !/[.:!?|]\s*$/.test(terms[at - 1]?.post ?? '');
}

/** "By sell, we mean…", "The term 'sale' means…": a sentence that defines the practice's word. */
const DEFINES =
  /^(?:by|the terms?|for the purposes? of this \w+,?) \w+(?: or \w+)? (?:we mean|means|refers to|shall mean)\b/;
const DEFINES_QUOTED = /^\S+(?: \S+){0,4} (?:means?|shall mean|refers? to|includes?)\b/;
/** The sentence's opening when it starts with a quoted term ("“Digital Asset” means…"), else ''. */
function quotedOpening(terms: readonly Term[]): string {
  const close = terms.findIndex((t, i) => i < 6 && /["”’]/.test(t.post));
  if (close < 0 || !/["“‘]/.test(terms[0]?.pre ?? '')) return '';
  return words(terms, 0, close + 3);
}

/**
 * Where the practice's clause starts: after the last semicolon or colon, or after a comma that a new subject follows
 * ("We know how important it is to you, so we will never sell it": the knowing is not about the selling).
 */
function clauseStart(terms: readonly Term[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    if (endsClause(terms[k])) return k + 1;
    if (!hasComma(terms[k])) continue;
    let next = k + 1;
    while (/^(?:so|and|but|however|then|thus|therefore|because|as|hence)$/.test(terms[next]?.word ?? '')) next++;
    if (/^(?:we|you|they|i|it)$/.test(terms[next]?.word ?? '') && next < at) return k + 1;
  }
  return 0;
}

/** Why the words around the practice verb at `at` (its clause's subject at `subject`) make it no statement. */
export function asideOf(terms: readonly Term[], at: number, subject: number, knowingly: boolean): Aside | null {
  const start = clauseStart(terms, at);
  const left = words(terms, start, at);
  const right = words(terms, at + 1, terms.length);
  const verb = terms[at] as Term;
  if (/^[A-Z]/.test(verb.text) && /^(?:Not|Do|NOT|DO)$/.test(terms[at - 1]?.text ?? '')) return 'link';
  if (titled(terms, at)) return 'mention';
  if (DEFINES.test(words(terms, 0, terms.length)) || DEFINES_QUOTED.test(quotedOpening(terms))) return 'definition';
  if (/\?\s*$/.test(terms.at(-1)?.post ?? '')) return 'question';
  if (DEFINED_RIGHT.test(right) && (isQuoted(verb) || DEFINED_LEFT.test(left))) return 'definition';
  if (DEFINED_LEFT.test(left) && isQuoted(verb)) return 'definition';
  const opening = words(terms, 0, start);
  if (RIGHT.test(left.replace(RESERVED, '')) || OPTED_OUT.test(opening) || REQUESTED.test(opening))
    return OWN.test(left) || OPTED_OUT.test(opening) ? 'optOut' : 'right';
  // "the third parties to which the information was sold": a relative clause naming recipients, no statement.
  if (/\b(?:to|with|from) (?:whom|which)$/.test(words(terms, Math.max(0, subject - 2), subject))) return 'mention';
  if (conditional(terms, subject)) return 'condition';
  if (knowingly || KNOWLEDGE.test(left)) return 'knowledge';
  if (MINORS.test(objectWords(terms, at, 8))) return 'minors';
  return null;
}

/**
 * Whether the clause whose subject starts at `subject` is a condition: a subordinator a few words before it, with
 * no comma between ("if we ever sell"), or a parenthesis ("if, at any time, we sell"); "If you opt out, we will
 * not sell" is a main clause after its condition.
 */
const PARENTHESIS = /^\w+ (?:at any (?:time|point)|ever|for (?:any|some) reason|in the future)$/;

function conditional(terms: readonly Term[], subject: number): boolean {
  for (let k = subject - 1; k >= 0 && k >= subject - 6; k--) {
    const t = terms[k] as Term;
    if (endsClause(t)) return false;
    const opening = words(terms, k, subject);
    if (CONDITION.test(opening)) return !hasComma(terms[subject - 1]) || PARENTHESIS.test(opening);
    if (hasComma(t) && k < subject - 1 && !/^(?:if|unless)$/.test(terms[k - 1]?.word ?? '')) return false;
  }
  return false;
}
