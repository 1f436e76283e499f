/**
 * The word that governs an infinitive practice verb, and so whose practice it is: the company's intent ("we do not
 * intend to sell", "we have no plans to sell", "it is not our policy to sell"), someone else's duty ("we do not
 * permit our service providers to sell", "partners are not authorized to sell"), or the reader's request ("you can
 * direct us not to sell").
 */
import type { Aside } from './stance-context.ts';
import { type Group, type Subject, subjectOf, verbGroup } from './stance-group.ts';
import {
  BE,
  DETERMINERS,
  endsClause,
  FIRST_PERSON,
  hasComma,
  NEGATIVE_DETERMINERS,
  PARTIES,
  SECOND_PERSON,
  type Term,
} from './stance-terms.ts';

const SUBJECT_CONTROL =
  /^(?:intend|plan|want|wish|aim|seek|sought|expect|agree|commit|promis|choos|chose|decid|hope|try|tri|attempt|need|going|prefer|striv|endeavou?r|undertak|continu|able|unable)/;
/** "are not authorized to sell": a duty, and in a policy nearly always someone else's unless the company names itself. */
const PERMISSION =
  /^(?:authori[sz]ed|permitted|allowed|required|obligated|obliged|prohibited|restricted|forbidden|entitled|free|licensed|bound|contractually)$/;
const CONTROL_NOUN = /^(?:plans?|intentions?|intent|policy|practice|goal|purpose|wish|desire|right|commitment|aim)$/;
const OBJECT_CONTROL =
  /^(?:permit|allow|authori[sz]|let|lets|requir|instruct|oblig|ask|direct|tell|told|enabl|forc|licens|contract|us(?:e|es|ed|ing)$|engag|hir|encourag|invit)/;
const MODIFIER = /^(?:future|current|present|existing|any|such|other|intention|stated)$/;

export interface Governed {
  group: Group;
  subject: { subject: Subject; at: number; denied: boolean };
  aside: Aside | null;
}

/** The noun phrase between an object-control verb and "to": whose practice the infinitive is. */
function objectOf(terms: readonly Term[], from: number, to: number): 'party' | 'us' | 'you' | 'data' {
  const words = terms.slice(from, to).map((t) => t.word);
  if (words.some((w) => PARTIES.has(w))) return 'party';
  if (words.length === 1 && words[0] === 'us') return 'us';
  if (words.some((w) => SECOND_PERSON.has(w) && w !== 'you')) return 'party';
  return words[0] === 'you' ? 'you' : 'data';
}

export function governed(terms: readonly Term[], inner: Group): Governed {
  const g = inner.start - 1;
  const word = terms[g]?.word ?? '';
  if (CONTROL_NOUN.test(word)) return viaNoun(terms, g);
  if (SUBJECT_CONTROL.test(word)) return via(terms, g, null);
  if (PERMISSION.test(word)) {
    const found = via(terms, g, null);
    const own = found.subject.subject === 'we' && /^(?:we|i)$/.test(terms[found.subject.at]?.word ?? '');
    return own ? found : { ...found, aside: 'other' };
  }
  if (BE.has(word)) return { group: inner, subject: { subject: 'we', at: g, denied: false }, aside: null };
  for (let j = g; j >= 0 && j >= g - 5; j--) {
    const t = terms[j] as Term;
    if (endsClause(t) || (hasComma(t) && j < g)) break;
    if (!OBJECT_CONTROL.test(t.word) || DETERMINERS.has(terms[j - 1]?.word ?? '')) continue;
    const object = objectOf(terms, j + 1, g + 1);
    const found = via(terms, j, null);
    if (object === 'party' || object === 'you') return { ...found, aside: 'other' };
    if (object === 'us' && found.subject.subject === 'you') return { ...found, aside: 'right' };
    return found;
  }
  return { group: inner, subject: nearestSubject(terms, g), aside: null };
}

function via(terms: readonly Term[], at: number, aside: Aside | null): Governed {
  const group = verbGroup(terms, at);
  return { group, subject: subjectOf(terms, group), aside };
}

/** "have no plans to", "it is not our policy to", "reserve the right to". */
function viaNoun(terms: readonly Term[], at: number): Governed {
  let k = at - 1;
  let denied = false;
  while (
    k >= 0 &&
    (DETERMINERS.has(terms[k]?.word ?? '') ||
      NEGATIVE_DETERMINERS.has(terms[k]?.word ?? '') ||
      MODIFIER.test(terms[k]?.word ?? ''))
  ) {
    denied ||= NEGATIVE_DETERMINERS.has(terms[k]?.word ?? '');
    k--;
  }
  const found = via(terms, k + 1, null);
  const reserve = terms[at]?.word === 'right' && /^reserv/.test(terms[k]?.word ?? '');
  const group = { ...found.group, negated: found.group.negated || denied, modal: found.group.modal || reserve };
  const subject = found.subject.subject === 'none' ? { ...found.subject, subject: 'we' as Subject } : found.subject;
  return { group, subject, aside: null };
}

/** The closest subject to the left in the clause ("We collect it in order to sell it"). */
function nearestSubject(terms: readonly Term[], from: number): Governed['subject'] {
  for (let k = from; k >= 0 && k >= from - 10; k--) {
    const t = terms[k] as Term;
    if (endsClause(t)) break;
    if (FIRST_PERSON.has(t.word)) return { subject: 'we', at: k, denied: false };
    if (t.word === 'you') return { subject: 'you', at: k, denied: false };
    if (PARTIES.has(t.word) && t.word !== 'who') return { subject: 'party', at: k, denied: false };
  }
  return { subject: 'none', at: from + 1, denied: false };
}
