import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/nlp/sentences';

const texts = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it.each([
    ['We collect data. We share it.', ['We collect data.', 'We share it.']],
    [
      'Weights and Biases, Inc. is in the U.S. and e.g. Canada. Next one.',
      ['Weights and Biases, Inc. is in the U.S. and e.g. Canada.', 'Next one.'],
    ],
    ['we collect data. we do not sell it.', ['we collect data.', 'we do not sell it.']],
    ['overview.\ntour the ai platform\nwhat’s new', ['overview.', 'tour the ai platform', 'what’s new']],
    ['Weights and Biases, Inc.\n(“Weights”) have created', ['Weights and Biases, Inc.', '(“Weights”) have created']],
    ['A (an open bracket\nnever closed. Then more.', ['A (an open bracket', 'never closed.', 'Then more.']],
    ['  leading.   trailing  ', ['leading.', 'trailing']],
    ['Line one\r\nLine two', ['Line one', 'Line two']],
    ['Emoji 😀 here. Next.', ['Emoji 😀 here.', 'Next.']],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([[''], ['   \n  ']])('returns [] for %j', (text) => {
    expect(splitSentences(text)).toEqual([]);
  });

  it('gives exact, ordered, trimmed offsets', () => {
    const text = ' First, Inc. rule.  (“Second”) one!\n\nthird?';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      { start: 1, end: 18 },
      { start: 20, end: 35 },
      { start: 37, end: 43 },
    ]);
  });

  it('is not a single sentence for a page of prose', () => {
    const text = 'We collect your e-mail address. We use it to reply. We keep it for 30 days.';
    expect(splitSentences(text)).toHaveLength(3);
  });
});
