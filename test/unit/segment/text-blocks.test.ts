import { describe, expect, it } from 'vitest';
import { looksLikeHeading, textToBlocks } from '../../../src/segment/text-blocks.ts';
import type { Block } from '../../../src/types.ts';

const brief = (blocks: Block[]) => blocks.map((b) => [b.kind, b.text, b.headings]);

describe('looksLikeHeading', () => {
  it.each([
    ['Data Retention', true],
    ['How We Use Your Information', true],
    ['Your Choices', true],
    ['Contact Us', true],
    ['This Privacy Policy', true],
    ['overview.', true],
    // false positives: prose and lead-ins
    ['', false],
    ['   ', false],
    ['We do not sell data', false],
    ['If you are under 13', false],
    ['When you visit our website', false],
    ['Information we collect:', false],
    ['Cookies,', false],
    ['Such as your name;', false],
    ['We use cookies to remember your preferences and to measure traffic', false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });
});

describe('textToBlocks: paragraphs separated by blank lines', () => {
  it('makes single short lines headings and gives following paragraphs their context', () => {
    const text =
      'Privacy Policy\n\nWe collect your email address.\n\nSharing\n\nWe share data with processors.\nThey act on our behalf.';
    expect(brief(textToBlocks(text))).toEqual([
      ['heading', 'Privacy Policy', []],
      ['paragraph', 'We collect your email address.', ['Privacy Policy']],
      ['heading', 'Sharing', []],
      ['paragraph', 'We share data with processors.\nThey act on our behalf.', ['Sharing']],
    ]);
  });

  it.each([
    // A finished sentence is never a title, however short.
    ['Thank you.', 'paragraph'],
    ['Questions?', 'paragraph'],
    ['We never sell data', 'paragraph'],
    // Two lines are a paragraph even when each would be a title.
    ['Cookies\nAnalytics', 'paragraph'],
    ['Cookies', 'heading'],
    ['Your California Privacy Rights', 'heading'],
  ])('%j between blank lines → %s', (chunk, kind) => {
    const blocks = textToBlocks(
      `Intro paragraph that is long enough to be prose, we say.\n\n${chunk}\n\nMore prose follows here, we say.`,
    );
    expect(blocks[1]).toMatchObject({ text: chunk, kind });
  });

  it('accepts CRLF and whitespace-only separator lines, and drops empty chunks', () => {
    const blocks = textToBlocks('Cookies\r\n \t\r\nWe use cookies.\r\n\r\n\r\n\r\nWe also use pixels.\r\n');
    expect(brief(blocks)).toEqual([
      ['heading', 'Cookies', []],
      ['paragraph', 'We use cookies.', ['Cookies']],
      ['paragraph', 'We also use pixels.', ['Cookies']],
    ]);
  });
});

describe('textToBlocks: scraped text, one sentence a line', () => {
  it('turns short lines into headings and groups the prose under them', () => {
    const text = [
      'privacy policy.',
      'we collect your email address when you register for an account with us.',
      'we use it to send you updates about the service you signed up for.',
      'sharing.',
      'we share data with processors who help us run the site.',
    ].join('\n');
    expect(brief(textToBlocks(text))).toEqual([
      ['heading', 'privacy policy.', []],
      [
        'paragraph',
        'we collect your email address when you register for an account with us.\nwe use it to send you updates about the service you signed up for.',
        ['privacy policy'],
      ],
      ['heading', 'sharing.', []],
      ['paragraph', 'we share data with processors who help us run the site.', ['sharing']],
    ]);
  });

  it('collapses whitespace inside a line and strips a trailing "#" or "." from heading context', () => {
    const blocks = textToBlocks('Overview #\nwe   collect\tdata about the pages you visit on our site, and when.');
    expect(brief(blocks)).toEqual([
      ['heading', 'Overview #', []],
      ['paragraph', 'we collect data about the pages you visit on our site, and when.', ['Overview']],
    ]);
  });

  it('keeps a heading-like line of only punctuation from becoming context', () => {
    const blocks = textToBlocks('#.\nwe collect data about the pages you visit on our site, and when.');
    expect(blocks.at(-1)?.headings).toEqual([]);
  });

  it.each([
    [10, 60],
    [7, 99],
    [3, 233], // 3 lines of 233 chars: joined length 701 with separators
    [2, 350], // 350 + 1 + 350 = 701
  ])('groups %i prose lines of %i chars into blocks of at most 700 characters', (count, length) => {
    const line = (i: number) => `we keep record ${i} and `.padEnd(length - 1, 'x').concat('.');
    const lines = Array.from({ length: count }, (_, i) => line(i));
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocks.map((b) => b.text).join('\n')).toBe(lines.join('\n'));
    for (const b of blocks) expect(b.text.length).toBeLessThanOrEqual(700);
  });

  it('returns nothing for empty or whitespace-only input', () => {
    expect(textToBlocks('')).toEqual([]);
    expect(textToBlocks(' \n\t\n ')).toEqual([]);
  });
});
