/**
 * Naive Bayes log-count ratios (Wang & Manning, "Baselines and Bigrams", ACL 2012): a logistic regression fitted on
 * features scaled by |log ratio| leans on the words that separate a label, and its weights fold back into plain
 * weights (w × r), so the shipped model stays one linear layer.
 */
import type { SparseMatrix } from './logistic.ts';

/** |log(P(feature | positive) / P(feature | negative))| per column, from presence in the rows `positive` judges. */
export function nbRatios(x: SparseMatrix, positive: (row: number) => boolean | undefined, smoothing = 1): Float64Array {
  const inPositive = new Float64Array(x.columns).fill(smoothing);
  const inNegative = new Float64Array(x.columns).fill(smoothing);
  for (let row = 0; row < x.rows; row++) {
    const isPositive = positive(row);
    if (isPositive === undefined) continue;
    const counts = isPositive ? inPositive : inNegative;
    for (let k = x.rowStart[row] as number; k < (x.rowStart[row + 1] as number); k++) {
      const column = x.column[k] as number;
      counts[column] = (counts[column] as number) + 1;
    }
  }
  const positiveTotal = inPositive.reduce((a, b) => a + b, 0);
  const negativeTotal = inNegative.reduce((a, b) => a + b, 0);
  return inPositive.map((count, c) =>
    Math.abs(Math.log(count / positiveTotal / ((inNegative[c] as number) / negativeTotal))),
  );
}

/** The matrix with every value scaled by its column's ratio. */
export function scaleColumns(x: SparseMatrix, ratios: Float64Array): SparseMatrix {
  return { ...x, value: x.value.map((value, k) => value * (ratios[x.column[k] as number] as number)) };
}
