import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src/nlp/whitespace.ts';

describe('collapseWhitespace', () => {
  it.each([
    'We collect your email.',
    '  leading',
    'trailing ',
    'two  spaces',
    'a\nnewline',
    'a\ttab',
    'no\u00a0break',
    ' \n\t ',
    '',
    'x',
  ])('%j is what replace-and-trim makes of it', (text) => {
    expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('hands clean text back as it is', () => {
    const text = 'We never sell your data.';
    expect(collapseWhitespace(text)).toBe(text);
  });
});
