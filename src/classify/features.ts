/**
 * Paragraph → sparse feature vector for the linear classifier: plain-JS tokenisation, a cheap suffix stemmer, word
 * unigrams and bigrams hashed into a fixed number of buckets, sublinear TF and L2 normalisation per block. The heading is a separate block with its own prefix and its own norm, so an empty heading
 * leaves the text blocks exactly as trained.
 */

import { type EmbeddingTable, meanEmbedding } from './embeddings.ts';

/** How text becomes features; stored in the weights file so training and inference cannot drift apart. */
export interface FeatureSpec {
  /** log2 of the number of hash buckets. */
  bucketBits: number;
  bigrams: boolean;
  /** Scale of the heading block relative to the text block (each block is L2-normalised on its own). */
  headingWeight: number;
  /** Suffix-stem words (default true); false keeps raw lower-cased words (an ablation). */
  stemming?: boolean;
  /** Fold digits to 0 (default true); false keeps numbers as written (an ablation). */
  foldDigits?: boolean;
  /** Scale of the text's mean word vector, appended after the buckets (absent or 0: no vectors). */
  embeddingWeight?: number;
}

export interface SparseVector {
  /** Bucket indices, ascending, unique. */
  indices: Int32Array;
  values: Float32Array;
}

const STEM_RULES: readonly [suffix: string, replacement: string, minStem: number][] = [
  ['sses', 'ss', 2],
  ['ies', 'y', 2],
  ['ing', '', 3],
  ['ed', '', 3],
  ['ly', '', 3],
  ['s', '', 3],
];

/** Cheap root normalisation: `sharing`, `shared`, `shares` → `shar`; `policies` → `policy`. */
export function stem(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  let root = word;
  for (const [suffix, replacement, minStem] of STEM_RULES) {
    if (root.endsWith(suffix) && root.length - suffix.length >= minStem) {
      root = root.slice(0, root.length - suffix.length) + replacement;
      break;
    }
  }
  return root.length > 4 && root.endsWith('e') ? root.slice(0, -1) : root;
}

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHE = /['’](?=\p{L})/gu;
const DIGIT = /\p{N}/gu;

type TokenOptions = Pick<FeatureSpec, 'stemming' | 'foldDigits'>;

/** Lower-cased, stemmed word tokens; digits become `0` so "30 days" and "90 days" share features. */
export function tokenise(text: string, options: TokenOptions = {}): string[] {
  const words = text.toLowerCase().replace(APOSTROPHE, '').match(WORD);
  if (words === null) return [];
  const fold = options.foldDigits ?? true;
  const stemming = options.stemming ?? true;
  return words.map((word) => {
    const folded = fold ? word.replace(DIGIT, '0') : word;
    return stemming ? stem(folded) : folded;
  });
}

/** 32-bit FNV-1a of a string's UTF-16 code units, seeded. */
export function hashString(value: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  }
  return mix(hash);
}

/** murmur3's finaliser: spreads the bits of a combined hash. */
function mix(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEED_WORD = 0x1f;
const SEED_BIGRAM = 0x2e;
const SEED_HEADING = 0x4c;

type Counter = (hash: number) => void;

function counter(bucketBits: number, counts: Map<number, number>): Counter {
  const mask = (1 << bucketBits) - 1;
  return (hash) => {
    const bucket = hash & mask;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
}

/** Unigrams, and bigrams hashed from their words' hashes (no string concatenation in the hot path). */
function countWords(tokens: string[], bigrams: boolean, seed: number, add: Counter): void {
  let previous = 0;
  for (let i = 0; i < tokens.length; i++) {
    const hash = hashString(tokens[i] as string, seed);
    add(hash);
    if (bigrams && i > 0) add(mix(Math.imul(previous, 0x9e3779b1) ^ hash ^ SEED_BIGRAM));
    previous = hash;
  }
}

/** Sublinear TF (1 + ln count), then L2-normalised and scaled, appended to `out`. */
function weigh(counts: Map<number, number>, scale: number, out: Map<number, number>): void {
  let norm = 0;
  for (const [bucket, count] of counts) {
    const tf = 1 + Math.log(count);
    counts.set(bucket, tf);
    norm += tf * tf;
  }
  if (norm === 0) return;
  const factor = scale / Math.sqrt(norm);
  for (const [bucket, tf] of counts) out.set(bucket, (out.get(bucket) ?? 0) + tf * factor);
}

const SENTENCE = /[^.!?;]+(?:[.!?;]+|$)/g;

/** [start, end) of each sentence-like piece (ends at . ! ? or ;), skipping blank ones: cheap, not linguistic. */
export function sentenceRanges(text: string): [start: number, end: number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(SENTENCE)) {
    if (match[0].trim() !== '') ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * The feature vector of one paragraph, e.g. `vectorise('We sell data', '', spec).indices.length === 5`. With
 * `embeddings` (and a spec.embeddingWeight), the mean word vector follows at indices 2^bucketBits + dimension.
 */
export function vectorise(text: string, heading: string, spec: FeatureSpec, embeddings?: EmbeddingTable): SparseVector {
  const merged = new Map<number, number>();
  const block = (fill: (add: Counter) => void, scale: number): void => {
    const counts = new Map<number, number>();
    fill(counter(spec.bucketBits, counts));
    weigh(counts, scale, merged);
  };
  block((add) => countWords(tokenise(text, spec), spec.bigrams, SEED_WORD, add), 1);
  if (heading !== '' && spec.headingWeight > 0) {
    block((add) => countWords(tokenise(heading, spec), spec.bigrams, SEED_HEADING, add), spec.headingWeight);
  }
  const indices = Int32Array.from(merged.keys()).sort();
  const values = Float32Array.from(indices, (bucket) => merged.get(bucket) ?? 0);
  const weight = spec.embeddingWeight ?? 0;
  const mean = embeddings && weight > 0 ? meanEmbedding(text, embeddings) : undefined;
  if (mean === undefined) return { indices, values };
  const base = 1 << spec.bucketBits;
  return {
    indices: Int32Array.from([...indices, ...mean.map((_, d) => base + d)]),
    values: Float32Array.from([...values, ...mean.map((value) => value * weight)]),
  };
}
