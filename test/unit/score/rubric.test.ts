import { describe, expect, it } from 'vitest';
import { answerAll, answerQuestion, RUBRIC } from '../../../src/score/rubric.ts';
import type { ScoreItem, ScoreKey } from '../../../src/types.ts';
import { paragraphs, type Spec } from './paragraph.ts';

const SHARING = 'Third Party Sharing/Collection';
type Expected = Partial<Omit<ScoreItem, 'key' | 'question'>>;

function answer(key: ScoreKey, specs: Spec[]) {
  const q = RUBRIC.find((r) => r.key === key);
  if (!q) throw new Error(`no question ${key}`);
  return answerQuestion(q, paragraphs(...specs));
}
const UNCLEAR: Expected = { answer: 'unclear', verdict: 'neutral', points: 0, hedged: false, sentences: [] };
/** One paragraph of plain text, in no particular category. */
const says = (text: string, spec: Spec = {}): Spec[] => [{ text, ...spec }];

describe('RUBRIC', () => {
  it('asks the twenty questions once each, in a fixed order: the fourteen and the six of 2026 beside them', () => {
    expect(RUBRIC.map((r) => r.key)).toEqual([
      'sells',
      'sellOrShare',
      'shares',
      'advertising',
      'tracking',
      'retention',
      'access',
      'choice',
      'dnt',
      'gpc',
      'changes',
      'children',
      'security',
      'transfers',
      'lawEnforcement',
      'merger',
      'aiTraining',
      'aiOptOut',
      'sensitive',
      'sensitiveLimit',
    ]);
    for (const r of RUBRIC) expect(r.question).toMatch(/\?$/);
  });

  it.each(RUBRIC.map((r) => [r.key]))('%s is unclear, with no evidence, for a policy that says nothing', (key) => {
    expect(answer(key, [{ categories: ['Other'] }, {}])).toMatchObject({ ...UNCLEAR, evidence: [] });
  });

  it('ignores text that is not policy text, whatever it says', () => {
    const items = answerAll(paragraphs({ text: 'We sell your personal data to data brokers.', policyText: false }));
    expect(items.every((i) => i.answer === 'unclear')).toBe(true);
  });
});

describe.each<[ScoreKey, [string, Spec[], Expected][]]>([
  [
    'sells',
    [
      ['a denial', says('We never sell your personal information.'), { answer: 'no', verdict: 'good', points: 1 }],
      [
        '"may sell": yes, hedged',
        says('We may sell your personal information to partners.'),
        { answer: 'yes', verdict: 'bad', points: -2, hedged: true, finding: 'Says it may sell your data' },
      ],
      [
        'a flat sale',
        says('We sell your personal information to data brokers.'),
        { answer: 'yes', hedged: false, finding: 'Says it sells your data' },
      ],
      [
        'a sale anywhere outweighs a denial',
        [{ text: 'We do not sell your data.' }, { text: 'We may sell your email address to advertisers.' }],
        { answer: 'yes', evidence: [1] },
      ],
      [
        '"we don\'t share your data" implies no sale',
        says("We don't share your personal data with anyone."),
        { answer: 'no' },
      ],
      [
        '"we don’t intend to sell"',
        says('We don’t intend to sell your personal information.'),
        { answer: 'no', hedged: false },
      ],
      ['false positive: the reader reselling', says('You may not sell or resell the service.'), UNCLEAR],
      ['false positive: selling the business', says('If we sell our business, your data may be transferred.'), UNCLEAR],
    ],
  ],
  [
    'shares',
    [
      [
        'shares with partners',
        says('We share your personal information with our advertising partners.'),
        { answer: 'yes', verdict: 'bad', points: -1, hedged: false },
      ],
      [
        '"may share": yes, hedged',
        says('We may share your information with third parties.'),
        { answer: 'yes', hedged: true, finding: 'May share your data with third parties' },
      ],
      [
        'a clean denial',
        says('We do not share your personal information with third parties.'),
        { answer: 'no', verdict: 'good', points: 1, hedged: false },
      ],
      [
        '"except with service providers": no, hedged, half the points',
        says(
          'We do not share your personal information with third parties except with service providers who help us run the site.',
        ),
        {
          answer: 'no',
          hedged: false,
          exceptions: true,
          points: 0.5,
          finding: 'Says it does not share your data, with exceptions',
        },
      ],
      [
        'only with consent: no, with exceptions',
        says('We share your data with third parties only with your consent.'),
        { answer: 'no', exceptions: true },
      ],
      [
        'a summary denial that lists its exceptions outweighs the sharing it lists',
        [
          {
            text: 'We do not share your personal information outside Acme except in the following cases:\nWith your consent.\nWith service providers who process it for us.',
            categories: [SHARING],
          },
          { text: 'We may share your information with our affiliates.' },
        ],
        { answer: 'no', exceptions: true, evidence: [0] },
      ],
      [
        'false positive: a denial of one kind of sharing is no summary',
        [
          { text: 'We do not share your location with advertisers, except as follows:' },
          { text: 'We share your data with our affiliates.' },
        ],
        { answer: 'yes', evidence: [1] },
      ],
      [
        'sharing outweighs a denial elsewhere',
        [{ text: 'We never share your data with advertisers.' }, { text: 'We share your data with our affiliates.' }],
        { answer: 'yes', evidence: [1] },
      ],
      [
        'false positive: no recipient, no sharing paragraph',
        says('We provide a search feature on every page.'),
        UNCLEAR,
      ],
      [
        'a sharing paragraph with no sentence about it is unclear but cited',
        [{ text: 'Our partners are listed below.', categories: [SHARING] }],
        { ...UNCLEAR, evidence: [0], finding: 'Mentions third parties without saying what they receive' },
      ],
    ],
  ],
  [
    'advertising',
    [
      [
        'targeted ads',
        says('We use your browsing history to show you targeted ads.'),
        { answer: 'yes', verdict: 'bad', points: -1 },
      ],
      ['marketing email', says('We will send you marketing emails about our products.'), { answer: 'yes' }],
      ['no ads', says('We do not show ads on our service.'), { answer: 'no', verdict: 'good', points: 0.5 }],
      ['false positive: an opt-out alone', says('Click unsubscribe in any newsletter to opt out.'), UNCLEAR],
    ],
  ],
  [
    'tracking',
    [
      [
        'beacons',
        says('We use cookies and web beacons to understand how you use the site.'),
        { answer: 'yes', verdict: 'bad', points: -0.5 },
      ],
      ['third-party analytics', says('We use Google Analytics to measure traffic.'), { answer: 'yes' }],
      ['a denial', says('We do not track visitors to our website.'), { answer: 'no', verdict: 'good', points: 0.5 }],
      ['false positive: Do Not Track is its own question', says('We do not respond to Do Not Track signals.'), UNCLEAR],
    ],
  ],
  [
    'retention',
    [
      [
        'a stated period',
        says('We delete server logs after 30 days.'),
        {
          answer: 'yes',
          verdict: 'good',
          points: 1,
          detail: '30 days',
          finding: 'States how long data is kept (30 days)',
        },
      ],
      [
        '"as long as necessary"',
        says('We retain your personal information only as long as necessary to provide the service.'),
        { answer: 'yes', verdict: 'good', points: 0.5, detail: null },
      ],
      [
        'a limit put as a refusal',
        says('We don’t store personal information on our servers unless required to run the service.'),
        { answer: 'yes', verdict: 'good', points: 0.5 },
      ],
      [
        'false positive: anonymous aggregates kept for ever',
        says('Aggregate, anonymous statistics may remain on our servers indefinitely.'),
        UNCLEAR,
      ],
      [
        'a stated period answers first, as a careful reader sums it up',
        [{ text: 'We delete logs after 90 days.' }, { text: 'We may retain your profile indefinitely.' }],
        { answer: 'yes', verdict: 'good', outcome: 'stated', evidence: [0] },
      ],
      [
        'indefinitely outweighs kept after deletion and "as long as needed"',
        [
          { text: 'We retain your information only as long as necessary.' },
          { text: 'Content you delete may remain in our backups.' },
          { text: 'We may retain your profile indefinitely.' },
        ],
        { verdict: 'bad', points: -2, outcome: 'indefinite', evidence: [2] },
      ],
      [
        'kept after deletion',
        says('Content you delete may remain in our backups after you delete your account.'),
        { answer: 'yes', verdict: 'bad', points: -1, finding: 'Some of your data may be kept after you delete it' },
      ],
      [
        'kept after deletion for a stated period is a period',
        says('Deleted data may remain in our backups for up to 14 days.'),
        { verdict: 'good', detail: '14 days' },
      ],
      [
        'false positive: a cookie outliving the browser session',
        says('A persistent cookie remains on your hard drive after you close your browser.'),
        UNCLEAR,
      ],
      [
        'a retention paragraph with no period is unclear but cited',
        [{ text: 'This section covers retention.', categories: ['Data Retention'] }],
        { ...UNCLEAR, evidence: [0], finding: 'Mentions retention but gives no period' },
      ],
    ],
  ],
  [
    'access',
    [
      [
        'you can delete',
        says('You can delete your account at any time in your settings.'),
        { answer: 'yes', verdict: 'good', points: 1 },
      ],
      ['a named right', says('Right to erasure.'), { answer: 'yes' }],
      [
        'you cannot',
        says('Once posted, you cannot delete your reviews.'),
        { answer: 'no', verdict: 'bad', points: -1 },
      ],
      [
        'a right outweighs a limit elsewhere',
        [{ text: 'You cannot delete reviews once posted.' }, { text: 'You may request a copy of your personal data.' }],
        { answer: 'yes', evidence: [1] },
      ],
    ],
  ],
  [
    'choice',
    [
      [
        'opt out',
        says('You can opt out of marketing emails at any time.'),
        { answer: 'yes', verdict: 'good', points: 1 },
      ],
      [
        'no opt-out',
        says('You cannot opt out of the sharing described above.'),
        { answer: 'no', verdict: 'bad', points: -1 },
      ],
      [
        'false positive: service emails everyone must get',
        says('You cannot opt out of service-related emails.'),
        UNCLEAR,
      ],
    ],
  ],
  [
    'dnt',
    [
      ['ignored', says('We do not respond to Do Not Track signals.'), { answer: 'no', verdict: 'bad', points: -0.5 }],
      ['honoured', says('We honor Do Not Track signals.'), { answer: 'yes', verdict: 'good', points: 0.5 }],
      [
        'a sentence without the words, in a DNT paragraph',
        says('Some browsers send Do Not Track signals. We do not currently respond to those signals.'),
        { answer: 'no' },
      ],
      [
        'mentioned only',
        [{ text: 'Browsers offer a Do Not Track setting.', categories: ['Do Not Track'] }],
        { ...UNCLEAR, evidence: [0], finding: 'Mentions Do Not Track without saying whether it is honoured' },
      ],
    ],
  ],
  [
    'changes',
    [
      [
        'personal notice',
        says('If we change this policy, we will notify you by email.'),
        { answer: 'yes', verdict: 'good', points: 0.5 },
      ],
      [
        'a new date only',
        says('We may change this policy at any time by posting the new version on this page.'),
        { answer: 'no', verdict: 'bad', points: -0.5 },
      ],
      [
        'notice of material changes outweighs "at any time"',
        says(
          'We may update this policy from time to time. If we make material changes to this policy, we will notify you in advance.',
        ),
        { answer: 'yes' },
      ],
      [
        '"without notice" is no notice',
        says('We may modify these terms at any time without notice.'),
        { answer: 'no' },
      ],
      [
        '"notice" that is only the new text and its date',
        says('We will notify you by posting the revised policy on this page and updating the "effective date".'),
        { answer: 'no' },
      ],
      [
        'a notice posted ahead of the change counts',
        says('We will post a notice on our website 30 days before the changes to this policy take effect.'),
        { answer: 'yes' },
      ],
      [
        'false positive: "email us" about the policy',
        says('If you have questions about this policy, please email us.'),
        UNCLEAR,
      ],
      [
        "false positive: the document's own name is not a notice",
        says('We may change our Privacy Notice at any time by posting the revised Privacy Notice on this website.'),
        { answer: 'no' },
      ],
    ],
  ],
  [
    'children',
    [
      [
        'children',
        says('We do not knowingly collect data from children under 13.'),
        { answer: 'yes', verdict: 'good', points: 0.5 },
      ],
      ['an age limit', says('You must be at least 16 years old to use the service.'), { answer: 'yes' }],
    ],
  ],
  [
    'security',
    [
      [
        'measures',
        says('We use encryption and firewalls to protect your data.'),
        { answer: 'yes', verdict: 'good', points: 0.5 },
      ],
      [
        'a caveat alone is not a disclaimer',
        says('No method of transmission over the Internet is 100% secure.'),
        UNCLEAR,
      ],
      [
        'disclaiming liability',
        says('We are not liable for any unauthorized access to your personal information.'),
        { answer: 'no', verdict: 'bad', points: -0.5 },
      ],
      ['false positive: your own password', says('You are responsible for keeping your password secure.'), UNCLEAR],
      [
        'false positive: other sites',
        says('We are not responsible for the privacy practices of third-party websites.'),
        UNCLEAR,
      ],
    ],
  ],
  [
    'transfers',
    [
      [
        'abroad',
        says('Your information may be transferred to and processed in the United States.'),
        { answer: 'yes', verdict: 'bad', points: 0 },
      ],
      ['false positive: a US resident address', says('Our office is open on weekdays.'), UNCLEAR],
    ],
  ],
  [
    'lawEnforcement',
    [
      [
        'when the law requires: yes, hedged',
        says('We may disclose your information if required by law or in response to a subpoena.'),
        { answer: 'yes', verdict: 'bad', points: 0, hedged: true },
      ],
      [
        'at its discretion',
        says('We may share your information with law enforcement to protect our rights.'),
        { answer: 'yes', hedged: false },
      ],
      [
        'false positive: a security caveat',
        says('We cannot guarantee that your information will not be accessed or disclosed by unauthorized persons.'),
        UNCLEAR,
      ],
    ],
  ],
  [
    'merger',
    [
      [
        'a merger',
        says('If we are involved in a merger or acquisition, your information may be transferred.'),
        { answer: 'yes', verdict: 'bad', points: 0 },
      ],
      [
        'assets',
        says('In such transactions, customer information is one of the transferred business assets.'),
        { answer: 'yes' },
      ],
    ],
  ],
])('%s', (key, rows) => {
  it.each(rows)('%s', (_name, specs, expected) => {
    expect(answer(key, specs)).toMatchObject(expected);
  });
});

describe('evidence', () => {
  it('quotes the sentence that carries the answer, with its offsets in the paragraph', () => {
    const text = 'We care about privacy. We do not sell your personal data. Contact us with questions.';
    const item = answer('sells', says(text));
    expect(item.sentences).toEqual([{ paragraph: 0, start: 23, end: 57, text: 'We do not sell your personal data.' }]);
    expect(text.slice(23, 57)).toBe('We do not sell your personal data.');
  });

  it('puts unqualified sentences first and keeps at most three', () => {
    const specs = says(
      'We may share data with partners. We may share data with vendors. We share data with advertisers. We may share data with affiliates. We share data with sponsors.',
    );
    const item = answer('shares', specs);
    expect(item.hedged).toBe(false);
    expect(item.sentences.map((s) => s.text)).toEqual([
      'We share data with advertisers.',
      'We share data with sponsors.',
      'We may share data with partners.',
    ]);
  });

  it('reads repaired text: mojibake does not hide a denial', () => {
    expect(answer('sells', says('We donâ€™t sell your personal data.'))).toMatchObject({ answer: 'no' });
  });
});
