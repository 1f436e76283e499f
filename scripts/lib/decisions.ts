/**
 * The first stage's decisions, tuned on pooled out-of-fold + valid predictions: per label the paragraph/best-sentence
 * share and the threshold; and labels from logits exactly as the shipped classifier assigns them.
 */
import { LABELS } from '../../src/classify/labels.ts';
import { assignLabels } from '../../src/classify/linear-model.ts';
import type { DecideRecipe } from './experiment.ts';
import { type Logits, mix } from './fit-model.ts';
import type { Decisions } from './model-file.ts';
import type { Segment } from './opp115.ts';
import { bestThreshold, sigmoid } from './training-data.ts';

export const concat = (a: Logits, b: Logits): Logits => ({
  paragraph: a.paragraph.map((column, l) => Float64Array.from([...column, ...(b.paragraph[l] ?? [])])),
  sentence: a.sentence.map((column, l) => Float64Array.from([...column, ...(b.sentence[l] ?? [])])),
  known: Int32Array.from([...a.known, ...b.known]),
});

export const truthOf = (segments: readonly Segment[], l: number) =>
  segments.map((segment) => segment.labels.includes(LABELS[l] as (typeof LABELS)[number]));

/** Per label, the share and threshold with the best F1 on the pooled predictions (threshold 0.5 if not tuned). */
export function tuneFirstStage(
  pooled: readonly Segment[],
  logits: Logits,
  recipe: DecideRecipe,
): Decisions & { f1: number[] } {
  const picks = LABELS.map((_, l) => {
    const truth = truthOf(pooled, l);
    let best = { share: 1, threshold: 0.5, f1: -1 };
    for (const share of recipe.shares) {
      const probabilities = mix(logits, l, share);
      const pick = recipe.tuneThresholds ? bestThreshold(probabilities, truth) : atHalf(probabilities, truth);
      if (pick.f1 > best.f1 + 1e-9) best = { share, ...pick };
    }
    return best;
  });
  return {
    paragraphShare: picks.map((pick) => pick.share),
    thresholds: picks.map((pick) => pick.threshold),
    atLeastOne: recipe.atLeastOne,
    f1: picks.map((pick) => pick.f1),
  };
}

export function atHalf(probabilities: Float64Array, truth: readonly boolean[]): { threshold: number; f1: number } {
  let tp = 0;
  let predicted = 0;
  let actual = 0;
  probabilities.forEach((p, i) => {
    if (p >= 0.5) predicted++;
    if (truth[i]) actual++;
    if (p >= 0.5 && truth[i]) tp++;
  });
  return { threshold: 0.5, f1: predicted + actual === 0 ? 0 : (2 * tp) / (predicted + actual) };
}

/** Per segment, per label: the first stage's mixed logit, as the shipped classifier computes it. */
export function mixedRows(logits: Logits, shares: readonly number[]): Float64Array[] {
  const n = logits.known.length;
  const rows = Array.from({ length: n }, () => new Float64Array(LABELS.length));
  LABELS.forEach((_, l) => {
    const share = shares[l] ?? 1;
    const paragraph = logits.paragraph[l] as Float64Array;
    const sentence = logits.sentence[l] as Float64Array;
    for (let i = 0; i < n; i++) {
      (rows[i] as Float64Array)[l] = share * (paragraph[i] as number) + (1 - share) * (sentence[i] as number);
    }
  });
  return rows;
}

export function labelsOf(rows: Float64Array[], thresholds: readonly number[], atLeastOne: boolean, known: Int32Array) {
  return rows.map((z, i) => assignLabels(LABELS, sigmoid(z), thresholds, atLeastOne, known[i] as number));
}
