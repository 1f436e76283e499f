import { describe, expect, it } from 'vitest';
import { extractFlags } from '../../../src/nlp/flags.ts';
import { continues, introduction, leadInsOf, withLeadIns } from '../../../src/nlp/lead-ins.ts';
import { splitSentences } from '../../../src/nlp/sentences.ts';
import { toParagraphs } from '../../../src/segment/paragraphs.ts';
import type { Block } from '../../../src/types.ts';

const block = (text: string, kind: Block['kind'] = 'paragraph', headings: string[] = ['Sharing']): Block => ({
  text,
  kind,
  headings,
});
const leadInsFor = (blocks: Block[]) => withLeadIns(blocks, toParagraphs(blocks)).map((p) => p.leadIn ?? null);

describe('introduction', () => {
  it.each([
    ['We will never:', 'We will never:'],
    [
      'We care about your privacy. We do not share your data except in these cases:',
      'We do not share your data except in these cases:',
    ],
    // false positives: a label inside a sentence, or no colon at the end
    ['Note: we never sell your data.', undefined],
    ['We will never sell your data.', undefined],
  ])('%j → %j', (text, expected) => {
    expect(introduction(text)).toBe(expected);
  });
});

describe('withLeadIns', () => {
  it('gives every list item after a lead-in the lead-in, long items kept apart included', () => {
    const long = `Sell ${'your personal information to data brokers or any other third party, '.repeat(2)}ever.`;
    expect(
      leadInsFor([block('We will never:'), block('Sell your data', 'list-item'), block(long, 'list-item')]),
    ).toEqual([null, 'We will never:', 'We will never:']);
  });

  it('carries a bare lead-in over paragraphs that continue it, and stops at the first that does not', () => {
    expect(
      leadInsFor([
        block('Acme does not:'),
        block('Sell any customer data to third parties.'),
        block('Allow others to access your account.'),
        block('Acme may share data with its affiliates.'),
      ]),
    ).toEqual([null, 'Acme does not:', 'Acme does not:', null]);
  });

  it.each<[string, Block[]]>([
    ['a list under another heading', [block('We will never:'), block('Sell your data', 'list-item', ['Other'])]],
    [
      'a paragraph after a lead-in that was followed by list items',
      [block('We may share:'), block('Your name', 'list-item'), block('Sell your data later.')],
    ],
    ['a paragraph that opens a clause of its own', [block('We may share your data:'), block('We never sell it.')]],
    [
      'a list after a paragraph that introduces nothing',
      [block('We value privacy.'), block('Sell your data', 'list-item')],
    ],
  ])('false positive: %s gets no lead-in', (_name, blocks) => {
    expect(leadInsFor(blocks).at(-1)).toBeNull();
  });
});

describe('leadInsOf and the flags', () => {
  it('gives the lines after a sentence ending in a colon that sentence, inside one paragraph', () => {
    expect(leadInsOf(['We never:', 'Sell data', 'Rent data'])).toEqual([undefined, 'We never:', 'We never:']);
    expect(leadInsOf(['Sell data'], 'We never:')).toEqual(['We never:']);
  });

  it.each([
    ['COMPANY will never:\n— Sell any kind of personal information or data', undefined, 'does_not'],
    ['Sell any kind of personal information or data', 'We will never:', 'does_not'],
    ['Sell any kind of personal information or data', undefined, 'does'],
  ])('%j under %j → sells %s', (text, leadIn, sells) => {
    expect(extractFlags(text, splitSentences(text), [], leadIn).sells).toBe(sells);
  });
});

describe('continues', () => {
  it.each([
    ['Sell any customer data.', true],
    ['Never rent your data.', true],
    ['To provide the service.', true],
    // false positives: a clause of its own, a noun phrase
    ['We may share it.', false],
    ['Your name and address.', false],
  ])('%j → %s', (text, expected) => {
    expect(continues(text)).toBe(expected);
  });
});
