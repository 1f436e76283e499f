/** What the page points at when the reader hovers a paragraph. */
import { describe, expect, it } from 'vitest';
import { keySentence } from '../../src/explain.ts';
import { scorecard } from '../../src/score/scorecard.ts';
import type { ParagraphResult, Report } from '../../src/types.ts';
import { paragraph } from './score/paragraph.ts';

const reportOf = (ps: ParagraphResult[]): Report => ({
  engine: 'test',
  model: 'test',
  language: { code: 'en', supported: true },
  paragraphs: ps,
  counts: {} as Report['counts'],
  scorecard: scorecard(ps),
});

const quote = (p: ParagraphResult, s: { start: number; end: number } | null) =>
  s ? p.text.slice(s.start, s.end).trim() : null;

describe('keySentence', () => {
  it("prefers the sentence the scorecard quotes as an answer, which the tooltip's answers rest on", () => {
    const p = paragraph(0, {
      text: 'Thanks for reading this section. We never sell your personal information to anyone.',
      categories: ['Third Party Sharing/Collection'],
    });
    p.keySentences = { 'Third Party Sharing/Collection': 0 };
    expect(quote(p, keySentence(reportOf([p]), p, 'Third Party Sharing/Collection'))).toBe(
      'We never sell your personal information to anyone.',
    );
  });

  it("falls back to the classifier's key sentence when no answer quotes the paragraph", () => {
    const p = paragraph(0, {
      text: 'This part is about something. It explains a practice the rubric does not ask about.',
      categories: ['Other'],
    });
    const report = reportOf([p]);
    expect(report.scorecard.items.some((i) => i.sentences.some((s) => s.paragraph === 0))).toBe(false);
    expect(keySentence(report, p, 'Other')).toBeNull();
    p.keySentences = { Other: 1 };
    expect(quote(p, keySentence(report, p, 'Other'))).toBe('It explains a practice the rubric does not ask about.');
  });
});
