/**
 * The shape of a rubric question: which sentences answer it and what each possible answer is worth. A question
 * is answered sentence by sentence (so the evidence is a sentence, not a whole paragraph) and the outcomes are
 * listed in priority order: when sentences disagree, the first outcome any of them supports is the answer.
 */
import type { Label } from '../classify/labels.ts';
import type { Answer, ScoreKey, Verdict } from '../types.ts';

export interface Outcome {
  answer: Exclude<Answer, 'unclear'>;
  verdict: Verdict;
  points: number;
  finding: string;
  /** Points when every supporting sentence is hedged; defaults to `points`. */
  hedgedPoints?: number;
  /** Finding when hedged ("Says it does not share your data, with exceptions"). */
  hedgedFinding?: string;
}

/** What one sentence says about a question: which outcome, whether qualified, and a stated value. */
export interface Cue<O extends string = string> {
  outcome: O;
  /** Overrides the generic hedge test (hedging.ts) where the question knows better. */
  hedged?: boolean;
  detail?: string;
  /** An inference rather than a statement ("shares nothing, so sells nothing"): quoted after the statements. */
  weak?: boolean;
}

/**
 * Reads one sentence. `inLabel` says whether the classifier put its paragraph in one of the question's labels:
 * inside, a weaker clue will do; outside, the sentence must name the practice plainly.
 */
export type CueReader<O extends string = string> = (sentence: string, inLabel: boolean) => Cue<O> | null;

export interface Question<O extends string = string> {
  key: ScoreKey;
  question: string;
  labels: readonly Label[];
  /** Paragraphs whose text matches count as in-label too: a topic the classifier may miss in a short paragraph. */
  topic?: RegExp;
  outcomes: Record<O, Outcome>;
  cue: CueReader<O>;
  /** Finding when nothing answers it. */
  none: string;
  /** Finding when paragraphs of its labels exist but no sentence answers it. */
  mentioned?: string;
}

/** Helps TypeScript infer the outcome names of a question literal. */
export const question = <O extends string>(q: Question<O>): Question<O> => q;
