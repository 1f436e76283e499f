import { describe, expect, it } from 'vitest';
import { dntPolarity, RUBRIC } from '../../../src/score/rubric.ts';
import type { ScoreItem, ScoreKey } from '../../../src/types.ts';
import { paragraphs, type Spec } from './paragraph.ts';

const SHARING = 'Third Party Sharing/Collection';
const AUDIENCES = 'International and Specific Audiences';

function answer(key: ScoreKey, specs: Spec[]): Omit<ScoreItem, 'key' | 'question'> {
  const entry = RUBRIC.find((r) => r.key === key);
  if (!entry) throw new Error(`no rule ${key}`);
  return entry.rule(paragraphs(...specs));
}

type Row = [name: string, specs: Spec[], expected: Partial<Omit<ScoreItem, 'key' | 'question'>>];

const UNCLEAR: Partial<Omit<ScoreItem, 'key' | 'question'>> = {
  answer: 'unclear',
  verdict: 'neutral',
  points: 0,
  evidence: [],
};

describe('RUBRIC', () => {
  it('asks the ten questions once each, in a fixed order', () => {
    expect(RUBRIC.map((r) => r.key)).toEqual([
      'sells',
      'shares',
      'advertising',
      'retention',
      'access',
      'choice',
      'dnt',
      'security',
      'changes',
      'children',
    ]);
    for (const r of RUBRIC) expect(r.question).toMatch(/\?$/);
  });

  it.each(RUBRIC.map((r) => [r.key]))('%s is unclear, with no evidence, for a policy that says nothing', (key) => {
    expect(answer(key, [{ categories: ['Other'] }, {}])).toMatchObject(UNCLEAR);
  });
});

describe.each<[ScoreKey, Row[]]>([
  [
    'sells',
    [
      [
        'denies selling',
        [{}, { flags: { sells: 'does_not' } }],
        {
          answer: 'no',
          verdict: 'good',
          points: 1,
          evidence: [1],
          finding: 'Says it does not sell your data',
        },
      ],
      [
        'may sell (outweighs a denial elsewhere)',
        [{ flags: { sells: 'does_not' } }, { flags: { sells: 'does' } }, { flags: { sells: 'does' } }],
        { answer: 'yes', verdict: 'bad', points: -2, evidence: [1, 2] },
      ],
      ['a sell flag on non-policy text is ignored', [{ policyText: false, flags: { sells: 'does' } }], UNCLEAR],
    ],
  ],
  [
    'shares',
    [
      [
        'shares',
        [{ categories: [SHARING] }, { categories: ['Other'] }],
        {
          answer: 'yes',
          verdict: 'bad',
          points: -1,
          evidence: [0],
          finding: 'Shares your data with third parties',
        },
      ],
      [
        'says it does not share',
        [{ categories: [SHARING], flags: { negated: true } }],
        { answer: 'no', verdict: 'good', points: 1, evidence: [0] },
      ],
      [
        'sharing anywhere outweighs a denial',
        [{ categories: [SHARING], flags: { negated: true } }, { categories: ['Other', SHARING] }],
        { answer: 'yes', evidence: [1] },
      ],
      ['sharing category on non-policy text is ignored', [{ categories: [SHARING], policyText: false }], UNCLEAR],
      ['another category does not count', [{ categories: ['First Party Collection/Use'] }], UNCLEAR],
    ],
  ],
  [
    'advertising',
    [
      [
        'advertising paragraph',
        [{}, { advertising: true, categories: ['First Party Collection/Use'] }],
        { answer: 'yes', verdict: 'bad', points: -1, evidence: [1] },
      ],
      [
        'no ads',
        [{ advertising: true, flags: { negated: true } }],
        { answer: 'no', verdict: 'good', points: 0.5, evidence: [0] },
      ],
      ['advertising flag on non-policy text is ignored', [{ advertising: true, policyText: false }], UNCLEAR],
    ],
  ],
  [
    'retention',
    [
      [
        'a stated period',
        [{ flags: { retention: 'stated', retentionPeriod: '30 days' } }],
        {
          answer: 'yes',
          verdict: 'good',
          points: 1,
          evidence: [0],
          finding: 'States how long data is kept (30 days)',
        },
      ],
      [
        'stated without the period',
        [{ flags: { retention: 'stated' } }],
        { answer: 'yes', finding: 'States how long data is kept' },
      ],
      [
        'indefinite outweighs stated',
        [{ flags: { retention: 'stated', retentionPeriod: '1 year' } }, { flags: { retention: 'indefinite' } }],
        { answer: 'yes', verdict: 'bad', points: -2, evidence: [1] },
      ],
      [
        '"as long as needed"',
        [{ flags: { retention: 'limited' } }],
        { answer: 'yes', verdict: 'neutral', points: 0, evidence: [0] },
      ],
      [
        'stated outweighs limited',
        [{ flags: { retention: 'limited' } }, { flags: { retention: 'stated', retentionPeriod: '2 years' } }],
        { verdict: 'good', evidence: [1], finding: 'States how long data is kept (2 years)' },
      ],
      [
        'retention paragraph with no period is unclear but cited',
        [{ categories: ['Data Retention'] }],
        {
          answer: 'unclear',
          verdict: 'neutral',
          points: 0,
          evidence: [0],
          finding: 'Mentions retention but gives no period',
        },
      ],
      [
        'retention flag on non-policy text is ignored',
        [{ policyText: false, flags: { retention: 'indefinite' } }],
        { ...UNCLEAR, finding: 'Does not say how long data is kept' },
      ],
    ],
  ],
  [
    'access',
    [
      [
        'you can delete',
        [{ categories: ['User Access, Edit and Deletion'] }],
        { answer: 'yes', verdict: 'good', points: 1, evidence: [0] },
      ],
      [
        'you cannot',
        [{ categories: ['User Access, Edit and Deletion'], text: 'Once posted, you cannot delete your reviews.' }],
        { answer: 'no', verdict: 'bad', points: -1 },
      ],
    ],
  ],
  [
    'choice',
    [
      [
        'opt-out',
        [{}, {}, { categories: ['User Choice/Control'] }],
        { answer: 'yes', verdict: 'good', points: 1, evidence: [2] },
      ],
      [
        'no opt-out',
        [{ categories: ['User Choice/Control'], text: 'You cannot opt out of service announcements.' }],
        { answer: 'no', verdict: 'bad', points: -1 },
      ],
    ],
  ],
  [
    'dnt',
    [
      [
        'honoured',
        [{ categories: ['Do Not Track'], text: 'We honor Do Not Track signals from your browser.' }],
        { answer: 'yes', verdict: 'good', points: 0.5, evidence: [0] },
      ],
      [
        'not honoured',
        [{ categories: ['Do Not Track'], text: 'We do not respond to Do Not Track signals.' }],
        {
          answer: 'no',
          verdict: 'bad',
          points: -0.5,
          evidence: [0],
          finding: 'Does not honour Do Not Track',
        },
      ],
      [
        'a refusal outweighs a claim',
        [
          { categories: ['Do Not Track'], text: 'We respect your privacy choices, including Do Not Track.' },
          { categories: ['Do Not Track'], text: 'Our site does not currently respond to DNT signals.' },
        ],
        { answer: 'no', evidence: [1] },
      ],
      [
        'a mention that takes no stance is unclear, but cited',
        [{ categories: ['Do Not Track'], text: 'Do Not Track is a setting offered by most browsers.' }],
        { answer: 'unclear', points: 0, evidence: [0] },
      ],
      [
        'a denial outside a Do Not Track paragraph does not count',
        [{ categories: ['Other'], text: 'We do not respond to Do Not Track signals.' }],
        UNCLEAR,
      ],
    ],
  ],
  [
    'security',
    [
      ['measures described', [{ categories: ['Data Security'] }], { answer: 'yes', verdict: 'good', points: 0.5 }],
      [
        'measures disclaimed',
        [{ categories: ['Data Security'], text: 'We cannot guarantee the security of your information.' }],
        { answer: 'no', verdict: 'bad', points: -0.5 },
      ],
    ],
  ],
  [
    'changes',
    [
      [
        'notice by email',
        [
          { categories: ['Policy Change'], text: 'We will post changes here.' },
          { categories: ['Policy Change'], text: 'We will notify you by e-mail of material changes.' },
        ],
        { answer: 'yes', verdict: 'good', points: 0.5, evidence: [1] },
      ],
      [
        'notification',
        [{ categories: ['Policy Change'], text: 'You will receive a notification in the app.' }],
        { answer: 'yes', evidence: [0] },
      ],
      [
        '"will be notified"',
        [
          {
            categories: ['Policy Change'],
            text: 'Registered users will be notified of any material changes.',
          },
        ],
        { answer: 'yes', verdict: 'good', evidence: [0] },
      ],
      [
        '"by notifying you"',
        [
          {
            categories: ['Policy Change'],
            text: 'We will tell you about changes by notifying you in the app.',
          },
        ],
        { answer: 'yes', evidence: [0] },
      ],
      [
        'only a new date on the page',
        [
          {
            categories: ['Policy Change'],
            text: 'We may update this policy. The date above shows the last revision.',
          },
        ],
        { answer: 'no', verdict: 'bad', points: -0.5, evidence: [0] },
      ],
      [
        'email mentioned outside a policy-change paragraph does not count',
        [{ categories: ['First Party Collection/Use'], text: 'We will email you receipts.' }],
        UNCLEAR,
      ],
    ],
  ],
  [
    'children',
    [
      [
        'children',
        [{ categories: [AUDIENCES], text: 'We do not knowingly collect data from children.' }],
        { answer: 'yes', verdict: 'good', points: 0.5, evidence: [0] },
      ],
      ['under 13', [{ categories: [AUDIENCES], text: 'If you are under 13, do not use the site.' }], { answer: 'yes' }],
      [
        'under the age of 16',
        [{ categories: [AUDIENCES], text: 'Users under the age of 16 need consent.' }],
        { answer: 'yes' },
      ],
      ['minors', [{ categories: [AUDIENCES], text: 'The service is not meant for minors.' }], { answer: 'yes' }],
      // false positives
      [
        'California residents only',
        [{ categories: [AUDIENCES], text: 'California residents have extra rights.' }],
        UNCLEAR,
      ],
      [
        '"under 100 employees"',
        [{ categories: [AUDIENCES], text: 'Companies with under 100 employees are exempt.' }],
        UNCLEAR,
      ],
      [
        'children mentioned outside an audiences paragraph',
        [{ categories: ['First Party Collection/Use'], text: 'We collect the names of your children.' }],
        UNCLEAR,
      ],
      ['kidney (not kids)', [{ categories: [AUDIENCES], text: 'Patients with kidney disease in the EU.' }], UNCLEAR],
    ],
  ],
])('rule %s', (key, rows) => {
  it.each(rows)('%s', (_name, specs, expected) => {
    expect(answer(key, specs)).toMatchObject(expected);
  });
});

describe('dntPolarity', () => {
  it.each([
    ['We do not respond to Do Not Track signals.', 'ignored'],
    ['Our website does not currently honor "Do Not Track" requests.', 'ignored'],
    ['We do not recognize or respond to browser-initiated DNT signals.', 'ignored'],
    ['Example does not act on Do Not Track requests from your browser.', 'ignored'],
    ['There is no uniform industry standard for Do Not Track, so we do not change our practices.', 'ignored'],
    ['We honor Do Not Track signals.', 'honoured'],
    ["We respect your browser's Do Not Track setting.", 'honoured'],
    // false positives: the signal's own name contains "not track"
    ['We honor Do Not Track signals and do not track users who send them.', 'honoured'],
    ['When your browser sends a Do Not Track signal, we stop tracking you.', 'honoured'],
    ['Do Not Track is a setting offered by most browsers.', null],
    ['Some browsers have a "Do Not Track" feature that lets you tell websites you do not want to be tracked.', null],
  ])('%j → %s', (text, expected) => {
    expect(dntPolarity(text)).toBe(expected);
  });
});
