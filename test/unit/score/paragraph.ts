/**
 * Hand-made ParagraphResults for the scoring tests: only what a test states differs from a plain, flagless paragraph.
 * Sentences are split for real, since the rubric answers sentence by sentence.
 */
import { LABELS, type Label, type OppCategory } from '../../../src/classify/labels.ts';
import { splitSentences } from '../../../src/nlp/sentences.ts';
import type { Flags, ParagraphResult } from '../../../src/types.ts';

export interface Spec {
  text?: string;
  categories?: OppCategory[];
  advertising?: boolean;
  policyText?: boolean;
  flags?: Partial<Flags>;
}

export function paragraph(id: number, spec: Spec = {}): ParagraphResult {
  const text = spec.text ?? `Paragraph ${id} of the policy.`;
  const categories = spec.categories ?? [];
  const scores = Object.fromEntries(LABELS.map((l) => [l, 0.05])) as Record<Label, number>;
  for (const c of categories) scores[c] = 0.9;
  if (spec.advertising) scores.Advertising = 0.8;
  return {
    id,
    text,
    heading: '',
    pieces: [{ block: id, start: 0, end: text.length }],
    cleanText: text,
    categories,
    scores,
    advertising: spec.advertising ?? false,
    policyText: spec.policyText ?? true,
    flags: { negated: false, sells: null, retention: null, retentionPeriod: null, ...spec.flags },
    sentences: splitSentences(text),
  };
}

/** Numbers the specs 0, 1, 2… */
export const paragraphs = (...specs: Spec[]): ParagraphResult[] => specs.map((s, i) => paragraph(i, s));
