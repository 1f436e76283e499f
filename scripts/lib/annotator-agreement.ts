/**
 * A human ceiling for the classifier: how well one OPP-115 annotator's labels match the majority labels the model is
 * scored against (optimistic: that annotator is one of the three votes), and how well two annotators match each
 * other (one annotator's labels scored against another's). Labels per annotator come from their evidence spans.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLabel, type Label } from '../../src/classify/labels.ts';
import { evaluate, type Report } from './label-metrics.ts';
import { datasetsDir, type Segment } from './opp115.ts';

interface RawSpan {
  annotator: string;
  category: string;
  attribute: string;
  value: string;
}

/** Per segment key ("policy/segment"), per annotator, the labels they gave. */
function annotatorLabels(dir: string): Map<string, Map<string, Set<Label>>> {
  const out = new Map<string, Map<string, Set<Label>>>();
  for (const line of readFileSync(path.join(dir, 'opp115', 'spans.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { policy_id: number; segment_id: number; spans: RawSpan[] };
    const byAnnotator = new Map<string, Set<Label>>();
    for (const span of record.spans) {
      const labels = byAnnotator.get(span.annotator) ?? new Set<Label>();
      if (isLabel(span.category)) labels.add(span.category);
      if (span.attribute === 'Purpose' && span.value === 'Advertising') labels.add('Advertising');
      byAnnotator.set(span.annotator, labels);
    }
    out.set(`${record.policy_id}/${record.segment_id}`, byAnnotator);
  }
  return out;
}

export interface Agreement {
  /** Every annotator of each segment's policy scored against the majority labels. */
  annotatorVsMajority: Report;
  /** Every ordered pair of annotators of a policy: one's labels scored against the other's. */
  annotatorVsAnnotator: Report;
}

export function annotatorAgreement(segments: readonly Segment[], dir = datasetsDir()): Agreement {
  const labels = annotatorLabels(dir);
  const annotatorsOf = new Map<number, Set<string>>();
  for (const segment of segments) {
    const who = annotatorsOf.get(segment.policyId) ?? new Set<string>();
    for (const annotator of labels.get(`${segment.policyId}/${segment.segmentId}`)?.keys() ?? []) who.add(annotator);
    annotatorsOf.set(segment.policyId, who);
  }
  const majority: { gold: Label[][]; guess: Label[][] } = { gold: [], guess: [] };
  const pairs: { gold: Label[][]; guess: Label[][] } = { gold: [], guess: [] };
  for (const segment of segments) {
    const given = labels.get(`${segment.policyId}/${segment.segmentId}`);
    const of = (annotator: string) => [...(given?.get(annotator) ?? [])];
    const annotators = [...(annotatorsOf.get(segment.policyId) ?? [])].sort();
    for (const a of annotators) {
      majority.gold.push(segment.labels);
      majority.guess.push(of(a));
      for (const b of annotators) {
        if (a === b) continue;
        pairs.gold.push(of(b));
        pairs.guess.push(of(a));
      }
    }
  }
  return {
    annotatorVsMajority: evaluate(majority.gold, majority.guess),
    annotatorVsAnnotator: evaluate(pairs.gold, pairs.guess),
  };
}
