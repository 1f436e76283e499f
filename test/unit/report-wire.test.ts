/** The report's trip from the background worker to the page: smaller on the wire, the same on arrival. */
import { describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../src/classify/default-classifier.ts';
import { LABELS } from '../../src/classify/labels.ts';
import { analyze } from '../../src/pipeline.ts';
import { fromWire, toWire } from '../../src/report-wire.ts';
import type { Block } from '../../src/types.ts';

const b = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ text, kind, headings: ['Privacy Policy'] });

const BLOCKS: Block[] = [
  b('Privacy Policy', 'heading'),
  b('  We collect your   email address\nwhen you sign up.  '),
  b('We share data with:'),
  b('advertisers', 'list-item'),
  b('analytics providers', 'list-item'),
  b('We donâ€™t sell your personal information. We keep it for 30 days.'),
  b('You can opt out of cookies in your browser settings at any time.'),
];

describe('toWire / fromWire', () => {
  const report = analyze(BLOCKS, { classifier: defaultClassifier });
  const wire = toWire(report);

  it('restores the report from the blocks, scores to four decimals', () => {
    const back = fromWire(JSON.parse(JSON.stringify(wire)), BLOCKS);
    expect(back.paragraphs.length).toBe(report.paragraphs.length);
    back.paragraphs.forEach((p, i) => {
      const { scores, ...rest } = report.paragraphs[i] ?? { scores: {} };
      expect({ ...p, scores: undefined }).toEqual({ ...rest, scores: undefined });
      for (const label of LABELS) expect(p.scores[label]).toBeCloseTo(scores[label] ?? Number.NaN, 4);
    });
    expect({ ...back, paragraphs: [] }).toEqual({ ...report, paragraphs: [] });
  });

  it('leaves the text out, and the clean text unless mojibake was repaired', () => {
    expect(wire.paragraphs.every((p) => !('text' in p))).toBe(true);
    const kept = wire.paragraphs.filter((p) => p.cleanText !== undefined).map((p) => p.cleanText);
    expect(kept).toEqual(['We don’t sell your personal information. We keep it for 30 days.']);
    expect(JSON.stringify(wire.paragraphs).length).toBeLessThan(0.5 * JSON.stringify(report.paragraphs).length);
  });
});
