/**
 * The practice named by a noun or a gerund ("no sale of your data", "not in the business of selling", "opt out of
 * the sale"): the verb governing the phrase carries the group and the subject; a negation can sit in the phrase.
 */

import type { Practice, Reading } from './stance.ts';
import { asideOf } from './stance-context.ts';
import { prohibition } from './stance-frames.ts';
import type { Governed } from './stance-governor.ts';
import { verbGroup } from './stance-group.ts';
import { concerns, LEGAL, stanceFrom, subjectAside } from './stance-judgement.ts';
import { objectWords } from './stance-object.ts';
import { subjectOf } from './stance-subject.ts';
import { AUX, FIRST_PERSON, isQuoted, PARTIES, type Term } from './stance-terms.ts';

/** A gerund or noun preceded by one of these is a noun phrase, not a verb of its own clause. */
export const NOUN_SLOT =
  /^(?:of|in|from|without|about|for|to|on|against|by|no|any|the|a|never|not|and|or|nor|including|as|like|than)$/;
const PREVENTS = /^(?:prevent\w*|refrain\w*|prohibit\w*|avoid\w*|forbid\w*|restrict\w*|bar|barred|preclud\w*)$/;
/** "the monetization of your information by third parties": someone else's practice. */
const BY_PARTY = /\bby (?:third|other|advertis|partners|them|those|these|such)/;

/** The practice named as a noun: "no sale of", "not in the business of selling", "opt out of the sale". */
export function nounReading(terms: readonly Term[], at: number, practice: Practice): Reading {
  let k = at - 1;
  let denied = false;
  while (k >= 0 && NOUN_SLOT.test(terms[k]?.word ?? '') && at - k < 8) {
    denied ||= /^(?:no|without|never|not|nor)$/.test(terms[k]?.word ?? '');
    k--;
  }
  // "prevent the monetization of": the governor denies; "prohibited from selling": so does the verb before "from".
  denied ||= PREVENTS.test(terms[k]?.word ?? '');
  const barred = terms[k + 1]?.word === 'from' ? prohibition(terms, k + 1) : null;
  if (barred) return barredReading(terms, at, barred);
  // "not in the business of selling": the frame noun and its preposition are part of the phrase.
  if (/^(?:business|practice|habit)$/.test(terms[k]?.word ?? '')) k = frameStart(terms, k);
  // The verb governing the phrase ("engage in the sale", "be considered a sale") carries its group and subject.
  const governor = terms[k];
  const head = governor && !AUX.has(governor.word) && !isSubjectWord(governor) ? k : k + 1;
  const group = verbGroup(terms, head);
  const found = subjectOf(terms, group);
  const subject = found.subject;
  const legal = LEGAL.test(wordsAround(terms, at)) || isQuoted(terms[at]);
  const object = objectWords(terms, at, 6);
  const aside =
    asideOf(terms, at, found.at, group.knowingly) ??
    subjectAside(terms, group, subject, head) ??
    (BY_PARTY.test(object) ? 'other' : null);
  if (aside) return { stance: null, aside, legal, subject, object };
  if (practice.notThis?.test(object.replace(/^of /, '')))
    return { stance: null, aside: 'notThis', legal, subject, object };
  // "sales information", "the purposes for selling", "the trading you engage in": a name for the practice.
  const word = terms[at]?.word ?? '';
  const named = practice.noun?.test(word) || practice.nouny?.test(word);
  // A noun names the practice only with its object: "the sale of your data", not "our sales team".
  const ofData = practice.noun?.test(word) ? /^of\b/.test(object) : concerns(practice, true, object, terms);
  if (!denied && ((group.start === head && subject === 'none') || (named && !ofData && !legal)))
    return { stance: null, aside: 'mention', legal, subject, object };
  // A legal term names a disclosure the sentence has just described ("which may be considered a sale").
  if (!legal && !concerns(practice, !denied, object, terms))
    return { stance: null, aside: 'notThis', legal, subject, object };
  return { stance: stanceFrom(group, denied, terms, at), aside: null, legal, subject, object };
}

function barredReading(terms: readonly Term[], at: number, barred: Governed): Reading {
  const object = objectWords(terms, at, 6);
  const subject = barred.subject.subject;
  const legal = LEGAL.test(wordsAround(terms, at));
  if (barred.aside) return { stance: null, aside: barred.aside, legal, subject, object };
  return { stance: stanceFrom(barred.group, false, terms, at), aside: null, legal, subject, object };
}

const wordsAround = (terms: readonly Term[], at: number) =>
  terms
    .slice(Math.max(0, at - 4), at + 6)
    .map((t) => t.word)
    .join(' ');

const isSubjectWord = (t: Term) =>
  FIRST_PERSON.has(t.word) || PARTIES.has(t.word) || t.word === 'you' || t.word === 'there';

function frameStart(terms: readonly Term[], k: number): number {
  let j = k - 1;
  while (j >= 0 && /^(?:the|a|in|of|our)$/.test(terms[j]?.word ?? '')) j--;
  return j;
}
