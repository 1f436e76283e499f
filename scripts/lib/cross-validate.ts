/**
 * Out-of-fold predictions with policy-grouped folds: no policy is ever predicted by a model that saw its text.
 */
import { LABELS } from '../../src/classify/labels.ts';
import { fitModel, type HyperParameters, type Logits, predict, type Splitter } from './fit-model.ts';
import type { Segment } from './opp115.ts';
import type { SentenceExample } from './opp115-sentences.ts';

/** Deterministic shuffle (mulberry32), so folds do not follow the order policies were numbered in. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Each segment's fold: its policy's place in a seeded shuffle of the policies, modulo `folds`. */
export function policyFolds(segments: readonly Segment[], folds: number, seed: number): Int32Array {
  const policies = shuffled(
    [...new Set(segments.map((segment) => segment.policyId))].sort((a, b) => a - b),
    seed,
  );
  const foldOf = new Map(policies.map((policy, i) => [policy, i % folds]));
  return Int32Array.from(segments, (segment) => foldOf.get(segment.policyId) ?? 0);
}

/** Out-of-fold logits: policies shuffled (seeded) into `folds` groups, each predicted by a model fitted on the rest. */
export function crossValidate(
  segments: readonly Segment[],
  sentences: readonly SentenceExample[],
  hyper: HyperParameters,
  folds: number,
  seed: number,
  split?: Splitter,
): Logits {
  const foldOf = policyFolds(segments, folds, seed);
  const out: Logits = {
    paragraph: LABELS.map(() => new Float64Array(segments.length)),
    sentence: LABELS.map(() => new Float64Array(segments.length)),
    known: new Int32Array(segments.length),
  };
  for (let fold = 0; fold < folds; fold++) {
    const held = new Set(segments.flatMap((segment, i) => (foldOf[i] === fold ? [segment.policyId] : [])));
    const heldIndex = segments.flatMap((segment, i) => (held.has(segment.policyId) ? [i] : []));
    const model = fitModel(
      segments.filter((segment) => !held.has(segment.policyId)),
      sentences.filter((sentence) => !held.has(sentence.policyId)),
      hyper,
    );
    const logits = predict(
      model,
      heldIndex.map((i) => ({ text: (segments[i] as Segment).text, heading: '' })),
      hyper.features,
      split,
      hyper.embeddings,
    );
    heldIndex.forEach((i, k) => {
      out.known[i] = logits.known[k] as number;
    });
    for (const kind of ['paragraph', 'sentence'] as const) {
      logits[kind].forEach((column, label) => {
        heldIndex.forEach((i, k) => {
          (out[kind][label] as Float64Array)[i] = column[k] as number;
        });
      });
    }
  }
  return out;
}
