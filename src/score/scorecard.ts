/**
 * The grade: the sum of the rubric's points, cut into bands. Written so that a reader can redo it by hand (the
 * popup shows the same rule under "why this grade").
 *
 *   score ≥ 4 → A · ≥ 2 → B · ≥ 0 → C · ≥ -2.5 → D · below → E   (points range from -12.5 to 12)
 *   fewer than MIN_ANSWERED questions answered → no grade ("not enough evidence")
 */
import type { Grade, ParagraphResult, Scorecard } from '../types.ts';
import { dataTypes } from './data-types.ts';
import { answerAll } from './rubric.ts';
import { thirdParties } from './third-parties.ts';

/** Five of twenty: fewer, and one lucky sentence could make an A out of a policy that says almost nothing. */
export const MIN_ANSWERED = 5;
export const BANDS: readonly [number, Grade][] = [
  [4, 'A'],
  [2, 'B'],
  [0, 'C'],
  [-2.5, 'D'],
];

/** The rule in words, as the README and the popup state it. */
export const GRADE_RULE = 'A ≥ 4, B ≥ 2, C ≥ 0, D ≥ -2.5, E below';

export function gradeFor(score: number): Grade {
  return BANDS.find(([min]) => score >= min)?.[1] ?? 'E';
}

export function scorecard(paragraphs: readonly ParagraphResult[]): Scorecard {
  const items = answerAll(paragraphs);
  const answered = items.filter((i) => i.answer !== 'unclear').length;
  const score = items.reduce((sum, i) => sum + i.points, 0);
  const found = { thirdParties: thirdParties(paragraphs), dataTypes: dataTypes(paragraphs) };
  if (answered < MIN_ANSWERED) {
    const reason = `Only ${answered} of ${items.length} questions have evidence; at least ${MIN_ANSWERED} are needed for a grade.`;
    return { grade: null, score, reason, items, answered, ...found };
  }
  const grade = gradeFor(score);
  const reason = `${answered} of ${items.length} questions answered; points add up to ${score} (${GRADE_RULE}).`;
  return { grade, score, reason, items, answered, ...found };
}
