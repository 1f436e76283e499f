import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../../src/classify/labels.ts';
import { quote, reportToJson, reportToMarkdown } from '../../../src/score/report-markdown.ts';
import { scorecard } from '../../../src/score/scorecard.ts';
import type { ParagraphResult, Report } from '../../../src/types.ts';
import { paragraphs } from './paragraph.ts';

function reportOf(ps: ParagraphResult[]): Report {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  return {
    engine: 'engine 1',
    model: 'model 1',
    language: { code: 'en', supported: true },
    paragraphs: ps,
    counts,
    scorecard: scorecard(ps),
  };
}

const REPORT = reportOf(
  paragraphs(
    { text: 'Welcome. We never sell your personal information.' },
    { text: 'We may share your email address with Stripe and Google Analytics.' },
    { text: 'You can delete your account at any time.' },
    { text: 'You can opt out of marketing emails at any time.' },
    { text: 'We use encryption and firewalls to protect your data.' },
  ),
);

describe('reportToMarkdown', () => {
  const md = reportToMarkdown(REPORT, { source: 'https://example.com/privacy', date: '2026-11-23T09:00:00Z' });

  it('opens with the source, date, engine and the grade with its reason and rule', () => {
    expect(md.split('\n').slice(0, 10)).toEqual([
      '# Policy Lens report',
      '',
      '- Policy: https://example.com/privacy',
      '- Made: 2026-11-23T09:00:00Z',
      '- Engine: engine 1, model model 1',
      '',
      `## Grade: ${REPORT.scorecard.grade}`,
      '',
      REPORT.scorecard.reason,
      '',
    ]);
    expect(md).toContain('A ≥ 4, B ≥ 2, C ≥ 0, D ≥ -2.5, E below');
  });

  it('answers every question, with the hedge, the points and the evidence sentence quoted', () => {
    for (const item of REPORT.scorecard.items)
      expect(md).toContain(
        `### ${item.verdict === 'bad' ? '✗' : item.verdict === 'good' ? '✓' : '•'} ${item.question}`,
      );
    expect(md).toContain('**No** — Says it does not sell your data. Points: +1.');
    expect(md).toContain('> We never sell your personal information. (¶0)');
    expect(md).toContain('**Yes (hedged)** — May share your data with third parties. Points: -1.');
    expect(md).toContain('**Unclear** — Does not mention Do Not Track. Points: 0.');
  });

  it('lists named companies and data types with their paragraphs', () => {
    expect(md).toContain('- Stripe (payments): ¶1');
    expect(md).toContain('- Google Analytics (analytics): ¶1');
    expect(md).toContain('- Email address: ¶1');
  });

  it('leaves the date out when none is given, so output is reproducible', () => {
    expect(reportToMarkdown(REPORT, { source: 'policy.md' })).not.toContain('- Made:');
  });

  it('says "not enough evidence" instead of a grade', () => {
    expect(reportToMarkdown(reportOf([]), { source: 'x' })).toContain('## Grade: not enough evidence');
  });
});

describe('quote', () => {
  it.each([
    ['plain words', 'plain words'],
    ['  spread\n over   lines ', 'spread over lines'],
    ['[a link](https://evil.example)', '\\[a link\\]\\(https://evil.example\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['**bold** _it_ `code` # heading | cell', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# heading \\| cell'],
  ])('%j → %j', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });
});

describe('reportToJson', () => {
  it('is the report itself, with the source first, and parses back', () => {
    const json = reportToJson(REPORT, { source: 'policy.md' });
    const parsed = JSON.parse(json) as Report & { source: string };
    expect(Object.keys(parsed)[0]).toBe('source');
    const { source, ...rest } = parsed;
    expect(source).toBe('policy.md');
    expect(rest).toEqual(REPORT);
  });
});
