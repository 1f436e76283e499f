/**
 * Fits the second stage (src/classify/context.ts) on first-stage logits of whole documents: per label, a small
 * logistic regression over the paragraph's own logit, its neighbours', the rest of the document's mean, position
 * and length. Its training rows must be out-of-fold first-stage logits, or it learns to trust an overfitted self.
 */
import { CONTEXT_INPUTS, type ContextWeights, contextInputs, contextLogits } from '../../src/classify/context.ts';
import { LABELS } from '../../src/classify/labels.ts';
import { fitLogistic, type SparseMatrix } from './logistic.ts';

/** One document: its paragraphs' first-stage logits (per paragraph, per label), lengths and gold labels. */
export interface ContextDocument {
  z: Float64Array[];
  chars: number[];
  /** Per paragraph, per label: 1 when the label is gold. */
  truth: Uint8Array[];
}

const LAMBDA = 1e-3;

function dense(rows: Float64Array[]): SparseMatrix {
  const width = CONTEXT_INPUTS.length;
  return {
    rows: rows.length,
    columns: width,
    rowStart: Int32Array.from({ length: rows.length + 1 }, (_, i) => i * width),
    column: Int32Array.from({ length: rows.length * width }, (_, k) => k % width),
    value: Float32Array.from(rows.flatMap((row) => [...row])),
  };
}

/** Second-stage weights (thresholds left at 0.5 for the caller to tune); positives weighted as in the first stage. */
export function fitContext(documents: readonly ContextDocument[], positivePower: number): ContextWeights {
  const weights = LABELS.map((_, label) => {
    const rows = documents.flatMap((document) => contextInputs(document.z, label, document.chars));
    const y = Float64Array.from(documents.flatMap((document) => document.truth.map((truth) => truth[label] ?? 0)));
    const positives = y.reduce((sum, value) => sum + value, 0);
    const boost = ((y.length - positives) / Math.max(positives, 1)) ** positivePower;
    const sampleWeight = y.map((value) => 1 + (boost - 1) * value);
    return [...fitLogistic(dense(rows), y, { lambda: LAMBDA, sampleWeight })];
  });
  return { weights, thresholds: LABELS.map(() => 0.5) };
}

/** Second-stage logits of every document, concatenated in document order. */
export function applyContext(documents: readonly ContextDocument[], context: ContextWeights): Float64Array[] {
  return documents.flatMap((document) => contextLogits(document.z, document.chars, context));
}

/** Out-of-fold second-stage logits: each fold's documents scored by a second stage fitted on the other folds. */
export function crossValidateContext(
  documents: readonly ContextDocument[],
  foldOf: readonly number[],
  folds: number,
  positivePower: number,
): Float64Array[] {
  const out: Float64Array[][] = documents.map(() => []);
  for (let fold = 0; fold < folds; fold++) {
    const context = fitContext(
      documents.filter((_, d) => foldOf[d] !== fold),
      positivePower,
    );
    documents.forEach((document, d) => {
      if (foldOf[d] === fold) out[d] = contextLogits(document.z, document.chars, context);
    });
  }
  return out.flat();
}
