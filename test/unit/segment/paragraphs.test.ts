import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../../src/segment/paragraphs.ts';
import type { Block } from '../../../src/types.ts';
import { expectCoverage, expectOffsetsReproduceText } from './invariants.ts';

const block = (text: string, kind: Block['kind'] = 'paragraph', headings: string[] = []): Block => ({
  text,
  kind,
  headings,
});

/** Sentences of policy prose, ~100 characters each. */
const sentence = (i: number) =>
  `We keep record number ${i} of your visits for a limited time and then we delete it for good.`;
const prose = (n: number, sep = ' ') => Array.from({ length: n }, (_, i) => sentence(i)).join(sep);

describe('toParagraphs', () => {
  it('makes one paragraph per prose block, skipping headings and taking the nearest heading as context', () => {
    const blocks = [
      block('Privacy', 'heading'),
      block('  We collect data.  ', 'paragraph', ['Privacy']),
      block('Sharing', 'heading', ['Privacy']),
      block('We share data.', 'cell', ['Privacy', 'Sharing']),
    ];
    const out = toParagraphs(blocks);
    expect(out.map((p) => [p.id, p.text, p.heading, p.pieces])).toEqual([
      [0, 'We collect data.', 'Privacy', [{ block: 1, start: 2, end: 18 }]],
      [1, 'We share data.', 'Sharing', [{ block: 3, start: 0, end: 14 }]],
    ]);
  });

  it.each([[''], ['   '], ['\n\t ']])('drops the blank block %j', (text) => {
    expect(toParagraphs([block(text), block(text, 'list-item')])).toEqual([]);
  });

  it('merges consecutive short list items under one heading, and stops at a heading change or a prose block', () => {
    const blocks = [
      block('What we collect', 'heading'),
      block('your name', 'list-item', ['What we collect']),
      block(' your email address ', 'list-item', ['What we collect']),
      block('your IP address', 'list-item', ['What we collect']),
      block('Who we share it with', 'heading'),
      block('advertisers', 'list-item', ['Who we share it with']),
      block('analytics providers', 'list-item', ['Who we share it with']),
      block('We never share anything else.', 'paragraph', ['Who we share it with']),
      block('auditors', 'list-item', ['Who we share it with']),
    ];
    const out = toParagraphs(blocks);
    expect(out.map((p) => [p.text, p.heading, p.pieces.map((x) => x.block)])).toEqual([
      ['your name\nyour email address\nyour IP address', 'What we collect', [1, 2, 3]],
      ['advertisers\nanalytics providers', 'Who we share it with', [5, 6]],
      ['We never share anything else.', 'Who we share it with', [7]],
      ['auditors', 'Who we share it with', [8]],
    ]);
    expect(out[0]?.pieces[1]).toEqual({ block: 2, start: 1, end: 19 });
    expectOffsetsReproduceText(blocks, out);
    expectCoverage(blocks, out);
  });

  it.each([
    // [item length, merged?]
    [90, true],
    [91, false],
  ])('a list item of %i characters is merged with its neighbours: %s', (length, merged) => {
    const long = 'x'.repeat(length);
    const out = toParagraphs([block('a', 'list-item'), block(long, 'list-item'), block('b', 'list-item')]);
    expect(out.map((p) => p.text)).toEqual(merged ? [`a\n${long}\nb`] : ['a', long, 'b']);
  });

  it('starts a new merged paragraph before a run of short items grows past 600 characters', () => {
    const items = Array.from({ length: 40 }, (_, i) => block(`item ${i} `.padEnd(80, 'y'), 'list-item', ['Lists']));
    const out = toParagraphs(items);
    expect(out.length).toBeGreaterThan(1);
    for (const p of out) expect(p.text.length).toBeLessThanOrEqual(600);
    expectOffsetsReproduceText(items, out);
    expectCoverage(items, out);
  });

  it.each([
    ['sentences joined by spaces', prose(45)],
    ['sentences one a line', prose(45, '\n')],
    ['a little over the limit', prose(17)],
    ['sentences with padding around', `   ${prose(30)}   `],
  ])('cuts a long block (%s) at sentence ends into paragraphs of at most 1500 characters', (_name, text) => {
    const blocks = [block('Retention', 'heading'), block(text, 'paragraph', ['Retention'])];
    const out = toParagraphs(blocks);
    expect(out.length).toBeGreaterThan(1);
    for (const p of out) {
      expect(p.text.length).toBeLessThanOrEqual(1500);
      expect(p.text).toMatch(/^We keep record number \d+ .* for good\.$/s);
      expect(p.heading).toBe('Retention');
      expect(p.pieces).toHaveLength(1);
    }
    expectOffsetsReproduceText(blocks, out);
    expectCoverage(blocks, out);
  });

  it('cuts a long block without sentence ends at spaces, never inside a word', () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`);
    const blocks = [block(words.join(' '))];
    const out = toParagraphs(blocks);
    expect(out.length).toBeGreaterThan(1);
    expect(out.flatMap((p) => p.text.split(' '))).toEqual(words);
    for (const p of out) expect(p.text.length).toBeLessThanOrEqual(1500);
    expectOffsetsReproduceText(blocks, out);
  });

  it('cuts a block with no spaces at all at the limit', () => {
    const blocks = [block('z'.repeat(4000))];
    const out = toParagraphs(blocks);
    expect(out.map((p) => p.text.length)).toEqual([1500, 1500, 1000]);
    expectOffsetsReproduceText(blocks, out);
    expectCoverage(blocks, out);
  });

  it('keeps a block of exactly 1500 characters whole', () => {
    const text = prose(20).slice(0, 1499).concat('.');
    expect(toParagraphs([block(text)]).map((p) => p.text)).toEqual([text]);
  });

  it('numbers paragraphs 0, 1, 2… in order across merged, cut and plain blocks', () => {
    const blocks = [
      block('a', 'list-item'),
      block('b', 'list-item'),
      block(prose(40)),
      block('c'),
      block('d', 'list-item'),
    ];
    const out = toParagraphs(blocks);
    expect(out.map((p) => p.id)).toEqual(out.map((_, i) => i));
    expectOffsetsReproduceText(blocks, out);
    expectCoverage(blocks, out);
  });
});
