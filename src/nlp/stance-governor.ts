/**
 * The word that governs an infinitive practice verb, and so whose practice it is: the company's intent ("we do not
 * intend to sell", "we have no plans to sell", "it is not our policy to sell"), someone else's duty ("we do not
 * permit our service providers to sell", "partners are not authorized to sell"), or the reader's request ("you can
 * direct us not to sell").
 */
import type { Aside } from './stance-context.ts';
import { prohibition, viaNoun } from './stance-frames.ts';
import { type Group, verbGroup } from './stance-group.ts';
import { type Subject, subjectOf } from './stance-subject.ts';
import {
  BE,
  COORDINATORS,
  DETERMINERS,
  endsClause,
  FIRST_PERSON,
  hasComma,
  isParticiple,
  PARTIES,
  SECOND_PERSON,
  type Term,
} from './stance-terms.ts';

const SUBJECT_CONTROL =
  /^(?:intend|plan|want|wish|aim|seek|sought|expect|agree|commit|promis|choos|chose|decid|hope|try|tri|attempt|need|going|prefer|striv|endeavou?r|undertak|continu|able|unable)/;
/** "are not authorized to sell": a duty, and in a policy nearly always someone else's unless the company names itself. */
const PERMISSION =
  /^(?:authori[sz]ed|permitted|allowed|required|obligated|obliged|prohibited|restricted|forbidden|entitled|free|licensed|bound|contractually)$/;
const CONTROL_NOUN =
  /^(?:plans?|intentions?|intent|policy|practice|goal|purpose|wish|desire|right|commitment|aim|obligations?|duty|duties|requirement|actions?|steps|measures|efforts?|attempts?|ability|means|ways?)$/;
/** Governors that deny what they govern: "we are unable to respond", "we refuse to sell". */
const DENYING = /^(?:unable|fail(?:s|ed)?|refus(?:e|es|ed)|declin(?:e|es|ed)|powerless)$/;
const OBJECT_CONTROL =
  /^(?:permit|allow|authori[sz]|let|lets|requir|instruct|oblig|ask|direct|tell|told|enabl|forc|licens|contract|us(?:e|es|ed|ing)$|engag|hir|encourag|invit)/;

export interface Governed {
  group: Group;
  subject: { subject: Subject; at: number; denied: boolean };
  aside: Aside | null;
}

/** The noun phrase between an object-control verb and "to": whose practice the infinitive is. */
export function objectOf(terms: readonly Term[], from: number, to: number): 'party' | 'us' | 'you' | 'data' {
  const words = terms.slice(from, to).map((t) => t.word);
  if (words.some((w) => PARTIES.has(w))) return 'party';
  if (words.length === 1 && words[0] === 'us') return 'us';
  if (words.some((w) => SECOND_PERSON.has(w) && w !== 'you')) return 'party';
  return words[0] === 'you' ? 'you' : 'data';
}

/** How many infinitives deep a chain is followed ("is under an obligation not to use the data to train"). */
const DEPTH = 3;

export function governed(terms: readonly Term[], inner: Group, depth = 0): Governed {
  const g = inner.start - 1;
  const word = terms[g]?.word ?? '';
  // "to use … and to not share it": a second infinitive shares the first one's governor.
  if (COORDINATORS.has(word)) {
    const first = earlierInfinitive(terms, g);
    if (first >= 0 && depth < DEPTH) return governed(terms, { ...inner, start: first }, depth + 1);
  }
  if (CONTROL_NOUN.test(word)) return viaNoun(terms, g, depth);
  if (PERMISSION.test(word)) {
    const found = via(terms, g, depth);
    const own = found.subject.subject === 'we' && /^(?:we|i)$/.test(terms[found.subject.at]?.word ?? '');
    return own ? found : { ...found, aside: 'other' };
  }
  // "intend to", "are not configured to", "is designed to": the governor's group and subject are the practice's.
  if (DENYING.test(word)) {
    const found = via(terms, g, depth);
    return { ...found, group: { ...found.group, negated: !found.group.negated } };
  }
  if (SUBJECT_CONTROL.test(word) || (isParticiple(word) && verbGroup(terms, g).passive)) return via(terms, g, depth);
  if (BE.has(word)) return { group: inner, subject: { subject: 'we', at: g, denied: false }, aside: null };
  const control = objectControl(terms, g, depth);
  return control ?? { group: inner, subject: nearestSubject(terms, g), aside: null };
}

/** "permit our partners to sell", "use your data to train", "direct us not to sell": a verb, its object, "to". */
function objectControl(terms: readonly Term[], g: number, depth: number): Governed | null {
  for (let j = g, seen = 0; j >= 0 && seen < 12; j--, seen++) {
    // "use your Input (as defined in the Terms) to train": a parenthesis is part of the object.
    if (/\)/.test(terms[j]?.post ?? '')) j = openingOf(terms, j);
    const t = terms[j] as Term;
    if (endsClause(t) || (hasComma(t) && j < g)) return null;
    if (!OBJECT_CONTROL.test(t.word) || DETERMINERS.has(terms[j - 1]?.word ?? '')) continue;
    const object = objectOf(terms, j + 1, g + 1);
    const found = via(terms, j, depth);
    if (object === 'party') return { ...found, aside: 'other' };
    if (object === 'you') return { ...found, aside: 'user' };
    if (object === 'us' && found.subject.subject === 'you') return { ...found, aside: 'right' };
    return found;
  }
  return null;
}

/** Index of the term that opens the parenthesis closed after term `j` (j itself when none is found). */
function openingOf(terms: readonly Term[], j: number): number {
  for (let k = j; k >= 0 && k >= j - 15; k--) {
    if (/\(/.test(terms[k]?.pre ?? '') || /\(/.test(terms[k - 1]?.post ?? '')) return Math.max(0, k - 1);
  }
  return j;
}

/** The "to" of an infinitive coordinated with the one after `from`, within its clause, or -1. */
function earlierInfinitive(terms: readonly Term[], from: number): number {
  for (let k = from - 1; k >= 0 && k >= from - 15; k--) {
    if (endsClause(terms[k])) return -1;
    if (terms[k]?.word === 'to') return k;
  }
  return -1;
}

/** The group of the verb at `at`, and, when that is an infinitive too, what governs it in turn. */
export function via(terms: readonly Term[], at: number, depth: number): Governed {
  const group = verbGroup(terms, at);
  const barred = terms[group.start - 1]?.word === 'from' ? prohibition(terms, group.start - 1, depth) : null;
  if (barred) return barred;
  if (group.infinitive && depth < DEPTH) {
    const outer = governed(terms, group, depth + 1);
    const merged = {
      ...outer.group,
      negated: outer.group.negated || group.negated,
      modal: outer.group.modal || group.modal,
    };
    return { ...outer, group: merged };
  }
  return { group, subject: subjectOf(terms, group), aside: null };
}

export const isSubjectTerm = (t: Term | undefined) =>
  !!t && (/^(?:we|i|you|they|it)$/.test(t.word) || PARTIES.has(t.word));

/** The closest subject to the left in the clause ("We collect it in order to sell it"). */
function nearestSubject(terms: readonly Term[], from: number): Governed['subject'] {
  for (let k = from; k >= 0 && k >= from - 14; k--) {
    const t = terms[k] as Term;
    if (endsClause(t)) break;
    if (FIRST_PERSON.has(t.word) || (/^[A-Z]/.test(t.text) && k > 0)) return { subject: 'we', at: k, denied: false };
    if (t.word === 'you') return { subject: 'you', at: k, denied: false };
    if (PARTIES.has(t.word) && t.word !== 'who') return { subject: 'party', at: k, denied: false };
  }
  return { subject: 'none', at: from + 1, denied: false };
}
