/**
 * Paragraphs per second, end to end in Node on one core: OPP-115 test policies, text in, labels out. Each run
 * builds a fresh classifier from the weights, so nothing is remembered from an earlier run (the classifier memoises
 * first-stage logits for re-analyses of a changing page). Best of three.
 */
import type { ClassifierInput } from '../../src/classify/classifier.ts';
import { createLinearClassifier, type LinearWeights } from '../../src/classify/linear-model.ts';
import { analyze } from '../../src/pipeline.ts';
import type { Block } from '../../src/types.ts';
import type { Segment } from './opp115.ts';

export interface Speed {
  paragraphs: number;
  /** The classifier alone, a policy at a time (`predictDocument`). */
  classifier: number;
  /** `analyze`: segmentation, repair, sentences, classification, flags and the scorecard. */
  engine: number;
}

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest / 1000;
}

export function classifierSpeed(weights: LinearWeights, segments: readonly Segment[]): Speed {
  const policies = new Map<number, Segment[]>();
  for (const segment of segments) policies.set(segment.policyId, [...(policies.get(segment.policyId) ?? []), segment]);
  const documents = [...policies.values()];
  const inputs: ClassifierInput[][] = documents.map((d) => d.map((s) => ({ text: s.text, heading: '' })));
  const blocks: Block[][] = documents.map((d) => d.map((s) => ({ text: s.text, headings: [], kind: 'paragraph' })));
  const classifier = best(() => {
    const fresh = createLinearClassifier(weights);
    for (const document of inputs) fresh.predictDocument?.(document);
  });
  const engine = best(() => {
    const fresh = createLinearClassifier(weights);
    for (const document of blocks) analyze(document, { classifier: fresh });
  });
  return { paragraphs: segments.length, classifier: segments.length / classifier, engine: segments.length / engine };
}
