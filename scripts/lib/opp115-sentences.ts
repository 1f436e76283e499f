/**
 * Sentence-level training examples from OPP-115's evidence spans: each sentence of a segment is labelled with the
 * categories (and Advertising) that at least `minAnnotators` annotators marked text inside it for. Sentences teach
 * the model what a practice reads like on its own, undiluted by the rest of a long paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceRanges } from '../../src/classify/features.ts';
import { isLabel, type Label } from '../../src/classify/labels.ts';
import { datasetsDir, type Segment } from './opp115.ts';

export interface SentenceExample {
  policyId: number;
  text: string;
  labels: Label[];
}

interface RawSpan {
  annotator: string;
  category: string;
  attribute: string;
  value: string;
  text: string;
}

interface LocatedSpan {
  annotator: string;
  labels: string[];
  start: number;
  end: number;
}

/** Spans located in the segment text by their own text (the corpus' offsets refer to the HTML, not the text). */
function locate(text: string, spans: RawSpan[]): LocatedSpan[] {
  return spans.flatMap((span) => {
    const start = text.indexOf(span.text);
    if (start < 0) return [];
    const labels = [span.category];
    if (span.attribute === 'Purpose' && span.value === 'Advertising') labels.push('Advertising');
    return [{ annotator: span.annotator, labels, start, end: start + span.text.length }];
  });
}

function labelSentence(spans: LocatedSpan[], start: number, end: number, minAnnotators: number): Label[] {
  const annotators = new Map<string, Set<string>>();
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    for (const label of span.labels) annotators.set(label, (annotators.get(label) ?? new Set()).add(span.annotator));
  }
  return [...annotators]
    .filter(([, who]) => who.size >= minAnnotators)
    .flatMap(([label]) => (isLabel(label) ? [label] : []));
}

/** Sentence examples for the given segments, in file order. */
export function readSentenceExamples(
  segments: readonly Segment[],
  minAnnotators: number,
  split: (text: string) => [start: number, end: number][] = sentenceRanges,
  dir = datasetsDir(),
): SentenceExample[] {
  const byKey = new Map(segments.map((segment) => [`${segment.policyId}/${segment.segmentId}`, segment]));
  const examples: SentenceExample[] = [];
  const lines = readFileSync(path.join(dir, 'opp115', 'spans.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { policy_id: number; segment_id: number; spans: RawSpan[] };
    const segment = byKey.get(`${record.policy_id}/${record.segment_id}`);
    if (segment === undefined) continue;
    const spans = locate(segment.text, record.spans);
    for (const [start, end] of split(segment.text)) {
      const labels = labelSentence(spans, start, end, minAnnotators);
      examples.push({ policyId: segment.policyId, text: segment.text.slice(start, end).trim(), labels });
    }
  }
  return examples;
}
