import { describe, expect, it } from 'vitest';
import { RUBRIC } from '../../../src/score/rubric.ts';
import { GRADE_RULE, gradeFor, MIN_ANSWERED, scorecard } from '../../../src/score/scorecard.ts';
import { paragraphs, type Spec } from './paragraph.ts';

describe('gradeFor', () => {
  it.each([
    [10, 'A'],
    [4, 'A'],
    [3.99, 'B'],
    [2, 'B'],
    [1.99, 'C'],
    [0, 'C'],
    [-0.01, 'D'],
    [-2.5, 'D'],
    [-2.51, 'E'],
    [-10, 'E'],
  ])('%d → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});

/** Sentences with the points they earn; each answers one question, but a sale answers "sell or share" too. */
const ANSWERS = {
  doesNotSell: ['We never sell your personal information.', 1],
  sells: ['We sell your personal information to data brokers.', -2.5, 2],
  shares: ['We share your personal information with our affiliates.', -1],
  noSharing: ['We do not share your personal information with third parties.', 1],
  ads: ['We use your purchase history to show you targeted ads.', -1],
  tracking: ['We use cookies and web beacons on our site.', -0.5],
  indefinite: ['We may retain your profile indefinitely.', -2],
  limited: ['We retain your personal information only as long as necessary to provide the service.', 0.5],
  access: ['You can delete your account at any time in your settings.', 1],
  choice: ['You can opt out of marketing emails at any time.', 1],
  noDnt: ['We do not respond to Do Not Track signals.', -0.5],
  security: ['We use encryption and firewalls to protect your data.', 0.5],
  silentChanges: ['We may change this policy at any time by posting the new version on this page.', -0.5],
  children: ['We do not knowingly collect data from children under 13.', 0.5],
  abroad: ['Your information may be transferred to and processed in the United States.', 0],
} satisfies Record<string, [string, number, number?]>;
type Name = keyof typeof ANSWERS;

const build = (...names: Name[]) => paragraphs(...names.map((n): Spec => ({ text: ANSWERS[n][0] })));
const sum = (...names: Name[]) => names.reduce((s, n) => s + ANSWERS[n][1], 0);
const count = (...names: Name[]) => names.reduce((s, n) => s + ((ANSWERS[n] as [string, number, number?])[2] ?? 1), 0);

describe('scorecard', () => {
  it('answers every rubric question, in rubric order', () => {
    const card = scorecard([]);
    expect(card.items.map((i) => [i.key, i.question])).toEqual(RUBRIC.map((r) => [r.key, r.question]));
  });

  it.each<[string, Name[], string | null]>([
    ['nothing said', [], null],
    ['four answers, however good, are not enough', ['doesNotSell', 'noSharing', 'access', 'choice'], null],
    ['A: five good answers', ['doesNotSell', 'noSharing', 'access', 'choice', 'security'], 'A'],
    ['B: good with some bad', ['doesNotSell', 'shares', 'access', 'choice', 'security'], 'B'],
    ['C: balanced', ['doesNotSell', 'shares', 'access', 'ads', 'limited'], 'C'],
    ['D', ['shares', 'ads', 'access', 'noDnt', 'silentChanges'], 'D'],
    ['E: sells and keeps forever', ['sells', 'shares', 'ads', 'indefinite', 'tracking'], 'E'],
    ['a bad answer worth 0 still counts as answered', ['abroad', 'access', 'choice', 'children', 'security'], 'B'],
    [
      'many answered',
      [
        'doesNotSell',
        'shares',
        'ads',
        'tracking',
        'limited',
        'access',
        'choice',
        'noDnt',
        'security',
        'silentChanges',
        'children',
        'abroad',
      ],
      'C',
    ],
  ])('%s → %s', (_name, names, grade) => {
    const card = scorecard(build(...names));
    expect(card.answered).toBe(count(...names));
    expect(card.items.filter((i) => i.answer !== 'unclear').map((i) => i.points)).toHaveLength(count(...names));
    expect(card.score).toBe(sum(...names));
    expect(card.grade).toBe(grade);
    if (grade === null) {
      expect(card.reason).toBe(
        `Only ${names.length} of ${RUBRIC.length} questions have evidence; at least ${MIN_ANSWERED} are needed for a grade.`,
      );
    } else {
      expect(card.reason).toBe(
        `${count(...names)} of ${RUBRIC.length} questions answered; points add up to ${card.score} (${GRADE_RULE}).`,
      );
    }
  });

  it('cites, for each answer, exactly the paragraphs it rests on', () => {
    const card = scorecard(build('ads', 'doesNotSell', 'access', 'shares', 'access'));
    const cited = Object.fromEntries(card.items.filter((i) => i.evidence.length).map((i) => [i.key, i.evidence]));
    expect(cited).toEqual({ sells: [1], shares: [3], advertising: [0], access: [2, 4] });
  });

  it('lists named third parties and data types beside the answers', () => {
    const card = scorecard(
      paragraphs({
        text: 'We collect your email address and IP address and share them with Google Analytics and Stripe.',
      }),
    );
    expect(card.thirdParties.map((p) => p.name)).toEqual(['Google Analytics', 'Stripe']);
    expect(card.dataTypes.map((d) => d.key)).toEqual(['email', 'ip']);
  });
});
