/**
 * Turns hashed feature vectors into the compact sparse matrices the trainer works on: only buckets seen in enough
 * training paragraphs get a column, and a column maps back to its bucket when the weights are written.
 */
import type { SparseVector } from '../../src/classify/features.ts';
import type { SparseMatrix } from './logistic.ts';

/** Buckets present in at least `minDocuments` vectors, ascending. */
export function vocabulary(vectors: readonly SparseVector[], minDocuments: number): Int32Array {
  const documents = new Map<number, number>();
  for (const vector of vectors) {
    for (const bucket of vector.indices) documents.set(bucket, (documents.get(bucket) ?? 0) + 1);
  }
  const kept = [...documents].filter(([, count]) => count >= minDocuments).map(([bucket]) => bucket);
  return Int32Array.from(kept).sort();
}

/** Rows = vectors, columns = `buckets`; features outside the vocabulary are dropped. */
export function toMatrix(vectors: readonly SparseVector[], buckets: Int32Array): SparseMatrix {
  const columnOf = new Map<number, number>();
  buckets.forEach((bucket, column) => {
    columnOf.set(bucket, column);
  });
  const rowStart = new Int32Array(vectors.length + 1);
  const column: number[] = [];
  const value: number[] = [];
  vectors.forEach((vector, row) => {
    vector.indices.forEach((bucket, k) => {
      const c = columnOf.get(bucket);
      if (c === undefined) return;
      column.push(c);
      value.push(vector.values[k] as number);
    });
    rowStart[row + 1] = column.length;
  });
  return {
    rows: vectors.length,
    columns: buckets.length,
    rowStart,
    column: Int32Array.from(column),
    value: Float32Array.from(value),
  };
}

/** Probabilities from logits. */
export function sigmoid(logits: Float64Array): Float64Array {
  return logits.map((z) => 1 / (1 + Math.exp(-z)));
}

/** The threshold on `probabilities` that maximises F1 against `truth`, searched on a fixed grid. */
export function bestThreshold(
  probabilities: Float64Array,
  truth: readonly boolean[],
): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    let tp = 0;
    let predicted = 0;
    let actual = 0;
    probabilities.forEach((p, i) => {
      const guess = p >= t;
      if (guess) predicted++;
      if (truth[i]) actual++;
      if (guess && truth[i]) tp++;
    });
    const f1 = predicted + actual === 0 ? 0 : (2 * tp) / (predicted + actual);
    // Prefer the threshold closest to 0.5 among ties: it generalises better than an edge of a plateau.
    if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(best.threshold - 0.5))) {
      best = { threshold: Math.round(t * 100) / 100, f1 };
    }
  }
  return best;
}
