/**
 * Fits the one-vs-rest models for every label on a set of segments and scores other segments with them, in
 * floating point. `model-file.ts` turns a fitted model into the quantised weights file the extension ships.
 */
import type { ClassifierInput } from '../../src/classify/classifier.ts';
import type { EmbeddingTable } from '../../src/classify/embeddings.ts';
import { type FeatureSpec, type SparseVector, sentenceRanges, vectorise } from '../../src/classify/features.ts';
import { LABELS, type Label, type OppCategory } from '../../src/classify/labels.ts';
import { fitLogistic, type Parameters, scores } from './logistic.ts';
import { nbRatios, scaleColumns } from './nb-ratios.ts';
import type { Segment } from './opp115.ts';
import type { SentenceExample } from './opp115-sentences.ts';
import { sigmoid, toMatrix, vocabulary } from './training-data.ts';

export interface HyperParameters {
  features: FeatureSpec;
  /** A bucket gets a weight only if it occurs in this many training paragraphs. */
  minDocuments: number;
  /** L2 penalty, per label. */
  lambda: Record<Label, number>;
  /** Positive examples weigh (negatives / positives)^power: 0 = unweighted, 1 = balanced. */
  positivePower: number;
  /** Train on the share of annotators who gave a category (1/3, 2/3, 1) instead of the 0/1 majority label. */
  softTargets: boolean;
  /** Weight of each sentence example (from the evidence spans) relative to a paragraph. */
  sentenceWeight: number;
  /** Average each label's model with a Naive Bayes-scaled one (NBSVM-style); both are linear, so is the average. */
  naiveBayesEnsemble: boolean;
  /** Word vectors for the mean-embedding features (used when features.embeddingWeight > 0). */
  embeddings?: EmbeddingTable;
}

export interface FittedModel {
  /** Bucket of each column, ascending. */
  buckets: Int32Array;
  /** Per label (LABELS order): weights per column, then the bias. */
  parameters: Parameters[];
}

const vectorCache = new Map<string, SparseVector>();
let cachedSpec: FeatureSpec | undefined;
let cachedEmbeddings: EmbeddingTable | undefined;

/** A text's features, cached for one spec at a time: folds reuse them. */
function textFeatures(text: string, heading: string, spec: FeatureSpec, embeddings?: EmbeddingTable): SparseVector {
  if (spec !== cachedSpec || embeddings !== cachedEmbeddings) {
    vectorCache.clear();
    cachedSpec = spec;
    cachedEmbeddings = embeddings;
  }
  const key = `${heading}\u0000${text.trim()}`;
  let vector = vectorCache.get(key);
  if (vector === undefined) {
    vector = vectorise(text.trim(), heading, spec, embeddings);
    vectorCache.set(key, vector);
  }
  return vector;
}

const features = (segment: Segment, hyper: HyperParameters): SparseVector =>
  textFeatures(segment.text, '', hyper.features, hyper.embeddings);

function target(segment: Segment, label: Label, soft: boolean): number {
  if (!soft || label === 'Advertising') return segment.labels.includes(label) ? 1 : 0;
  return segment.votes[label as OppCategory] ?? 0;
}

/**
 * Fits every label on the paragraphs and their evidence sentences. The vocabulary, the positive boost and the Naive
 * Bayes ratios come from the paragraphs only; sentences only add to the loss.
 */
export function fitModel(
  train: readonly Segment[],
  sentences: readonly SentenceExample[],
  hyper: HyperParameters,
): FittedModel {
  const paragraphs = train.map((segment) => features(segment, hyper));
  const buckets = vocabulary(paragraphs, hyper.minDocuments);
  const sentenceRows = sentences.map((sentence) => textFeatures(sentence.text, '', hyper.features, hyper.embeddings));
  const x = toMatrix([...paragraphs, ...sentenceRows], buckets);
  const parameters = LABELS.map((label) => {
    const y = Float64Array.from([
      ...train.map((segment) => target(segment, label, hyper.softTargets)),
      ...sentences.map((sentence) => (sentence.labels.includes(label) ? 1 : 0)),
    ]);
    const positives = train.filter((segment) => segment.labels.includes(label)).length;
    const boost = ((train.length - positives) / Math.max(positives, 1)) ** hyper.positivePower;
    const sampleWeight = y.map((value, i) => (1 + (boost - 1) * value) * (i < train.length ? 1 : hyper.sentenceWeight));
    const options = { lambda: hyper.lambda[label], sampleWeight };
    const plain = fitLogistic(x, y, options);
    if (!hyper.naiveBayesEnsemble) return plain;
    const ratios = nbRatios(x, (row) =>
      row < train.length ? (train[row] as Segment).labels.includes(label) : undefined,
    );
    const scaled = fitLogistic(scaleColumns(x, ratios), y, options);
    return plain.map((w, c) => (w + (scaled[c] as number) * (ratios[c] ?? 1)) / 2);
  });
  return { buckets, parameters };
}

/** Per label (LABELS order) and segment, the paragraph's logit and its best sentence's (the paragraph's if one). */
export interface Logits {
  paragraph: Float64Array[];
  sentence: Float64Array[];
  /** Per segment, how many of its features the model has a column for (0: no known word). */
  known: Int32Array;
}

/** [start, end) of each sentence of a text. */
export type Splitter = (text: string) => [start: number, end: number][];

export function predict(
  model: FittedModel,
  inputs: readonly ClassifierInput[],
  spec: FeatureSpec,
  split: Splitter = sentenceRanges,
  embeddings?: EmbeddingTable,
): Logits {
  const x = toMatrix(
    inputs.map((input) => textFeatures(input.text, input.heading, spec, embeddings)),
    model.buckets,
  );
  const owner: number[] = [];
  const pieces: SparseVector[] = [];
  inputs.forEach((input, i) => {
    const ranges = split(input.text);
    if (ranges.length < 2) return;
    for (const [start, end] of ranges) {
      owner.push(i);
      pieces.push(textFeatures(input.text.slice(start, end), input.heading, spec, embeddings));
    }
  });
  const xs = toMatrix(pieces, model.buckets);
  const paragraph = model.parameters.map((parameters) => scores(x, parameters));
  const sentence = model.parameters.map((parameters, label) => {
    const best = Float64Array.from(paragraph[label] as Float64Array);
    const seen = new Set<number>();
    scores(xs, parameters).forEach((z, k) => {
      const i = owner[k] as number;
      best[i] = seen.has(i) ? Math.max(best[i] as number, z) : z;
      seen.add(i);
    });
    return best;
  });
  const known = Int32Array.from(inputs, (_, i) => (x.rowStart[i + 1] as number) - (x.rowStart[i] as number));
  return { paragraph, sentence, known };
}

/** Probabilities from logits mixed as the shipped classifier mixes them. */
export function mix(logits: Logits, label: number, paragraphShare: number): Float64Array {
  const sentence = logits.sentence[label] as Float64Array;
  return sigmoid(
    (logits.paragraph[label] as Float64Array).map(
      (z, i) => paragraphShare * z + (1 - paragraphShare) * (sentence[i] as number),
    ),
  );
}
