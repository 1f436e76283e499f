/**
 * The shape of a rubric question: which sentences answer it, what each possible answer is worth, and how sentences
 * that disagree are weighed (rubric.ts reads `weigh`). A question is answered sentence by sentence, so the evidence is
 * a sentence, not a whole paragraph.
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

/**
 * How directly a sentence answers: a statement of the company's own practice ("we do not sell your data"); the
 * practice named by its legal term ("which may be considered a 'sale' under California law", an opt-out of "such
 * sales"); or an inference a reader makes ("we share nothing", so nothing is sold).
 */
export type Strength = 'statement' | 'legal' | 'inference';

/** What one sentence says about a question: which outcome, whether qualified, and a stated value. */
export interface Cue<O extends string = string> {
  outcome: O;
  /** Overrides the generic hedge test (hedging.ts) where the question knows better. */
  hedged?: boolean;
  detail?: string;
  /** Defaults to a statement. */
  strength?: Strength;
  /**
   * The policy's own summary of the practice: a denial that introduces the list of its exceptions ("We do not share
   * your personal information outside Acme except in the following cases:"). It outweighs the other statements.
   */
  summary?: boolean;
}

/**
 * Reads one sentence. `inLabel` says whether the classifier put its paragraph in one of the question's labels:
 * inside, a weaker clue will do; outside, the sentence must name the practice plainly. `leadIn` is the sentence
 * that introduces it when it is a list item ("We will never:").
 */
export type CueReader<O extends string = string> = (
  sentence: string,
  inLabel: boolean,
  leadIn?: string,
) => Cue<O> | null;

/**
 * When the strongest sentences disagree: `yesWins`, for data leaving you (one "we share with advertisers" outweighs
 * "we never share with brokers"); `ordered`, the first outcome in `outcomes` that any sentence supports (a right
 * outweighs a limit; a stated period outweighs "as long as needed").
 */
export type Weigh = 'yesWins' | 'ordered';

/**
 * `P` are partial outcomes: halves of an answer that only count together ("does not sell" and "does not share for
 * targeted ads" make "does not sell or share"), named by `joint`.
 */
export interface Question<O extends string = string, P extends string = string> {
  key: ScoreKey;
  question: string;
  labels: readonly Label[];
  /** Paragraphs whose text matches count as in-label too: a topic the classifier may miss in a short paragraph. */
  topic?: RegExp;
  outcomes: Record<O, Outcome>;
  cue: CueReader<NoInfer<O> | P>;
  weigh: Weigh;
  /** Two partial outcomes that, both found, give `outcome`. */
  joint?: { parts: readonly [P, P]; outcome: NoInfer<O> };
  /**
   * The outcome when the policy's own statements all deny and only its legal terms affirm: "we do not sell your
   * data" beside "sharing for targeted ads may count as a 'sale' under state law".
   */
  nuance?: NoInfer<O>;
  /** Another question whose "yes" turns this one's "no" into the nuance (selling, beside "sell or share"). */
  nuanceWith?: ScoreKey;
  /** Asked only where this other question leaves the practice possible (an opt-out of AI training, where data trains AI). */
  after?: ScoreKey;
  /** A title answers it too ("Right of Access", "Age Restrictions"): the question asks what the policy covers. */
  titles?: boolean;
  /** Finding when nothing answers it. */
  none: string;
  /** Finding when paragraphs of its labels exist but no sentence answers it. */
  mentioned?: string;
}

/** Helps TypeScript infer the outcome names of a question literal. */
export const question = <O extends string, P extends string = never>(q: Question<O, P>): Question =>
  q as unknown as Question;

export const good = (points: number, finding: string, hedged?: [number, string]): Outcome => ({
  answer: 'yes',
  verdict: 'good',
  points,
  finding,
  ...(hedged && { hedgedPoints: hedged[0], hedgedFinding: hedged[1] }),
});
export const bad = (points: number, finding: string, hedgedFinding?: string): Outcome => ({
  answer: 'yes',
  verdict: 'bad',
  points,
  finding,
  ...(hedgedFinding && { hedgedFinding }),
});
/** The same outcome for a question whose "no" is the answer it stands for. */
export const no = (o: Outcome): Outcome => ({ ...o, answer: 'no' });
