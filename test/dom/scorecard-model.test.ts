import { describe, expect, it } from 'vitest';
import { categoryRows, findingRows, GRADE_COLOURS } from '../../popup/scorecard-model.ts';
import { DISPLAY_ORDER, LABEL_INFO, LABELS, type Label } from '../../src/classify/labels.ts';
import { scorecard } from '../../src/score/scorecard.ts';
import type { ParagraphResult, Report, ScoreItem } from '../../src/types.ts';
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
    { text: 'We may sell your data to brokers.', flags: { sells: 'does' } },
    { text: 'You can delete your account at any time.', categories: ['User Access, Edit and Deletion'] },
    { text: 'We keep data as long as needed.', flags: { retention: 'limited' } },
    { text: 'We share data with partners.', categories: ['Third Party Sharing/Collection'] },
    { text: `${'Long paragraph about security measures. '.repeat(8)}End.`, categories: ['Data Security'] },
  ];
  const report = reportOf(paragraphs(...SPECS));
  const { answered, unanswered } = findingRows(report);

  it('lists answered questions bad news first, then good, then neutral, keeping rubric order within each', () => {
    expect(answered.map((r) => [r.key, r.verdict])).toEqual([
      ['sells', 'bad'],
      ['shares', 'bad'],
      ['access', 'good'],
      ['security', 'good'],
      ['retention', 'neutral'],
    ]);
  });

  it('lists unanswered questions apart, in rubric order, with no target', () => {
    expect(unanswered.map((r) => r.key)).toEqual(['advertising', 'choice', 'dnt', 'changes', 'children']);
    for (const r of unanswered) expect(r).toMatchObject({ answer: 'unclear', target: null, excerpt: '' });
  });

  it('targets the first evidence paragraph and quotes it, cut at 160 characters', () => {
    const byKey = Object.fromEntries(answered.map((r) => [r.key, r]));
    expect(byKey.sells).toMatchObject({ target: 0, excerpt: 'We may sell your data to brokers.' });
    expect(byKey.access).toMatchObject({ target: 1, excerpt: 'You can delete your account at any time.' });
    const excerpt = byKey.security?.excerpt ?? '';
    expect(excerpt).toHaveLength(158);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(SPECS[4]?.text?.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it.each([
    [160, false],
    [161, true],
  ])('a %i-character paragraph is cut: %s', (length, cut) => {
    const text = 'x'.repeat(length);
    const rows = findingRows(reportOf(paragraphs({ text, flags: { sells: 'does_not' } })));
    expect(rows.answered[0]?.excerpt).toBe(cut ? `${'x'.repeat(157)}…` : text);
  });

  it('keeps unclear questions with evidence among the unanswered, targeting their evidence', () => {
    const rows = findingRows(reportOf(paragraphs({ text: 'We retain some data.', categories: ['Data Retention'] })));
    const retention = rows.unanswered.find((r) => r.key === 'retention') as ScoreItem & {
      target: number | null;
    };
    expect(retention).toMatchObject({ target: 0, excerpt: 'We retain some data.' });
  });
});

describe('GRADE_COLOURS', () => {
  it('has a distinct colour for every grade', () => {
    expect(Object.keys(GRADE_COLOURS)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(new Set(Object.values(GRADE_COLOURS)).size).toBe(5);
  });
});
