/**
 * Runs a classifier over OPP-115 segments the way the extension runs it over a page: each policy's paragraphs
 * together, in reading order, so a classifier with a second stage over neighbouring paragraphs can use it.
 */
import type { Classifier, ClassifierInput } from '../../src/classify/classifier.ts';
import type { Label } from '../../src/classify/labels.ts';
import type { Segment } from './opp115.ts';

/** Predicted labels per segment (in the order given); `inputs[i]` is what the classifier reads of `segments[i]`. */
export function classifyPolicies(
  classifier: Classifier,
  segments: readonly Segment[],
  inputs: readonly ClassifierInput[] = segments.map((segment) => ({ text: segment.text, heading: '' })),
): Label[][] {
  const byPolicy = new Map<number, number[]>();
  segments.forEach((segment, i) => {
    byPolicy.set(segment.policyId, [...(byPolicy.get(segment.policyId) ?? []), i]);
  });
  const out: Label[][] = segments.map(() => []);
  for (const indices of byPolicy.values()) {
    indices.sort((a, b) => (segments[a] as Segment).segmentId - (segments[b] as Segment).segmentId);
    const document = indices.map((i) => inputs[i] as ClassifierInput);
    const predictions = classifier.predictDocument?.(document) ?? document.map((input) => classifier.predict(input));
    indices.forEach((i, k) => {
      out[i] = predictions[k]?.labels ?? [];
    });
  }
  return out;
}
