import { describe, expect, it } from 'vitest';
import { answerLabel, categoryRows, findingRows, GRADE_COLOURS, whyGrade } from '../../popup/scorecard-model.ts';
import { DISPLAY_ORDER, LABEL_INFO, LABELS, type Label } from '../../src/classify/labels.ts';
import { scorecard } from '../../src/score/scorecard.ts';
import type { ParagraphResult, Report } from '../../src/types.ts';
import { paragraphs, type Spec } from '../unit/score/paragraph.ts';

function reportOf(ps: ParagraphResult[], counts: Partial<Record<Label, number>> = {}): Report {
  const all = Object.fromEntries(LABELS.map((l) => [l, counts[l] ?? 0])) as Record<Label, number>;
  return {
    engine: 'test',
    model: 'test',
    language: { code: 'en', supported: true },
    paragraphs: ps,
    counts: all,
    scorecard: scorecard(ps),
  };
}

describe('categoryRows', () => {
  it.each<[string, Partial<Record<Label, number>>, Label[], Label[]]>([
    ['nothing found', {}, [], []],
    [
      'in display order, not count order',
      { Other: 9, 'Data Retention': 1, Advertising: 2, 'Third Party Sharing/Collection': 3 },
      [],
      ['Third Party Sharing/Collection', 'Advertising', 'Data Retention', 'Other'],
    ],
    ['labels with a zero count left out', { 'Do Not Track': 0, 'Data Security': 4 }, [], ['Data Security']],
  ])('%s', (_name, counts, hidden, expected) => {
    expect(categoryRows(reportOf([], counts), hidden).map((r) => r.label)).toEqual(expected);
  });

  it('carries name, colour and count, and is visible unless hidden', () => {
    const rows = categoryRows(reportOf([], { Other: 5, 'Data Retention': 2 }), ['Other', 'Do Not Track']);
    expect(rows).toEqual([
      {
        label: 'Data Retention',
        name: LABEL_INFO['Data Retention'].name,
        colour: LABEL_INFO['Data Retention'].colour,
        count: 2,
        visible: true,
      },
      { label: 'Other', name: 'Other', colour: LABEL_INFO.Other.colour, count: 5, visible: false },
    ]);
  });

  it('orders every label exactly once', () => {
    expect([...DISPLAY_ORDER].sort()).toEqual([...LABELS].sort());
  });
});

describe('findingRows', () => {
  const SPECS: Spec[] = [
    { text: 'Welcome. We may sell your personal data to brokers.' },
    { text: 'You can delete your account at any time.' },
    { text: 'We keep personal data only as long as necessary.' },
    { text: 'We share data with our affiliates.' },
    { text: `We use encryption to protect your data, ${'and we review our safeguards every year, '.repeat(5)}always.` },
  ];
  const report = reportOf(paragraphs(...SPECS));
  const { answered, unanswered } = findingRows(report);

  it('puts bad news that costs no points after the good news', () => {
    const rows = findingRows(
      reportOf(
        paragraphs(
          { text: 'Your information may be transferred to and processed in the United States.' },
          { text: 'You can delete your account at any time.' },
          { text: 'We share data with our affiliates.' },
        ),
      ),
    );
    expect(rows.answered.map((r) => [r.key, r.verdict, r.points])).toEqual([
      ['shares', 'bad', -1],
      ['access', 'good', 1],
      ['transfers', 'bad', 0],
    ]);
  });

  it('lists answered questions bad news first, then good, keeping rubric order within each', () => {
    expect(answered.map((r) => [r.key, r.verdict])).toEqual([
      ['sells', 'bad'],
      ['sellOrShare', 'bad'],
      ['shares', 'bad'],
      ['retention', 'good'],
      ['access', 'good'],
      ['security', 'good'],
    ]);
  });

  it('lists unanswered questions apart, in rubric order, with no target', () => {
    expect(unanswered.map((r) => r.key)).toEqual([
      'advertising',
      'tracking',
      'choice',
      'dnt',
      'gpc',
      'changes',
      'children',
      'transfers',
      'lawEnforcement',
      'merger',
      'aiTraining',
      'aiOptOut',
      'sensitive',
      'sensitiveLimit',
    ]);
    for (const r of unanswered) expect(r).toMatchObject({ answer: 'unclear', target: null, excerpt: '' });
  });

  it('targets the paragraph of the evidence sentence and quotes the sentence, cut to 157 characters and an ellipsis', () => {
    const byKey = Object.fromEntries(answered.map((r) => [r.key, r]));
    expect(byKey.sells).toMatchObject({ target: 0, excerpt: 'We may sell your personal data to brokers.' });
    expect(byKey.access).toMatchObject({ target: 1, excerpt: 'You can delete your account at any time.' });
    const excerpt = byKey.security?.excerpt ?? '';
    expect(excerpt).toHaveLength(158);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(SPECS[4]?.text?.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('keeps unclear questions with evidence among the unanswered, targeting their paragraph', () => {
    const rows = findingRows(reportOf(paragraphs({ text: 'Retention.', categories: ['Data Retention'] })));
    expect(rows.unanswered.find((r) => r.key === 'retention')).toMatchObject({ target: 0, excerpt: 'Retention.' });
  });
});

describe('whyGrade', () => {
  it('shows every answered question with its points, the total and the bands', () => {
    const report = reportOf(
      paragraphs(
        { text: 'We never sell your personal information.' },
        { text: 'We may share your information with third parties.' },
        { text: 'You can delete your account at any time.' },
        { text: 'You can opt out of marketing emails at any time.' },
        { text: 'We use encryption and firewalls to protect your data.' },
      ),
    );
    expect(whyGrade(report)).toEqual({
      rows: [
        { question: 'Does it sell your data?', answer: 'No', points: '+1' },
        { question: 'Does it share your data with third parties?', answer: 'Yes (may)', points: '−1' },
        { question: 'Can you see and delete your data?', answer: 'Yes', points: '+1' },
        { question: 'Can you opt out?', answer: 'Yes', points: '+1' },
        { question: 'Does it describe how data is protected?', answer: 'Yes', points: '+0.5' },
      ],
      total: '+2.5',
      bands: 'A ≥ +4 · B ≥ +2 · C ≥ 0 · D ≥ −2.5 · E below',
      enough: true,
    });
    expect(report.scorecard.grade).toBe('B');
  });

  it('says there is not enough evidence when too few questions are answered', () => {
    expect(whyGrade(reportOf(paragraphs({ text: 'We never sell your personal information.' })))).toMatchObject({
      enough: false,
    });
  });
});

describe('answerLabel', () => {
  it.each<['yes' | 'no' | 'unclear', boolean, boolean, string]>([
    ['yes', false, false, 'Yes'],
    ['yes', true, false, 'Yes (may)'],
    ['no', false, false, 'No'],
    ['no', false, true, 'No, with exceptions'],
    // false positives: the other answer's qualifier never shows
    ['no', true, false, 'No'],
    ['yes', false, true, 'Yes'],
    ['unclear', false, false, 'Unclear'],
  ])('%s, hedged %s, exceptions %s → %s', (answer, hedged, exceptions, label) => {
    expect(answerLabel({ answer, hedged, exceptions })).toBe(label);
  });
});

describe('GRADE_COLOURS', () => {
  it('has a distinct colour for every grade', () => {
    expect(Object.keys(GRADE_COLOURS)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(new Set(Object.values(GRADE_COLOURS)).size).toBe(5);
  });
});
