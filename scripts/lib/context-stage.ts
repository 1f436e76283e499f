/**
 * The second stage in training (src/classify/context.ts): fitted on train's out-of-fold first-stage logits, a policy
 * at a time; its own out-of-fold predictions, pooled with valid, tune its thresholds and decide per label whether it
 * is kept at all.
 */
import { CONTEXT_INPUTS, type ContextWeights } from '../../src/classify/context.ts';
import { LABELS } from '../../src/classify/labels.ts';
import { policyFolds } from './cross-validate.ts';
import { atHalf, labelsOf, mixedRows, truthOf } from './decisions.ts';
import type { DecideRecipe, Fitted, Outcome, Splits } from './experiment.ts';
import { applyContext, type ContextDocument, crossValidateContext, fitContext } from './fit-context.ts';
import type { Logits } from './fit-model.ts';
import { evaluate } from './label-metrics.ts';
import type { Decisions } from './model-file.ts';
import type { Segment } from './opp115.ts';
import { bestThreshold, sigmoid } from './training-data.ts';

/** Segments grouped into documents (policies), paragraphs in reading order; `order` maps back to segment indices. */
function documents(
  segments: readonly Segment[],
  rows: Float64Array[],
): { docs: ContextDocument[]; order: number[]; firsts: number[] } {
  const byPolicy = new Map<number, number[]>();
  segments.forEach((segment, i) => {
    byPolicy.set(segment.policyId, [...(byPolicy.get(segment.policyId) ?? []), i]);
  });
  const groups = [...byPolicy.values()].map((indices) =>
    indices.sort((a, b) => (segments[a] as Segment).segmentId - (segments[b] as Segment).segmentId),
  );
  const docs = groups.map((indices) => ({
    z: indices.map((i) => rows[i] as Float64Array),
    chars: indices.map((i) => (segments[i] as Segment).text.length),
    truth: indices.map((i) =>
      Uint8Array.from(LABELS, (label) => ((segments[i] as Segment).labels.includes(label) ? 1 : 0)),
    ),
  }));
  return { docs, order: groups.flat(), firsts: groups.map((indices) => indices[0] as number) };
}

/** Puts rows computed in document order back in segment order. */
function unorder(rows: Float64Array[], order: readonly number[]): Float64Array[] {
  const out: Float64Array[] = new Array(rows.length);
  order.forEach((i, k) => {
    out[i] = rows[k] as Float64Array;
  });
  return out;
}

/** Per label, the threshold with the best F1 on the pooled second-stage logits (0.5 if not tuned), and that F1. */
function tuneContext(pooled: readonly Segment[], rows: Float64Array[], tune: boolean) {
  return LABELS.map((_, l) => {
    const probabilities = sigmoid(Float64Array.from(rows, (row) => row[l] as number));
    const truth = truthOf(pooled, l);
    return tune ? bestThreshold(probabilities, truth) : atHalf(probabilities, truth);
  });
}

/** A second stage that passes the first stage's logit through: for labels whose neighbours do not help. */
const ownLogitOnly = (): number[] => [...CONTEXT_INPUTS.map((name) => (name === 'self' ? 1 : 0)), 0];

/**
 * Per label, keeps the second stage only where it beats the first on the pooled (out-of-fold + valid) F1 by more
 * than `margin`; elsewhere the label passes its own logit through with its first-stage threshold.
 */
function keepWhereItPays(
  context: ContextWeights,
  tuned: { threshold: number; f1: number }[],
  first: Decisions & { f1: number[] },
  margin: number,
  outOfFold: Float64Array[],
  firstOutOfFold: Float64Array[],
): void {
  LABELS.forEach((_, l) => {
    const pick = tuned[l] as { threshold: number; f1: number };
    if (pick.f1 > (first.f1[l] as number) + margin) {
      context.thresholds[l] = pick.threshold;
      return;
    }
    context.weights[l] = ownLogitOnly();
    context.thresholds[l] = first.thresholds[l] as number;
    outOfFold.forEach((row, i) => {
      row[l] = Math.max(-12, Math.min(12, (firstOutOfFold[i] as Float64Array)[l] as number));
    });
  });
}

/** The second stage: fitted on train's out-of-fold logits, thresholds tuned on its own out-of-fold pooled with valid. */
export function withContext(
  splits: Splits,
  fitted: Fitted,
  recipe: DecideRecipe,
  decisions: Decisions & { f1: number[] },
): Outcome {
  const { train, valid, test } = splits;
  const { folds, seed, hyper } = fitted.recipe;
  const shares = decisions.paragraphShare;
  const trainDocs = documents(train, mixedRows(fitted.outOfFold, shares));
  const foldOf = policyFolds(train, folds, seed);
  const docFolds = trainDocs.firsts.map((first) => foldOf[first] as number);
  const outOfFold = unorder(
    crossValidateContext(trainDocs.docs, docFolds, folds, hyper.positivePower),
    trainDocs.order,
  );
  const context = fitContext(trainDocs.docs, hyper.positivePower);
  const score = (segments: Segment[], logits: Logits) => {
    const { docs, order } = documents(segments, mixedRows(logits, shares));
    return unorder(applyContext(docs, context), order);
  };
  const tuned = tuneContext([...train, ...valid], [...outOfFold, ...score(valid, fitted.valid)], recipe.tuneThresholds);
  const firstOutOfFold = mixedRows(fitted.outOfFold, shares);
  keepWhereItPays(context, tuned, decisions, recipe.contextMargin, outOfFold, firstOutOfFold);
  const validRows = score(valid, fitted.valid);
  const headed = recipe.headed ? fitted.headed : undefined;
  const report = (segments: Segment[], rows: Float64Array[], known: Int32Array) =>
    evaluate(
      segments.map((segment) => segment.labels),
      labelsOf(rows, context.thresholds, recipe.atLeastOne, known),
    );
  const { f1, ...shipped } = decisions;
  return {
    decisions: shipped,
    context,
    cv: report(train, outOfFold, fitted.outOfFold.known),
    valid: report(valid, headed ? score(valid, headed.valid) : validRows, (headed ?? fitted).valid.known),
    test: report(test, score(test, (headed ?? fitted).test), (headed ?? fitted).test.known),
  };
}
