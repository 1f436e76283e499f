/** What the scorecard shows, computed from a report without rendering (so it is tested as plain data). */
import { DISPLAY_ORDER, LABEL_INFO, type Label } from '../src/classify/labels.ts';
import { answerLabel } from '../src/explain.ts';
import { BANDS, MIN_ANSWERED } from '../src/score/scorecard.ts';
import type { Grade, Report, ScoreItem } from '../src/types.ts';

export { answerLabel };

export interface CategoryRow {
  label: Label;
  name: string;
  colour: string;
  count: number;
  visible: boolean;
}

export interface FindingRow extends ScoreItem {
  /** The paragraph "show me" scrolls to: the one holding the strongest evidence sentence. */
  target: number | null;
  /** The evidence sentence (or, without one, the paragraph), cut to fit the popup. */
  excerpt: string;
}

export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1B873F',
  B: '#4E8F26',
  C: '#B07A00',
  D: '#C8541E',
  E: '#C62828',
};

const EXCERPT = 160;
const cut = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 3)}…` : text);

export function categoryRows(report: Report, hidden: readonly Label[]): CategoryRow[] {
  return DISPLAY_ORDER.filter((label) => report.counts[label] > 0).map((label) => ({
    label,
    name: LABEL_INFO[label].name,
    colour: LABEL_INFO[label].colour,
    count: report.counts[label],
    visible: !hidden.includes(label),
  }));
}

/**
 * Costly bad news first, then good news, then bad news that costs no points (data handed to the authorities when
 * the law requires: nearly every policy says it, so it should not push the good news out of sight), then the rest.
 */
const rank = (r: ScoreItem) => (r.verdict === 'bad' ? (r.points < 0 ? 0 : 2) : r.verdict === 'good' ? 1 : 3);

/** Answered questions in the order above, rubric order within each; then the unanswered ones. */
export function findingRows(report: Report): { answered: FindingRow[]; unanswered: FindingRow[] } {
  const rows = report.scorecard.items.map((item) => {
    const sentence = item.sentences[0];
    const target = sentence?.paragraph ?? item.evidence[0] ?? null;
    const text = sentence?.text ?? (target === null ? '' : (report.paragraphs[target]?.cleanText ?? ''));
    return { ...item, target, excerpt: cut(text) };
  });
  const answered = rows.filter((r) => r.answer !== 'unclear').sort((a, b) => rank(a) - rank(b));
  return { answered, unanswered: rows.filter((r) => r.answer === 'unclear') };
}

export interface WhyRow {
  question: string;
  answer: string;
  points: string;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? '0' : `−${Math.abs(n)}`);

/** "Why this grade": each answered question's points, the total, and the bands, so the sum can be redone by hand. */
export function whyGrade(report: Report): { rows: WhyRow[]; total: string; bands: string; enough: boolean } {
  const { items, score, answered } = report.scorecard;
  const rows = items
    .filter((i) => i.answer !== 'unclear')
    .map((i) => ({ question: i.question, answer: answerLabel(i), points: signed(i.points) }));
  const bands = [...BANDS.map(([min, grade]) => `${grade} ≥ ${signed(min)}`), 'E below'].join(' · ');
  return { rows, total: signed(score), bands, enough: answered >= MIN_ANSWERED };
}
