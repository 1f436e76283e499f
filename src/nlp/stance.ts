/**
 * What a sentence says about one practice (selling, sharing, training AI…): the company does it, does not, may, does
 * not except in some cases, or the sentence is no statement of the company's own practice at all (a right described
 * to the reader, a definition, a condition, someone else's duty, a statement about knowledge). Read from the clause
 * around each practice word: its verb group (negation through coordination: "do not collect, use, sell or share"),
 * its subject (passive: "will never be sold"; "none of your data"), the word governing an infinitive ("do not intend
 * to sell", "do not permit our partners to sell"), and what qualifies it ("except with your consent").
 *
 *   stanceOf('Any information we have about you will never be sold.', SELL) → { stance: 'does_not', … }
 *   stanceOf('You have the right to opt out of the sale of your data.', SELL) → { stance: null, aside: 'right' }
 */
import type { Aside } from './stance-context.ts';
import { NOUN_SLOT, nounReading } from './stance-noun.ts';
import type { Subject } from './stance-subject.ts';
import { termsOf } from './stance-terms.ts';
import { verbReading } from './stance-verb.ts';

export type { Aside } from './stance-context.ts';
export type Stance = 'does' | 'does_not' | 'may' | 'does_not_except';

/** One practice the reader can be asked about. */
export interface Practice {
  /** A cheap test a sentence must pass before it is tokenised. */
  candidate: RegExp;
  /** A term naming the practice as a verb, any inflection ("sell", "sold", "selling"). */
  verb: RegExp;
  /** A term naming it as a noun ("sale", "sales"); a gerund after a preposition counts as one too. */
  noun?: RegExp;
  /** Words of the object that make it another practice ("sell products", "sell our business"). */
  notThis?: RegExp;
  /** Verbs that are nouns as often ("trade", "rent"): a verb only with an auxiliary or a subject before it. */
  nouny?: RegExp;
  /** A sentence matching this is about another question altogether (a merger, for selling). */
  notIn?: RegExp;
  /**
   * An affirmation counts only when its object names data ("sell your data", not "sell them" of devices); a denial
   * when its sentence does, or a pronoun stands for it ("we don't sell it").
   */
  about?: RegExp;
  /** The data is named anywhere in the sentence, as an instrument ("use your content to train our models"). */
  aboutSentence?: boolean;
  /** The verb counts only when its object (or passive subject) matches: "honor" the GPC signal, not Do Not Track. */
  object?: RegExp;
  /** How many words after the verb its object may take (6 unless said). */
  objectReach?: number;
  /** Verbs coordinated with it that make an affirmation another practice: "buy or sell" is trading. */
  notWith?: RegExp;
}

export interface Reading {
  /** Null when the sentence names the practice but states nothing about the company's own. */
  stance: Stance | null;
  aside: Aside | null;
  /** Named by its legal term: a quoted "sell", "may be considered a sale under the CCPA". */
  legal: boolean;
  subject: Subject;
  /** What the practice is done to, as read: the words after the verb, or a passive's subject. */
  object: string;
}

/** Every reading of the practice in a sentence, one per word naming it. */
export function readingsOf(sentence: string, practice: Practice): Reading[] {
  if (!practice.candidate.test(sentence) || practice.notIn?.test(sentence)) return [];
  const terms = termsOf(sentence);
  const out: Reading[] = [];
  terms.forEach((t, i) => {
    const gerund =
      /ing$/.test(t.word) && practice.verb.test(t.word) && (i === 0 || NOUN_SLOT.test(terms[i - 1]?.word ?? ''));
    if (practice.noun?.test(t.word) || gerund) out.push(nounReading(terms, i, practice));
    else if (practice.verb.test(t.word)) {
      const reading = verbReading(terms, i, practice);
      if (reading) out.push(reading);
    }
  });
  return out;
}

const RANK: Record<Stance, number> = { does_not_except: 4, does_not: 3, does: 2, may: 1 };

/**
 * The sentence's reading of the practice: its statements, a denial first (a denial and an affirmation of the same
 * practice in one sentence are a denial with a carve-out); else the first aside; null when the practice is not named.
 */
export function combine(readings: readonly Reading[]): Reading | null {
  const wide = readings.find((r) => r.aside === 'definition' || r.aside === 'question');
  if (wide) return wide;
  const statements = readings.filter((r) => r.stance);
  if (!statements.length) return readings[0] ?? null;
  const best = [...statements].sort((a, b) => RANK[b.stance as Stance] - RANK[a.stance as Stance])[0] as Reading;
  const mixed = best.stance === 'does_not' && statements.some((r) => r.stance === 'does' || r.stance === 'may');
  const legal = statements.every((r) => r.legal);
  return mixed ? { ...best, stance: 'does_not_except', legal } : { ...best, legal };
}

/** The reading of one sentence, or null when it does not name the practice. */
export function stanceOf(sentence: string, practice: Practice): Reading | null {
  return combine(readingsOf(sentence, practice));
}

export { stanceUnder } from './stance-list.ts';
