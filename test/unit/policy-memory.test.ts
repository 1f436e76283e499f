import { describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/classify/classifier.ts';
import { LABELS } from '../../src/classify/labels.ts';
import { analyze } from '../../src/pipeline.ts';
import { fingerprint, newSince, remember } from '../../src/policy-memory.ts';
import type { Block } from '../../src/types.ts';

// A fixed stand-in model: this tests remembering and comparing, not classification.
const classifier: Classifier = {
  id: 'fixed',
  predict: () => ({ scores: Object.fromEntries(LABELS.map((l) => [l, 0.1])) as never, labels: [] }),
};
const policy = (...texts: string[]) =>
  analyze(
    texts.map((text): Block => ({ text, headings: [], kind: 'paragraph' })),
    { classifier },
  );

describe('fingerprint', () => {
  it('ignores case and spacing, not words', () => {
    expect(fingerprint('We  keep your data.')).toBe(fingerprint('we keep your data.'));
    expect(fingerprint('We keep your data.')).not.toBe(fingerprint('We sell your data.'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('newSince', () => {
  const first = policy('We collect your email address to send receipts.', 'We do not sell your personal information.');
  const remembered = remember('https://shop.example/privacy', first, new Date('2026-01-01T00:00:00Z'));

  it('finds nothing new when nothing was remembered, or nothing changed', () => {
    expect(newSince(undefined, first)).toEqual([]);
    expect(newSince(remembered, first)).toEqual([]);
  });

  it('names the paragraphs that were added or edited', () => {
    const later = policy(
      'We collect your email address to send receipts.',
      'We may sell your personal information to partners.',
      'We keep your data for two years.',
    );
    expect(newSince(remembered, later)).toEqual([1, 2]);
  });

  it('remembers grade, date and one fingerprint per policy paragraph', () => {
    expect(remembered).toMatchObject({ href: 'https://shop.example/privacy', analysedAt: '2026-01-01T00:00:00.000Z' });
    expect(remembered.digest).toHaveLength(first.paragraphs.filter((p) => p.policyText).length);
  });
});
