/**
 * The verb group of one practice verb: auxiliaries, modals, negators, and the verbs coordinated with it. "We do not
 * collect, use, sell or share" puts "sell" in the group of "do not"; "will never, ever be shared, sold or given away"
 * makes "sold" passive. Its subject is read by stance-subject.ts.
 */
import {
  AUX,
  BE,
  COORDINATORS,
  DETERMINERS,
  endsClause,
  hasComma,
  isAdverb,
  isParticiple,
  MODALS,
  NEGATORS,
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
