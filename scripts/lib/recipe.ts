/**
 * The shipped training recipe, shared by `scripts/train.ts` and `scripts/ablation.ts` (whose rows change one part
 * of it). Every setting here was chosen on policy-grouped cross-validation over train + valid, never on test.
 */
import { sentenceRanges } from '../../src/classify/features.ts';
import { LABELS, type Label } from '../../src/classify/labels.ts';
import type { DecideRecipe, FitRecipe } from './experiment.ts';

export const SHIPPED_FIT: FitRecipe = {
  hyper: {
    features: { bucketBits: 22, bigrams: true, headingWeight: 0.5 },
    minDocuments: 2,
    lambda: Object.fromEntries(LABELS.map((label) => [label, 3e-5])) as Record<Label, number>,
    positivePower: 0.5,
    softTargets: true,
    sentenceWeight: 0.5,
    naiveBayesEnsemble: true,
  },
  folds: 5,
  seed: 115,
  sentenceExamples: true,
  split: sentenceRanges,
};

export const SHIPPED_DECIDE: DecideRecipe = {
  shares: [1, 0.75, 0.5, 0.25],
  tuneThresholds: true,
  atLeastOne: true,
  context: true,
  contextMargin: 0.005,
  headed: false,
};
