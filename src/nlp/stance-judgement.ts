/**
 * What both readings of a practice word (as a verb, stance-verb.ts; as a noun, stance-noun.ts) decide the same way:
 * the stance a verb group gives, whether the practice is done to data, and the asides that follow from who acts.
 */

import type { Practice, Stance } from './stance.ts';
import type { Aside } from './stance-context.ts';
import type { Group } from './stance-group.ts';
import { carvesOut, objectWords } from './stance-object.ts';
import type { Subject } from './stance-subject.ts';
import { isParticiple, type Term } from './stance-terms.ts';

export const LEGAL =
  /\b(?:considered|deemed|constitutes?|qualif(?:y|ies)|counts?|treated|classified|characteri[sz]ed|regarded|defined|under (?:the )?(?:ccpa|cpra|california|applicable|state|certain|some|these|such))\b/;

export function stanceFrom(group: Group, denied: boolean, terms: readonly Term[], at: number): Stance {
  if (group.negated || denied) return carvesOut(terms, at) ? 'does_not_except' : 'does_not';
  return group.modal || /\breserves? the right\b/.test(terms.map((t) => t.word).join(' ')) ? 'may' : 'does';
}

const PRONOUN_OBJECT = /\b(?:it|them|anything|nothing|any of)\b/;

/** Whether the practice is done to data: the object of an affirmation, the sentence of a denial (pronouns count). */
export function concerns(practice: Practice, affirms: boolean, object: string, terms: readonly Term[]): boolean {
  if (!practice.about) return true;
  if (!affirms) return practice.about.test(sentenceOf(terms)) || PRONOUN_OBJECT.test(sentenceOf(terms));
  return practice.about.test(practice.aboutSentence ? sentenceOf(terms) : object);
}

export const sentenceOf = (terms: readonly Term[]) => ` ${terms.map((t) => t.word).join(' ')}`;

/** Asides that follow from who acts: someone else, the reader, a bare participle ("products sold here"). */
export function subjectAside(terms: readonly Term[], group: Group, subject: Subject, at: number): Aside | null {
  if (subject === 'party') return 'other';
  if (subject === 'you') return 'user';
  const word = terms[at]?.word ?? '';
  if (group.start === at && isParticiple(word) && subject === 'none') return 'mention';
  // "Do not sell your account": an imperative addressed to the reader.
  if (subject === 'none' && group.start === 0 && group.negated && terms[0]?.word === 'do') return 'user';
  if (
    group.passive &&
    /^by (?:third|our partners|them|other|advertisers|partners|service|vendors)/.test(objectWords(terms, at, 3))
  )
    return 'other';
  if (/^(?:with|to|from) us\b/.test(objectWords(terms, at, 2))) return 'other';
  return null;
}
