import { describe, expect, it } from 'vitest';
import { inlineText, markdownToBlocks } from '../../../src/segment/markdown-blocks.ts';
import type { Block } from '../../../src/types.ts';

const brief = (blocks: Block[]) => blocks.map((b) => [b.kind, b.text, b.headings]);

describe('inlineText', () => {
  it.each([
    ['**bold** text', 'bold text'],
    ['__bold__ text', 'bold text'],
    ['an *emphasised* word', 'an emphasised word'],
    ['an _emphasised_ word', 'an emphasised word'],
    ['(*aside*)', '(aside)'],
    ['***both***', 'both'],
    ['see [our cookie policy](https://example.com/cookies).', 'see our cookie policy.'],
    ['![Company logo](logo.png) Privacy', 'Company logo Privacy'],
    ['visit <https://example.com/privacy>', 'visit https://example.com/privacy'],
    ['write to <privacy@example.com>', 'write to privacy@example.com'],
    ['the `do_not_track` header', 'the do_not_track header'],
    ['  spaced\tout \n text  ', 'spaced out text'],
    // Links whose address contains parentheses (Wikipedia style) keep only their text.
    ['see [cookies](https://en.wikipedia.org/wiki/Cookie_(computing)) here', 'see cookies here'],
    // false positives: nothing here is markup
    ['the user_id and session_id fields', 'the user_id and session_id fields'],
    ['email privacy@example.com today', 'email privacy@example.com today'],
    ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
    ['array[0] (first)', 'array[0] (first)'],
    ['under 13 years', 'under 13 years'],
  ])('%j → %j', (md, expected) => {
    expect(inlineText(md)).toBe(expected);
  });
});

describe('markdownToBlocks', () => {
  it('keeps a stack of ATX headings as context, popping on same or higher level', () => {
    const md =
      '# Policy\n\nIntro.\n\n## Sharing\n\nWe share.\n\n### Partners\n\nAd partners.\n\n## Retention ##\n\nWe keep it.\n\n# Other\n\nBye.';
    expect(brief(markdownToBlocks(md))).toEqual([
      ['heading', 'Policy', []],
      ['paragraph', 'Intro.', ['Policy']],
      ['heading', 'Sharing', ['Policy']],
      ['paragraph', 'We share.', ['Policy', 'Sharing']],
      ['heading', 'Partners', ['Policy', 'Sharing']],
      ['paragraph', 'Ad partners.', ['Policy', 'Sharing', 'Partners']],
      ['heading', 'Retention', ['Policy']],
      ['paragraph', 'We keep it.', ['Policy', 'Retention']],
      ['heading', 'Other', []],
      ['paragraph', 'Bye.', ['Other']],
    ]);
  });

  it('reduces inline markup in headings', () => {
    expect(markdownToBlocks('## **A.** The [Information](#info) We Collect')[0]).toEqual({
      text: 'A. The Information We Collect',
      headings: [],
      kind: 'heading',
    });
  });

  it('joins the lines of a paragraph with spaces and splits paragraphs at blank lines', () => {
    expect(brief(markdownToBlocks('We collect\nyour email.\n\nWe keep it\r\nfor a year.'))).toEqual([
      ['paragraph', 'We collect your email.', []],
      ['paragraph', 'We keep it for a year.', []],
    ]);
  });

  it('makes every list item a block, lazy continuation lines included', () => {
    const md =
      'We collect:\n\n- your name\n- your email\n  address, when given\n  1. nested ordered\n2) second ordered\n+ plus item';
    expect(brief(markdownToBlocks(md))).toEqual([
      ['paragraph', 'We collect:', []],
      ['list-item', 'your name', []],
      ['list-item', 'your email address, when given', []],
      ['list-item', 'nested ordered', []],
      ['list-item', 'second ordered', []],
      ['list-item', 'plus item', []],
    ]);
  });

  it('reads block quotes as their content', () => {
    expect(brief(markdownToBlocks('> *Archived copy of* [the policy](https://x)\n> from 2015.'))).toEqual([
      ['paragraph', 'Archived copy of the policy from 2015.', []],
    ]);
  });

  it.each([
    ['---'],
    ['***'],
    ['___'],
    ['- - -'],
    ['* * *'],
    ['_ _ _'],
  ])('treats the thematic break %j as a separator, not a block', (rule) => {
    expect(brief(markdownToBlocks(`First part.\n${rule}\nSecond part.`))).toEqual([
      ['paragraph', 'First part.', []],
      ['paragraph', 'Second part.', []],
    ]);
  });

  it.each([
    // false positives: not headings
    ['#hashtag in prose', 'paragraph', '#hashtag in prose'],
    ['####### seven hashes', 'paragraph', '####### seven hashes'],
    ['**Cookies**', 'paragraph', 'Cookies'],
    ['1999 was a good year', 'paragraph', '1999 was a good year'],
    // headings
    ['###### six', 'heading', 'six'],
    ['# Title #', 'heading', 'Title'],
    // a closing sequence needs a space before it; "C#" is part of the title
    ['# Notes for C#', 'heading', 'Notes for C#'],
  ])('%j → %s %j', (line, kind, text) => {
    expect(markdownToBlocks(line)).toEqual([{ text, headings: [], kind }]);
  });

  it.each([
    ['\n\n   \n- \n\n'],
    ['## \n\nWe keep logs.'],
    ['#\t\n- \n\nWe keep logs.'],
  ])('never emits an empty block or an empty heading as context: %j', (md) => {
    for (const b of markdownToBlocks(md)) {
      expect(b.text.trim()).not.toBe('');
      expect(b.headings).not.toContain('');
    }
  });
});
