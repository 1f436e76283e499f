/**
 * One-vs-rest logistic regression over hashed paragraph features, with a tuned threshold per label. A label's logit
 * mixes the whole paragraph's with its best sentence's, so one sentence about, say, advertising is not drowned by a
 * long paragraph about something else. The weights file is plain JSON (bundlers import it directly): only buckets
 * seen in training are stored, int8 with one scale per label.
 */
import type { Classifier, ClassifierInput, Prediction } from './classifier.ts';
import { type ContextWeights, contextLogits } from './context.ts';
import { decodeEmbeddings, type EmbeddingTable, type StoredEmbeddings } from './embeddings.ts';
import { type FeatureSpec, sentenceRanges, vectorise } from './features.ts';
import { isLabel, LABELS, type Label } from './labels.ts';
import { decodeBase64, decodeSortedIndices } from './weights-codec.ts';

/** The serialised model, as `scripts/train.ts` writes it to `model/policy-lens-linear.json`. */
export interface LinearWeights {
  format: 'policy-lens-linear';
  version: 1;
  /** Model name and training date ("linear-hash-v1 2026-11-23"). */
  id: string;
  /** Label of each weight column, in column order. */
  labels: string[];
  features: FeatureSpec;
  /** Number of stored buckets (rows). */
  rows: number;
  /** The stored buckets, ascending: LEB128 varints of the gaps, base64. */
  buckets: string;
  /** int8 weights, row-major (rows × labels), base64; weight = value × scales[label]. */
  weights: string;
  scales: number[];
  bias: number[];
  /** Per label, the share of the paragraph's logit in its score; the rest is the best sentence's logit. */
  paragraphShare: number[];
  /** Probability a label's score must reach to be assigned. */
  thresholds: number[];
  /** When no category passes its threshold, assign the one closest to passing (OPP-115 labels nearly every segment). */
  atLeastOne: boolean;
  /** Word vectors for the mean-embedding features (features.embeddingWeight); absent in models without them. */
  embeddings?: StoredEmbeddings;
  /** The second stage over neighbouring paragraphs (`predictDocument`); absent in models trained without it. */
  context?: ContextWeights;
}

interface DecodedModel {
  columns: Label[];
  rowOf: Map<number, number>;
  /** Kept as int8 (a quarter of the memory of floats); scaled once per paragraph, after summing. */
  weights: Int8Array;
  scales: Float64Array;
  bias: Float64Array;
  embeddings?: EmbeddingTable;
}

function decode(model: LinearWeights): DecodedModel {
  if (model.format !== 'policy-lens-linear' || model.version !== 1)
    throw new Error('Not policy-lens-linear v1 weights');
  const columns = model.labels.map((label) => {
    if (!isLabel(label)) throw new Error(`Unknown label in weights: ${label}`);
    return label;
  });
  const width = columns.length;
  const buckets = decodeSortedIndices(decodeBase64(model.buckets), model.rows);
  const weights = new Int8Array(decodeBase64(model.weights).buffer);
  if (weights.length !== model.rows * width) throw new Error('Weights do not match rows × labels');
  const rowOf = new Map<number, number>();
  buckets.forEach((bucket, row) => {
    rowOf.set(bucket, row);
  });
  return {
    columns,
    rowOf,
    weights,
    scales: Float64Array.from(model.scales),
    bias: Float64Array.from(model.bias),
    ...(model.embeddings ? { embeddings: decodeEmbeddings(model.embeddings) } : {}),
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Logits {
  z: Float64Array;
  /** How many of the text's features the model has weights for. */
  known: number;
  /** Per column, the [start, end) of the sentence with the highest logit, when the text has two or more. */
  strongest?: [number, number][];
}

function logits(model: DecodedModel, text: string, heading: string, spec: FeatureSpec): Logits {
  const width = model.columns.length;
  const sums = new Float64Array(width);
  const { indices, values } = vectorise(text, heading, spec, model.embeddings);
  let known = 0;
  for (let i = 0; i < indices.length; i++) {
    const row = model.rowOf.get(indices[i] as number);
    if (row === undefined) continue;
    known++;
    const value = values[i] as number;
    const offset = row * width;
    for (let column = 0; column < width; column++) {
      sums[column] = (sums[column] as number) + value * (model.weights[offset + column] as number);
    }
  }
  const z = sums.map((sum, column) => (model.bias[column] as number) + sum * (model.scales[column] as number));
  return { z, known };
}

/** Per label, paragraphShare × paragraph logit + (1 − paragraphShare) × the best sentence's logit. */
function mixedLogits(model: DecodedModel, weights: LinearWeights, { text, heading }: ClassifierInput): Logits {
  const paragraph = logits(model, text, heading, weights.features);
  const ranges = sentenceRanges(text);
  if (ranges.length < 2 || weights.paragraphShare.every((share) => share === 1)) return paragraph;
  const best = new Float64Array(paragraph.z.length).fill(Number.NEGATIVE_INFINITY);
  const strongest = Array.from(paragraph.z, () => ranges[0] as [number, number]);
  for (const range of ranges) {
    logits(model, text.slice(range[0], range[1]), heading, weights.features).z.forEach((z, column) => {
      if (z <= (best[column] as number)) return;
      best[column] = z;
      strongest[column] = range;
    });
  }
  const z = paragraph.z.map((z, column) => {
    const share = weights.paragraphShare[column] ?? 1;
    return share * z + (1 - share) * (best[column] as number);
  });
  return { z, known: paragraph.known, strongest };
}

/**
 * Assigned labels, most confident first. With `atLeastOne`, when no category passes its threshold the one closest to
 * passing is assigned — only for text the model knows some words of (`known` > 0).
 */
export function assignLabels(
  columns: readonly Label[],
  scores: Float64Array,
  thresholds: readonly number[],
  atLeastOne: boolean,
  known: number,
): Label[] {
  const threshold = (column: number) => thresholds[column] ?? 0.5;
  const passed = columns.flatMap((_, column) => ((scores[column] as number) >= threshold(column) ? [column] : []));
  if (atLeastOne && known > 0 && !passed.some((column) => columns[column] !== 'Advertising')) {
    const candidates = columns.flatMap((label, column) => (label === 'Advertising' ? [] : [column]));
    const closest = candidates.reduce((a, b) =>
      (scores[b] as number) / threshold(b) > (scores[a] as number) / threshold(a) ? b : a,
    );
    passed.push(closest);
  }
  passed.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  return passed.map((column) => columns[column] as Label);
}

function toPrediction(
  columns: Label[],
  z: Float64Array,
  thresholds: number[],
  atLeastOne: boolean,
  { known, strongest }: Omit<Logits, 'z'>,
): Prediction {
  const probabilities = z.map(sigmoid);
  const scores = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  columns.forEach((label, column) => {
    scores[label] = probabilities[column] as number;
  });
  const labels = assignLabels(columns, probabilities, thresholds, atLeastOne, known);
  if (!strongest) return { scores, labels };
  const evidence: Partial<Record<Label, [number, number]>> = {};
  for (const label of labels) {
    const range = strongest[columns.indexOf(label)];
    if (range) evidence[label] = range;
  }
  return { scores, labels, evidence };
}

/** First-stage logits of paragraphs already seen: a changing page re-runs only the cheap second stage for them. */
const MEMO_LIMIT = 5_000;

/**
 * A Classifier from serialised weights, e.g. `createLinearClassifier(weights).predict({ text, heading: '' })`.
 * `predict` judges a paragraph on its own; `predictDocument` adds the second stage over its neighbours when the
 * weights have one.
 */
export function createLinearClassifier(weights: LinearWeights): Classifier {
  const model = decode(weights);
  const memo = new Map<string, Logits>();
  const firstStage = (input: ClassifierInput): Logits => {
    const key = `${input.heading}\u0000${input.text}`;
    let found = memo.get(key);
    if (found === undefined) {
      found = mixedLogits(model, weights, input);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, found);
    }
    return found;
  };
  const predict = (input: ClassifierInput): Prediction => {
    const { z, ...rest } = mixedLogits(model, weights, input);
    return toPrediction(model.columns, z, weights.thresholds, weights.atLeastOne, rest);
  };
  const { context } = weights;
  return {
    id: weights.id,
    predict,
    predictDocument(inputs: readonly ClassifierInput[]): Prediction[] {
      if (context === undefined) return inputs.map(predict);
      const first = inputs.map(firstStage);
      const second = contextLogits(
        first.map((logits) => logits.z),
        inputs.map((input) => input.text.length),
        context,
      );
      // Text the model knows no word of is not labelled by where it stands.
      return second.map((z, i) => {
        const { z: own, ...rest } = first[i] as Logits;
        if (rest.known === 0) return toPrediction(model.columns, own, weights.thresholds, weights.atLeastOne, rest);
        return toPrediction(model.columns, z, context.thresholds, weights.atLeastOne, rest);
      });
    },
  };
}
