/**
 * The clause around one practice verb: its verb group (auxiliaries, modals, negators, verbs coordinated with it),
 * and its subject. "We do not collect, use, sell or share" puts "sell" in the group of "do not"; "This information
 * will never, ever be shared, sold or given away" makes "sold" passive with "This information" as subject.
 */
import {
  AUX,
  BE,
  COORDINATORS,
  DETERMINERS,
  endsClause,
  FIRST_PERSON,
  hasComma,
  isAdverb,
  isParticiple,
  MODALS,
  NEGATIVE_DETERMINERS,
  NEGATORS,
  PARTIES,
  SECOND_PERSON,
  SUBORDINATORS,
  type Term,
} from './stance-terms.ts';

/** Verbs of handling data: a chunk coordinated with the practice verb is one of these ("collect, use, sell"). */
const HANDLING_STEMS =
  'sell shar rent leas trad disclos transfer provid giv releas distribut publish collect stor keep retain process ' +
  'misus abus monetiz monetis market exchang licens transmit send communicat mak pass reveal barter swap access ' +
  'combin analyz analys track profil target exploit buy purchas lend loan spam train fine-tun develop improv build ' +
  'honor honour respect recogniz recognis respond ignor support accept obtain gather receiv infer scan monitor ' +
  'record log handl sav show display';
export const isHandling = (word: string) => HANDLING.test(word);
const HANDLING = new RegExp(
  `^(?:(?:${HANDLING_STEMS.split(' ').join('|')})(?:e|es|ed|d|s|en|ing|ged|ted|red|ring|ting)?|use|uses|used|using|sold|kept|gave|made|sent|built|bought)$`,
);

export interface Group {
  /** Index of the group's first term (the verb itself when it stands alone). */
  start: number;
  negated: boolean;
  modal: boolean;
  /** A form of "be" (or "get") before a participle: "is sold", "gets shared". */
  passive: boolean;
  /** The group ends in "to": the verb is an infinitive governed by a word to its left. */
  infinitive: boolean;
  /** "knowingly": a statement about what the company knows, as children's clauses make. */
  knowingly: boolean;
}

/** Start of a chunk of 1–4 terms ending at `end` led by a handling verb ("give away", "trade"), or -1. */
function verbChunk(terms: readonly Term[], end: number): number {
  for (let s = end; s >= 0 && s > end - 4; s--) {
    const t = terms[s] as Term;
    if (s < end && (endsClause(t) || hasComma(t) || COORDINATORS.has(t.word))) return -1;
    if (HANDLING.test(t.word) && !DETERMINERS.has(terms[s - 1]?.word ?? '')) return s;
  }
  return -1;
}

/** The verb group of the verb at `at`, read leftwards through auxiliaries and coordinated verbs. */
export function verbGroup(terms: readonly Term[], at: number): Group {
  const g: Group = { start: at, negated: false, modal: false, passive: false, infinitive: false, knowingly: false };
  const verb = terms[at]?.word ?? '';
  for (let k = at - 1; k >= 0; ) {
    const t = terms[k] as Term;
    if (endsClause(t)) break;
    if (t.word === 'to') {
      // An infinitive: its governor ("intend", "permit our partners") is read by the caller; "not to" belongs here.
      g.infinitive = g.start === k + 1;
      if (!g.infinitive) break;
      g.start = k;
      while (NEGATORS.has(terms[g.start - 1]?.word ?? '')) g.start--;
      g.negated ||= g.start < k;
      break;
    }
    // "not in any way logged": the phrase is an adverb of the group.
    if (/^(?:way|manner|form|respect)$/.test(t.word) && terms[k - 1]?.word === 'any' && terms[k - 2]?.word === 'in') {
      g.start = k - 2;
      k -= 3;
      continue;
    }
    if (AUX.has(t.word) || isAdverb(t.word)) {
      if (NEGATORS.has(t.word) && (t.word !== 'no' || terms[k + 1]?.word === 'longer')) g.negated = true;
      if (MODALS.has(t.word)) g.modal = true;
      if (BE.has(t.word) && isParticiple(verb)) g.passive = true;
      if (t.word === 'knowingly') g.knowingly = true;
      g.start = k--;
      continue;
    }
    const coordinator = COORDINATORS.has(t.word);
    if (!coordinator && !hasComma(t)) break;
    const aside = coordinator ? -1 : parenthesis(terms, k);
    if (aside >= 0) {
      // "does not now, nor will it in the future, sell": the parenthesis carries its negation over.
      g.negated ||= terms.slice(aside + 1, k + 1).some((x) => NEGATORS.has(x.word));
      k = aside;
      continue;
    }
    if (t.word === 'nor') g.negated = true;
    const chunk = verbChunk(terms, coordinator ? k - 1 : k);
    // "have never, and will never sell": a bare auxiliary coordinated with ours.
    const auxiliary = coordinator && AUX.has(terms[k - 1]?.word ?? '');
    if (chunk < 0 && !auxiliary) break;
    g.start = chunk < 0 ? k : chunk;
    k = g.start - 1;
  }
  return g;
}

/** Index of the comma that opens a parenthesis closed by the comma after term `end`, when one does; else -1. */
function parenthesis(terms: readonly Term[], end: number): number {
  for (let j = end - 1; j >= 0 && j >= end - 7; j--) {
    const t = terms[j] as Term;
    if (endsClause(t)) return -1;
    if (HANDLING.test(terms[j + 1]?.word ?? '') && j + 1 <= end) return -1;
    if (hasComma(t)) return j;
  }
  return -1;
}

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
