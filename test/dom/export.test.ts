import { describe, expect, it } from 'vitest';
import { exportFiles, fileStem } from '../../popup/export.ts';
import { LABELS, type Label } from '../../src/classify/labels.ts';
import { scorecard } from '../../src/score/scorecard.ts';
import type { Report } from '../../src/types.ts';
import { paragraphs } from '../unit/score/paragraph.ts';

describe('fileStem', () => {
  it.each([
    ['https://www.example.com/legal/privacy?x=1', 'policy-lens-example.com'],
    ['http://127.0.0.1:4173/seeds/a.md/privacy-policy', 'policy-lens-127.0.0.1'],
    ['the policy open in the tab', 'policy-lens-the-policy-open-in-the-tab'],
    ['', 'policy-lens-report'],
  ])('%j → %j', (source, stem) => {
    expect(fileStem(source)).toBe(stem);
  });
});

describe('exportFiles', () => {
  it('offers the same report as Markdown and as JSON', () => {
    const ps = paragraphs({ text: 'We never sell your personal information.' });
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
    const report: Report = {
      engine: 'e',
      model: 'm',
      language: { code: 'en', supported: true },
      paragraphs: ps,
      counts,
      scorecard: scorecard(ps),
    };
    const [md, json] = exportFiles(report, 'https://example.com/privacy', '2026-11-23');
    expect(md).toMatchObject({ name: 'policy-lens-example.com.md', type: 'text/markdown' });
    expect(md?.text).toContain('**No** — Says it does not sell your data.');
    expect(json).toMatchObject({ name: 'policy-lens-example.com.json', type: 'application/json' });
    expect(JSON.parse(json?.text ?? '')).toMatchObject({
      source: 'https://example.com/privacy',
      date: '2026-11-23',
      model: 'm',
    });
  });
});
