import { describe, expect, it } from 'vitest';
import { RUBRIC } from '../../../src/score/rubric.ts';
import { gradeFor, MIN_ANSWERED, scorecard } from '../../../src/score/scorecard.ts';
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

/** Specs that answer one question each, with the points each earns. */
const ANSWERS = {
  doesNotSell: [{ flags: { sells: 'does_not' } }, 1],
  sells: [{ flags: { sells: 'does' } }, -2],
  shares: [{ categories: ['Third Party Sharing/Collection'] }, -1],
  noSharing: [{ categories: ['Third Party Sharing/Collection'], flags: { negated: true } }, 1],
  ads: [{ advertising: true }, -1],
  indefinite: [{ flags: { retention: 'indefinite' } }, -2],
  limited: [{ flags: { retention: 'limited' } }, 0],
  access: [{ categories: ['User Access, Edit and Deletion'] }, 1],
  choice: [{ categories: ['User Choice/Control'] }, 1],
  noDnt: [{ categories: ['Do Not Track'], text: 'We do not respond to Do Not Track signals.' }, -0.5],
  security: [{ categories: ['Data Security'] }, 0.5],
  silentChanges: [{ categories: ['Policy Change'], text: 'This page shows the date of the last change.' }, -0.5],
  children: [
    { categories: ['International and Specific Audiences'], text: 'We do not collect data from children.' },
    0.5,
  ],
} satisfies Record<string, [Spec, number]>;

const build = (...names: (keyof typeof ANSWERS)[]) => paragraphs(...names.map((n) => ANSWERS[n][0]));
const sum = (...names: (keyof typeof ANSWERS)[]) => names.reduce((s, n) => s + ANSWERS[n][1], 0);

describe('scorecard', () => {
  it('answers every rubric question, in rubric order', () => {
    const card = scorecard([]);
    expect(card.items.map((i) => [i.key, i.question])).toEqual(RUBRIC.map((r) => [r.key, r.question]));
  });

  it.each<[string, (keyof typeof ANSWERS)[], string | null]>([
    ['nothing said', [], null],
    ['three answers, however good, are not enough', ['doesNotSell', 'noSharing', 'access'], null],
    ['four good answers', ['doesNotSell', 'noSharing', 'access', 'security'], 'B'],
    ['A: five good answers', ['doesNotSell', 'noSharing', 'access', 'choice', 'security'], 'A'],
    ['B: some good, some bad', ['doesNotSell', 'shares', 'access', 'choice'], 'B'],
    ['C: balanced', ['doesNotSell', 'shares', 'access', 'ads', 'limited'], 'C'],
    ['D', ['shares', 'ads', 'access', 'noDnt', 'silentChanges'], 'D'],
    ['E: sells and keeps forever', ['sells', 'shares', 'ads', 'indefinite'], 'E'],
    ['"as long as needed" counts as answered though worth 0', ['limited', 'access', 'choice', 'children'], 'B'],
    [
      'all ten answered',
      ['doesNotSell', 'shares', 'ads', 'limited', 'access', 'choice', 'noDnt', 'security', 'silentChanges', 'children'],
      'C',
    ],
  ])('%s → %s', (_name, names, grade) => {
    const card = scorecard(build(...names));
    const answered = card.items.filter((i) => i.answer !== 'unclear').length;
    expect(answered).toBe(names.length);
    expect(card.score).toBe(sum(...names));
    expect(card.grade).toBe(grade);
    if (grade === null) {
      expect(answered).toBeLessThan(MIN_ANSWERED);
      expect(card.reason).toBe(
        `Only ${answered} of 10 questions have evidence; at least ${MIN_ANSWERED} are needed for a grade.`,
      );
    } else {
      expect(gradeFor(card.score)).toBe(grade);
      expect(card.reason).toContain(`${answered} of 10 questions answered; points add up to ${card.score}`);
    }
  });

  it('does not count an unclear answer that cites evidence as answered', () => {
    const card = scorecard(
      paragraphs(ANSWERS.doesNotSell[0], ANSWERS.noSharing[0], ANSWERS.access[0], {
        categories: ['Data Retention'],
      }),
    );
    const retention = card.items.find((i) => i.key === 'retention');
    expect(retention).toMatchObject({ answer: 'unclear', evidence: [3] });
    expect(card.grade).toBeNull();
  });

  it('cites, for each answer, exactly the paragraphs it rests on', () => {
    const card = scorecard(build('ads', 'doesNotSell', 'access', 'shares', 'access'));
    const evidence = Object.fromEntries(card.items.map((i) => [i.key, i.evidence]));
    expect(evidence).toEqual({
      sells: [1],
      shares: [3],
      advertising: [0],
      retention: [],
      access: [2, 4],
      choice: [],
      dnt: [],
      security: [],
      changes: [],
      children: [],
    });
  });

  it('ignores paragraphs that are not policy text entirely', () => {
    const specs = (['doesNotSell', 'noSharing', 'access', 'security'] as const).map((n) => ({
      ...ANSWERS[n][0],
      policyText: false,
    }));
    const card = scorecard(paragraphs(...specs));
    expect(card.items.every((i) => i.answer === 'unclear' && i.evidence.length === 0)).toBe(true);
    expect(card).toMatchObject({ grade: null, score: 0 });
  });
});
