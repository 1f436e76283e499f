/** What the scorecard shows, computed from a report without rendering (so it is tested as plain data). */
import { DISPLAY_ORDER, LABEL_INFO, type Label } from '../src/classify/labels.ts';
import type { Grade, Report, ScoreItem } from '../src/types.ts';

export interface CategoryRow {
  label: Label;
  name: string;
  colour: string;
  count: number;
  visible: boolean;
}

export interface FindingRow extends ScoreItem {
  /** First evidence paragraph, for "show me". */
  target: number | null;
  excerpt: string;
}

export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1B873F',
  B: '#4E8F26',
  C: '#B07A00',
  D: '#C8541E',
  E: '#C62828',
};

export function categoryRows(report: Report, hidden: readonly Label[]): CategoryRow[] {
  return DISPLAY_ORDER.filter((label) => report.counts[label] > 0).map((label) => ({
    label,
    name: LABEL_INFO[label].name,
    colour: LABEL_INFO[label].colour,
    count: report.counts[label],
    visible: !hidden.includes(label),
  }));
}

const ORDER = { bad: 0, good: 1, neutral: 2 } as const;

/** Answered questions, bad news first; then the unanswered ones. */
export function findingRows(report: Report): { answered: FindingRow[]; unanswered: FindingRow[] } {
  const rows = report.scorecard.items.map((item) => {
    const target = item.evidence[0] ?? null;
    const text = target === null ? '' : (report.paragraphs[target]?.cleanText ?? '');
    return { ...item, target, excerpt: text.length > 160 ? `${text.slice(0, 157)}…` : text };
  });
  const answered = rows.filter((r) => r.answer !== 'unclear').sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  return { answered, unanswered: rows.filter((r) => r.answer === 'unclear') };
}
