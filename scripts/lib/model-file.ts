/**
 * Writes a fitted model as the weights file the extension ships: int8 per label, and only the buckets whose
 * quantised weights are not all zero.
 */
import type { ContextWeights } from '../../src/classify/context.ts';
import type { StoredEmbeddings } from '../../src/classify/embeddings.ts';
import type { FeatureSpec } from '../../src/classify/features.ts';
import { LABELS } from '../../src/classify/labels.ts';
import type { LinearWeights } from '../../src/classify/linear-model.ts';
import { encodeBase64, encodeSortedIndices, quantise } from '../../src/classify/weights-codec.ts';
import type { FittedModel } from './fit-model.ts';

/** How scores become labels, tuned after fitting. */
export interface Decisions {
  paragraphShare: number[];
  thresholds: number[];
  atLeastOne: boolean;
}

export function toWeightsFile(
  model: FittedModel,
  spec: FeatureSpec,
  decisions: Decisions,
  id: string,
  extras: { context?: ContextWeights; embeddings?: StoredEmbeddings } = {},
): LinearWeights {
  const { context, embeddings } = extras;
  const columns = model.buckets.length;
  const width = LABELS.length;
  const quantised = model.parameters.map((parameters) => quantise(parameters.subarray(0, columns)));
  const keptRows: number[] = [];
  for (let c = 0; c < columns; c++) {
    if (quantised.some((q) => q.values[c] !== 0)) keptRows.push(c);
  }
  const weights = new Int8Array(keptRows.length * width);
  keptRows.forEach((c, row) => {
    quantised.forEach((q, label) => {
      weights[row * width + label] = q.values[c] as number;
    });
  });
  return {
    format: 'policy-lens-linear',
    version: 1,
    id,
    labels: [...LABELS],
    features: spec,
    rows: keptRows.length,
    buckets: encodeBase64(encodeSortedIndices(keptRows.map((c) => model.buckets[c] as number))),
    weights: encodeBase64(new Uint8Array(weights.buffer)),
    scales: quantised.map((q) => q.scale),
    bias: model.parameters.map((parameters) => parameters[columns] as number),
    paragraphShare: decisions.paragraphShare,
    thresholds: decisions.thresholds,
    atLeastOne: decisions.atLeastOne,
    ...(embeddings ? { embeddings } : {}),
    ...(context ? { context: roundContext(context) } : {}),
  };
}

/** Six significant digits are plenty for a dozen weights per label, and keep the file readable. */
function roundContext(context: ContextWeights): ContextWeights {
  return {
    weights: context.weights.map((weights) => weights.map((w) => Number(w.toPrecision(6)))),
    thresholds: context.thresholds,
  };
}
