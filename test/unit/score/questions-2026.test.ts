import { describe, expect, it } from 'vitest';
import { answerAll } from '../../../src/score/rubric.ts';
import type { ScoreItem, ScoreKey } from '../../../src/types.ts';
import { paragraphs } from './paragraph.ts';

/** The answer to one question of a policy made of these paragraphs. */
function answerOf(key: ScoreKey, ...texts: string[]): Pick<ScoreItem, 'answer' | 'hedged' | 'exceptions'> {
  const item = answerAll(paragraphs(...texts.map((text) => ({ text })))).find((i) => i.key === key);
  if (!item) throw new Error(`no question ${key}`);
  return { answer: item.answer, hedged: item.hedged, exceptions: item.exceptions };
}
const YES = { answer: 'yes' };
const NO = { answer: 'no' };
const UNCLEAR = { answer: 'unclear' };

describe.each<[ScoreKey, [string, string[], object][]]>([
  [
    'sellOrShare',
    [
      ['shares for targeted ads', ['We share identifiers with advertising partners for targeted advertising.'], YES],
      ['sells', ['We may sell your personal information to data brokers.'], { answer: 'yes', hedged: true }],
      ['an opt-out of its own sharing', ['You can opt out of our sharing of your data through the link below.'], YES],
      ['both denied in one sentence', ['We do not sell or share your personal information.'], NO],
      [
        'both denied apart',
        ['We do not sell your personal information.', 'We do not share your data for targeted advertising.'],
        NO,
      ],
      ['false positive: a denial of selling alone', ['We do not sell your personal information.'], UNCLEAR],
      [
        'false positive: a right in general terms',
        ['California residents have the right to opt out of the sale or sharing of their personal information.'],
        UNCLEAR,
      ],
      [
        'false positive: a hypothetical',
        ['Were we ever to sell or share personal information for targeted advertising, we would tell you here.'],
        UNCLEAR,
      ],
    ],
  ],
  [
    'gpc',
    [
      ['honoured', ['We honor Global Privacy Control signals.'], YES],
      ['treated as a request', ['If your browser sends a GPC signal, we treat it as a request to opt out.'], YES],
      ['not honoured', ['We do not currently respond to Global Privacy Control signals.'], NO],
      [
        'its own clause beside Do Not Track',
        ['We do not respond to Do Not Track signals, but we honor Global Privacy Control.'],
        YES,
      ],
      ['false positive: Do Not Track alone', ['We do not respond to Do Not Track signals.'], UNCLEAR],
      ['false positive: the signal described', ['Some browsers offer Global Privacy Control.'], UNCLEAR],
    ],
  ],
  [
    'aiTraining',
    [
      ['trains on your content', ['We use the photos you post to train our machine learning models.'], YES],
      ['may train', ['We may use your conversations to improve our AI models.'], { answer: 'yes', hedged: true }],
      ['does not', ['We do not use your content to train artificial intelligence models.'], NO],
      [
        'not unless you opt in',
        ['We will not use your inputs to train our AI models unless you direct us to.'],
        { answer: 'no', exceptions: true },
      ],
      [
        'false positive: a provider’s duty',
        ['Our AI vendors are prohibited from using your data to train their models.'],
        UNCLEAR,
      ],
      ['false positive: machine learning against fraud', ['We use machine learning to detect fraud.'], UNCLEAR],
    ],
  ],
  [
    'aiOptOut',
    [
      [
        'an opt-out, in the same paragraph as the training',
        ['We use your posts to train our models. You can opt out in your settings.'],
        YES,
      ],
      [
        'opt-in: "unless you direct us"',
        ['We will not use your inputs to train our AI models unless you direct us to.'],
        YES,
      ],
      [
        'false positive: no training said, so no opt-out to ask about',
        ['You can opt out of marketing emails.', 'We use machine learning to detect fraud.'],
        UNCLEAR,
      ],
    ],
  ],
  [
    'sensitive',
    [
      [
        'precise location',
        ['We may collect your precise location when you allow it.'],
        { answer: 'yes', hedged: true },
      ],
      ['government ID the reader provides', ['You must provide a copy of your passport to verify your account.'], YES],
      ['none collected', ['We do not collect sensitive personal information.'], NO],
      [
        'false positive: a definition',
        ['"Sensitive personal information" means information such as health data or precise location.'],
        UNCLEAR,
      ],
      [
        'false positive: a right described',
        ['You have the right to limit the use of your sensitive personal information.'],
        UNCLEAR,
      ],
    ],
  ],
  [
    'sensitiveLimit',
    [
      [
        'a setting, in the paragraph about the data',
        ['We collect your precise location. You can turn it off in your device settings.'],
        YES,
      ],
      ['consent withdrawn', ['We collect health data with your consent, which you may withdraw at any time.'], YES],
      [
        'false positive: the company limiting itself',
        ['We collect your precise location.', 'We limit how our staff access your data.'],
        UNCLEAR,
      ],
      [
        'false positive: nothing sensitive collected, nothing to limit',
        ['You can withdraw your consent to marketing at any time.'],
        UNCLEAR,
      ],
    ],
  ],
])('%s', (key, rows) => {
  it.each(rows)('%s', (_name, texts, expected) => {
    expect(answerOf(key, ...texts)).toMatchObject(expected);
  });
});

describe('selling beside "sell or share"', () => {
  const item = (...texts: string[]) =>
    answerAll(paragraphs(...texts.map((text) => ({ text })))).find((i) => i.key === 'sells');

  it('does not sell for money, but shares for targeted ads: its own finding, no points', () => {
    const sells = item(
      'We do not sell your personal information for money.',
      'We share device identifiers with advertising partners for targeted advertising.',
    );
    expect(sells).toMatchObject({ answer: 'no', verdict: 'neutral', points: 0, exceptions: true, evidence: [0, 1] });
    expect(sells?.finding).toMatch(/^Does not sell your data for money, but shares it for targeted ads/);
  });

  it('a legal term alone never answers "does it sell" (it answers "sell or share")', () => {
    expect(item('Some of our disclosures may be considered a "sale" under California law.')?.answer).toBe('unclear');
  });

  it('a plain denial with nothing shared for ads stays a plain no', () => {
    expect(item('We do not sell your personal information.')).toMatchObject({
      answer: 'no',
      points: 1,
      verdict: 'good',
    });
  });
});
