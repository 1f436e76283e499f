/**
 * One training recipe end to end: fit on train; out-of-fold logits for train (policy-grouped folds); per label the
 * paragraph/best-sentence share and threshold tuned on those pooled with valid; optionally the second stage over
 * neighbouring paragraphs, fitted on the out-of-fold logits; figures for train (out of fold), valid and test.
 * `scripts/train.ts` runs the shipped recipe, `scripts/ablation.ts` its variants. Test is scored, never tuned on.
 */
import type { ClassifierInput } from '../../src/classify/classifier.ts';
import type { ContextWeights } from '../../src/classify/context.ts';
import { decodeEmbeddings, type StoredEmbeddings } from '../../src/classify/embeddings.ts';
import { withContext } from './context-stage.ts';
import { crossValidate } from './cross-validate.ts';
import { concat, labelsOf, mixedRows, tuneFirstStage } from './decisions.ts';
import { type FittedModel, fitModel, type HyperParameters, type Logits, predict, type Splitter } from './fit-model.ts';
import { evaluate, type Report } from './label-metrics.ts';
import type { Decisions } from './model-file.ts';
import type { Segment } from './opp115.ts';
import { readSentenceExamples } from './opp115-sentences.ts';
import { frequentWords, loadWordVectors } from './word-vectors.ts';

export interface Splits {
  train: Segment[];
  valid: Segment[];
  test: Segment[];
  /** Valid and test as the extension sees them (heading split off), for the headings row. */
  headed?: { valid: ClassifierInput[]; test: ClassifierInput[] };
}

/** What is fitted (the expensive part): the first stage and its logits. */
export interface FitRecipe {
  hyper: HyperParameters;
  folds: number;
  seed: number;
  /** Train on the sentences labelled from the evidence spans as well. */
  sentenceExamples: boolean;
  split: Splitter;
}

/** How logits become labels (cheap). */
export interface DecideRecipe {
  shares: readonly number[];
  tuneThresholds: boolean;
  atLeastOne: boolean;
  context: boolean;
  /**
   * The second stage is kept for a label only when it beats the first stage's pooled F1 by more than this
   * (negative: always kept).
   */
  contextMargin: number;
  /** Score valid and test with the heading split off the text. */
  headed: boolean;
}

export interface Fitted {
  recipe: FitRecipe;
  model: FittedModel;
  /** The word vectors the model was fitted with, as they will be stored. */
  embeddings?: StoredEmbeddings;
  sentenceCount: number;
  outOfFold: Logits;
  valid: Logits;
  test: Logits;
  headed?: { valid: Logits; test: Logits };
}

export interface Outcome {
  decisions: Decisions;
  context?: ContextWeights;
  cv: Report;
  valid: Report;
  test: Report;
}

const asStored = (segments: readonly Segment[]) => segments.map((segment) => ({ text: segment.text, heading: '' }));

/** The word vectors of the words in ≥ 2 train paragraphs, when the recipe uses them. */
function wordVectors(train: readonly Segment[], recipe: FitRecipe): StoredEmbeddings | undefined {
  if ((recipe.hyper.features.embeddingWeight ?? 0) <= 0) return undefined;
  return loadWordVectors(
    frequentWords(
      train.map((segment) => segment.text),
      2,
    ),
  );
}

export function fitRecipe(splits: Splits, recipe: FitRecipe): Fitted {
  const stored = wordVectors(splits.train, recipe);
  const hyper = stored ? { ...recipe.hyper, embeddings: decodeEmbeddings(stored) } : recipe.hyper;
  const { split } = recipe;
  const sentences = recipe.sentenceExamples ? readSentenceExamples(splits.train, 2, split) : [];
  const model = fitModel(splits.train, sentences, hyper);
  const outOfFold = crossValidate(splits.train, sentences, hyper, recipe.folds, recipe.seed, split);
  const score = (inputs: ClassifierInput[]) => predict(model, inputs, hyper.features, split, hyper.embeddings);
  const headed = splits.headed && { valid: score(splits.headed.valid), test: score(splits.headed.test) };
  return {
    recipe,
    model,
    ...(stored ? { embeddings: stored } : {}),
    sentenceCount: sentences.length,
    outOfFold,
    valid: score(asStored(splits.valid)),
    test: score(asStored(splits.test)),
    ...(headed ? { headed } : {}),
  };
}

/** Tunes the decisions on train out-of-fold + valid and scores train (out of fold), valid and test. */
export function decideRecipe(splits: Splits, fitted: Fitted, recipe: DecideRecipe): Outcome {
  const { train, valid, test } = splits;
  const decisions = tuneFirstStage([...train, ...valid], concat(fitted.outOfFold, fitted.valid), recipe);
  if (recipe.context) return withContext(splits, fitted, recipe, decisions);
  const { f1, ...shipped } = decisions;
  const headed = recipe.headed ? fitted.headed : undefined;
  const report = (segments: Segment[], logits: Logits) =>
    evaluate(
      segments.map((segment) => segment.labels),
      labelsOf(mixedRows(logits, decisions.paragraphShare), decisions.thresholds, recipe.atLeastOne, logits.known),
    );
  return {
    decisions: shipped,
    cv: report(train, fitted.outOfFold),
    valid: report(valid, (headed ?? fitted).valid),
    test: report(test, (headed ?? fitted).test),
  };
}
