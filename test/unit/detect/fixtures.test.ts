/**
 * The hand-written pages of the detection set, read the way the CLI reads them (jsdom, the content script's own
 * signal reader): each hard case keeps its verdict. `npm run eval:detect` runs the whole set.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../scripts/lib/read-document.ts';
import { detectPolicy } from '../../../src/detect/is-policy.ts';

const DIR = resolve(import.meta.dirname, '../../fixtures/detect');
const written = (sub: string, expected: boolean) =>
  readdirSync(join(DIR, sub))
    .filter((f) => f.startsWith('written-'))
    .map((f): [string, boolean] => [join(sub, f), expected]);

describe('detection on the hand-written fixtures', () => {
  const cases = [...written('positives', true), ...written('negatives', false)];

  it('has hard cases of both kinds', () => {
    expect(cases.filter(([, e]) => e).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter(([, e]) => !e).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s → %s', (file, expected) => {
    expect(detectPolicy(readDocument(join(DIR, file)).signals).isPolicy).toBe(expected);
  });
});
