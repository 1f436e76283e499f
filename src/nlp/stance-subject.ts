/**
 * The subject of a practice verb's clause, given its verb group: the company ("we", its name), its data (a passive's
 * subject: "This information will never be sold"), the reader, or someone else ("our partners", "who" after them);
 * and the negation a subject can carry ("none of your data", "Under no circumstances will…", "Not all of our sites").
 */
import type { Group } from './stance-group.ts';
import {
  AUX,
  COORDINATORS,
  DETERMINERS,
  endsClause,
  FIRST_PERSON,
  hasComma,
  NEGATIVE_DETERMINERS,
  NEGATORS,
  PARTIES,
  SECOND_PERSON,
  SUBORDINATORS,
  type Term,
} from './stance-terms.ts';

/** "Under no circumstances will the data be sold", "nor will we share it": negation before an inverted auxiliary. */
const INVERTED =
  /\bno (?:\w+ ){0,3}?(?:circumstances?|time|point|event|case|way|reason)$|\b(?:nor|neither|never|not once|not ever|nowhere)$/;

export function invertedNegation(terms: readonly Term[], subjectAt: number): boolean {
  const aux = terms[subjectAt - 1];
  if (!aux || !AUX.has(aux.word) || NEGATORS.has(aux.word)) return false;
  const before = terms
    .slice(Math.max(0, subjectAt - 7), subjectAt - 1)
    .map((t) => t.word)
    .join(' ');
  return INVERTED.test(before);
}

export type Subject = 'we' | 'data' | 'you' | 'party' | 'none';

/**
 * The noun phrase before a passive verb, from its clause's start: who it is about ("Our partners are not permitted",
 * "Your information will never be sold") and whether it denies ("none of your data", "no information").
 */
function passiveSubject(
  terms: readonly Term[],
  groupStart: number,
): { start: number; subject: Subject; denied: boolean } {
  let s = groupStart;
  const stop = (t: Term | undefined) =>
    !t || endsClause(t) || hasComma(t) || SUBORDINATORS.has(t.word) || FINITE.has(t.word) || NP_BOUNDARY.has(t.word);
  while (s > 0 && !stop(terms[s - 1]) && groupStart - s < 12) s--;
  while (s < groupStart - 1 && hasComma(terms[s])) s++;
  const words = terms.slice(s, groupStart).map((t) => t.word);
  const head = words.filter((w) => !DETERMINERS.has(w) && !NEGATIVE_DETERMINERS.has(w) && w !== 'of').slice(0, 2);
  const subject: Subject = head.some((w) => PARTIES.has(w))
    ? 'party'
    : head[0] === 'you'
      ? 'you'
      : head.some((w) => /^(?:we|us|i)$/.test(w))
        ? 'we'
        : 'data';
  return {
    start: s,
    subject,
    denied: NEGATIVE_DETERMINERS.has(words[0] ?? '') || words.includes('none') || ledByNo(terms, s),
  };
}

/** The clause opens with "No" ("No personal information that is linked to you will be released"). */
function ledByNo(terms: readonly Term[], from: number): boolean {
  let k = from;
  while (k > 0 && !endsClause(terms[k - 1]) && !hasComma(terms[k - 1])) k--;
  const first = terms[k]?.word === 'and' || terms[k]?.word === 'but' ? terms[k + 1] : terms[k];
  return (first?.word === 'no' && terms[terms.indexOf(first) + 1]?.word !== 'matter') || first?.word === 'none';
}

/** Finite auxiliaries: one before a passive's subject is inverted ("will the data be sold"). */
const FINITE = new Set(
  'will would shall should may might can could must do does did have has had is are was were'.split(' '),
);

/** Words a subject noun phrase cannot reach past: prepositions ("during the course of an inquiry"), "in the event". */
const NP_BOUNDARY = new Set(
  'in on at for to with by from through under after before during upon within across that case event extent'.split(' '),
);

/** Who does what the verb at `at` says, given its group: the company, its data (passive), the reader, others. */
export function subjectOf(terms: readonly Term[], group: Group): { subject: Subject; at: number; denied: boolean } {
  if (group.passive) {
    const { start, subject, denied } = passiveSubject(terms, group.start);
    return { subject, at: start, denied: denied || invertedNegation(terms, start) };
  }
  for (let k = group.start - 1; k >= 0 && k >= group.start - 3; k--) {
    const t = terms[k] as Term;
    if (endsClause(t)) break;
    const subject = classify(terms, k);
    if (subject)
      return {
        subject: withCompany(terms, k, subject),
        at: k,
        denied: invertedNegation(terms, k) || notAll(terms, k),
      };
    if (!DETERMINERS.has(t.word) && !/^(?:inc|llc|ltd|limited|corp|gmbh|sa|ag|bv)$/.test(t.word)) break;
  }
  const linked = COORDINATORS.has(terms[group.start - 1]?.word ?? '') || terms[group.start - 1]?.word === 'but';
  const shared = linked ? sharedSubject(terms, group.start - 1) : -1;
  if (shared >= 0) return { subject: classify(terms, shared) ?? 'none', at: shared, denied: false };
  return { subject: 'none', at: group.start, denied: false };
}

/** "If you create a shirt and then sell it": a verb after "and" shares the subject of the clause's first verb. */
function sharedSubject(terms: readonly Term[], from: number): number {
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    if (endsClause(terms[k])) return -1;
    if (/^(?:we|you|they|i)$/.test(terms[k]?.word ?? '')) return k;
  }
  return -1;
}

/** "Not all of our websites respond", "none of our partners": a quantifier that denies, before the subject. */
function notAll(terms: readonly Term[], k: number): boolean {
  const opening = terms
    .slice(Math.max(0, k - 8), k)
    .map((t) => t.word)
    .join(' ');
  return /\b(?:not all|not every|none) (?:of )?(?:\w+ ){0,6}$/.test(`${opening} `);
}

/** "Apple and its affiliates may share": a subject coordinated with the company is the company's practice. */
function withCompany(terms: readonly Term[], k: number, subject: Subject): Subject {
  if (subject === 'we') return subject;
  let j = k - 1;
  while (j >= 0 && DETERMINERS.has(terms[j]?.word ?? '')) j--;
  if (!COORDINATORS.has(terms[j]?.word ?? '')) return subject;
  return classify(terms, j - 1) === 'we' ? 'we' : subject;
}

/** One term as a subject: a pronoun, a party, a name (capitalised: the company), or null when it is none. */
function classify(terms: readonly Term[], k: number): Subject | null {
  const t = terms[k];
  if (!t) return null;
  if (t.word === 'who' || t.word === 'that' || t.word === 'which') {
    const antecedent = terms[k - 1]?.word ?? '';
    if (PARTIES.has(antecedent) || SECOND_PERSON.has(antecedent)) return 'party';
    return null;
  }
  // "a site", "any company": a kind of party, not this one.
  if (FIRST_PERSON.has(t.word) && /^(?:a|an|any|each|every|other|many|some|most)$/.test(terms[k - 1]?.word ?? ''))
    return 'party';
  if (FIRST_PERSON.has(t.word) || t.word === 'it') return 'we';
  if (SECOND_PERSON.has(t.word)) return 'you';
  if (PARTIES.has(t.word)) return 'party';
  // A name in subject position is, in a policy, nearly always the company's own ("Signal does not sell").
  if (/^[A-Z]/.test(t.text) && !DETERMINERS.has(t.word)) return 'we';
  return null;
}
