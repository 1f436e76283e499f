/** The segmenters on the real policies of the shared corpus (read in place from ../shared, never copied). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/segment/markdown-blocks.ts';
import { toParagraphs } from '../../../src/segment/paragraphs.ts';
import { textToBlocks } from '../../../src/segment/text-blocks.ts';
import type { Block } from '../../../src/types.ts';
import { expectCoverage, expectOffsetsReproduceText } from './invariants.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = path.resolve(repoRoot, '../shared/corpus/seeds');
const read = (name: string) => readFileSync(path.join(SEEDS, name), 'utf8');
const blocksOf = (name: string) => (name.endsWith('.md') ? markdownToBlocks(read(name)) : textToBlocks(read(name)));

const ALL = ['bigml-2012.md', 'clarifai-2016.md', 'template-platform.md', 'datarobot-scraped.txt', 'wandb.txt'];
const MARKDOWN = ALL.filter((n) => n.endsWith('.md'));

describe.each(ALL)('seed %s', (name) => {
  const blocks = blocksOf(name);

  it('yields trimmed, non-empty blocks with headings and prose', () => {
    expect(blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThan(3);
    expect(blocks.filter((b) => b.kind !== 'heading').length).toBeGreaterThan(10);
    for (const b of blocks) {
      expect(b.text).toBe(b.text.trim());
      expect(b.text).not.toBe('');
      expect(b.headings).not.toContain('');
    }
  });

  it('segments into paragraphs whose offsets reproduce their text and lose nothing', () => {
    const paragraphs = toParagraphs(blocks);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) expect(p.text.length).toBeLessThanOrEqual(1500);
    expectOffsetsReproduceText(blocks, paragraphs);
    expectCoverage(blocks, paragraphs);
  });
});

describe.each(MARKDOWN)('markdown seed %s', (name) => {
  it.each([['**'], ['__'], [']('], ['!['], ['<http'], ['`']])('leaves no %j markup in any block', (mark) => {
    const offending = blocksOf(name).filter((b) => b.text.includes(mark) || b.headings.some((h) => h.includes(mark)));
    expect(offending.map((b) => b.text)).toEqual([]);
  });
});

describe('bigml-2012.md', () => {
  const blocks = blocksOf('bigml-2012.md');
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

  it('finds the lettered sections as headings', () => {
    expect(headings).toEqual(
      expect.arrayContaining([
        'Privacy Policy | BigML.com',
        'A. The Information BigML Collects and Stores',
        'B. Use and Disclosure of the Information BigML Collects',
        'E. Security',
      ]),
    );
  });

  it('puts the archive notice (a block quote) first, as plain text without its link markup', () => {
    expect(blocks[0]?.text).toMatch(
      /^The following text is extracted and transformed from the bigml\.com privacy policy/,
    );
    expect(blocks[0]?.text).toContain('original snapshot on the Wayback Machine for the most accurate');
  });

  it('gives list items under a section that section as context', () => {
    const item = blocks.find((b) => b.text.startsWith('A cookie is an alphanumeric identifier'));
    expect(item).toMatchObject({
      kind: 'list-item',
      headings: ['Privacy Policy | BigML.com', 'A. The Information BigML Collects and Stores'],
    });
  });
});

describe('clarifai-2016.md', () => {
  it('nests ### sections under their ## section', () => {
    const block = markdownToBlocks(read('clarifai-2016.md')).find((b) =>
      b.text.startsWith('We ask for certain information'),
    );
    expect(block?.headings).toEqual([
      'Clarifai: Privacy Policy',
      'How We Collect and Use Information',
      'Information you provide us directly:',
    ]);
  });
});

describe('datarobot-scraped.txt (one line a sentence, site navigation included)', () => {
  const blocks = blocksOf('datarobot-scraped.txt');
  const byText = (text: string) => blocks.filter((b) => b.text === text);

  it.each([
    ['overview.'],
    ['tour the ai platform.'],
    ['banking.'],
    ['webinars.'],
    ['contact us.'],
    ['data retention.'],
  ])('the navigation line %j is a heading', (line) => {
    const found = byText(line);
    expect(found.length).toBeGreaterThan(0);
    for (const b of found) expect(b.kind).toBe('heading');
  });

  it('never groups a run of short navigation lines into a paragraph', () => {
    for (const b of blocks.filter((x) => x.kind === 'paragraph')) {
      const lines = b.text.split('\n');
      const short = lines.filter((l) => l.split(' ').length <= 3).length;
      expect(short, JSON.stringify(b.text.slice(0, 80))).toBeLessThanOrEqual(lines.length / 2);
    }
  });

  it.each([
    ['\n\n', ''],
    ['', '\n\n'],
    ['\n \n', '\n\t\n'],
  ])('is read the same with blank lines around it (%j before, %j after)', (before, after) => {
    const text = read('datarobot-scraped.txt');
    expect(textToBlocks(before + text + after)).toEqual(textToBlocks(text));
  });

  it('keeps policy prose under its section', () => {
    const retention = blocks.find((b) => b.text.startsWith('we will retain your personal data as needed'));
    expect(retention).toMatchObject({ kind: 'paragraph', headings: ['data retention'] });
  });
});

describe('wandb.txt (paragraphs separated by blank lines)', () => {
  const blocks = blocksOf('wandb.txt');
  it.each([
    ['Do Not Track'],
    ['Children'],
    ['Business Transfers'],
    ['Changes to This Privacy Policy'],
  ])('%j is a heading with the next paragraph under it', (title) => {
    const at = blocks.findIndex((b) => b.text === title);
    expect(blocks[at]?.kind).toBe('heading');
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph', headings: [title] });
  });

  it('keeps multi-line chunks whole as paragraphs', () => {
    const block = blocks.find((b: Block) => b.text.startsWith('Our servers are located in the US.'));
    expect(block?.kind).toBe('paragraph');
    expect(block?.text).toContain('\nIf you are located outside of the US');
  });
});
