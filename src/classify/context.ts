/**
 * The second stage: a paragraph judged in the light of its neighbours. OPP-115's annotators read whole policies, and
 * a paragraph under a run about cookies is more likely about cookies too. Per label, a tiny logistic regression over
 * the first stage's logit of the paragraph, of the paragraphs just before and after it, the mean over the rest of
 * the document, the paragraph's position and its length. Cheap (a few multiplications per paragraph and label), so a
 * changed page re-runs it for every paragraph while the first stage's logits are memoised.
 */

/** What the second stage sees of a paragraph, per label, in this order. */
export const CONTEXT_INPUTS = ['self', 'previous', 'next', 'rest', 'position', 'first', 'last', 'size'] as const;

export interface ContextWeights {
  /** Per label (weights-file column order): one weight per CONTEXT_INPUTS entry, then the bias. */
  weights: number[][];
  /** Probability a label's context score must reach to be assigned. */
  thresholds: number[];
}

/** Logits this far out carry no more information, and clipping keeps one odd paragraph from swamping the mean. */
const CLIP = 12;
const clip = (z: number): number => Math.max(-CLIP, Math.min(CLIP, z));

/**
 * The inputs of every paragraph of one document for one label: `z[i][label]` is paragraph i's first-stage logit,
 * `chars[i]` its length. E.g. a lone paragraph has previous = next = rest = 0, first = last = 1.
 */
export function contextInputs(z: readonly Float64Array[], label: number, chars: readonly number[]): Float64Array[] {
  const n = z.length;
  const own = z.map((row) => clip(row[label] as number));
  const total = own.reduce((sum, value) => sum + value, 0);
  return own.map((self, i) =>
    Float64Array.of(
      self,
      i > 0 ? (own[i - 1] as number) : 0,
      i < n - 1 ? (own[i + 1] as number) : 0,
      n > 1 ? (total - self) / (n - 1) : 0,
      n > 1 ? i / (n - 1) : 0,
      i === 0 ? 1 : 0,
      i === n - 1 ? 1 : 0,
      Math.log1p(chars[i] ?? 0) / 5,
    ),
  );
}

/** Second-stage logits, per paragraph then label, for one document in reading order. */
export function contextLogits(
  z: readonly Float64Array[],
  chars: readonly number[],
  context: ContextWeights,
): Float64Array[] {
  const out = z.map(() => new Float64Array(context.weights.length));
  context.weights.forEach((weights, label) => {
    const bias = weights[CONTEXT_INPUTS.length] ?? 0;
    contextInputs(z, label, chars).forEach((inputs, i) => {
      let sum = bias;
      inputs.forEach((value, k) => {
        sum += value * (weights[k] ?? 0);
      });
      (out[i] as Float64Array)[label] = sum;
    });
  });
  return out;
}
