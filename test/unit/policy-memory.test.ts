import { describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/classify/classifier.ts';
import { LABELS } from '../../src/classify/labels.ts';
import { analyze } from '../../src/pipeline.ts';
import {
  fingerprint,
  fromLegacy,
  fromStored,
  newSince,
  type RememberedPolicy,
  remember,
  sameReading,
  toStored,
} from '../../src/policy-memory.ts';
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

describe('stored entries', () => {
  const good = toStored(
    { href: 'https://shop.example/privacy', grade: 'B', analysedAt: '2026-01-01T00:00:00.000Z', digest: ['0a1b2c3d'] },
    1,
  );

  it('round-trips', () => {
    expect(fromStored(good)).toEqual({
      href: 'https://shop.example/privacy',
      grade: 'B',
      analysedAt: '2026-01-01T00:00:00.000Z',
      digest: ['0a1b2c3d'],
    });
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'B'],
    ['another version', { ...good, v: 2 }],
    ['a numeric analysedAt', { ...good, analysedAt: 5 }],
    ['an unparseable analysedAt', { ...good, analysedAt: 'yesterday' }],
    ['a grade that is not one', { ...good, grade: 'JUNK' }],
    ['a script address', { ...good, href: 'javascript:alert(1)' }],
    ['a digest list', { ...good, digest: ['0a1b2c3d'] }],
    ['a digest with junk', { ...good, digest: '0a1b2c3dzz' }],
  ])('drops %s', (_, value) => {
    expect(fromStored(value)).toBeUndefined();
  });

  it('keeps a null grade (not enough evidence) and an empty digest', () => {
    expect(fromStored({ ...good, grade: null, digest: '' })?.digest).toEqual([]);
  });

  it('reads the first layout once, digests as lists', () => {
    const legacy = {
      href: 'https://shop.example/privacy',
      grade: 'C',
      analysedAt: '2025-01-01T00:00:00Z',
      digest: ['00000001'],
    };
    expect(fromLegacy(legacy)?.digest).toEqual(['00000001']);
    expect(fromLegacy({ ...legacy, digest: 'x' })).toBeUndefined();
  });

  it('tells a re-reading from a change', () => {
    const a = fromStored(good);
    expect(sameReading(a, { ...(a as RememberedPolicy), analysedAt: '2026-02-01T00:00:00.000Z' })).toBe(true);
    expect(sameReading(a, { ...(a as RememberedPolicy), grade: 'C' })).toBe(false);
    expect(sameReading(undefined, a as RememberedPolicy)).toBe(false);
  });
});
