/**
 * How the scorecard's answers compare with a careful reader's, question by question (scripts/eval-answers.ts).
 * Retention is compared by its outcome (stated, limited, afterDeletion, indefinite); every other question by its
 * answer. A polarity flip is a yes where the reader says no, or the reverse: the error a reader notices first.
 */
import type { ScoreItem } from '../../src/types.ts';

export interface ReaderAnswer {
  answer: string;
  hedged?: boolean;
  exceptions?: boolean;
  quote?: string | null;
  quotes?: string[];
}

export interface Agreement {
  policy: string;
  reader: string;
  key: string;
  ours: string;
  theirs: string;
  agrees: boolean;
  flip: boolean;
  /** The sentence our answer rests on, for reading a disagreement. */
  sentence: string | null;
}

/** The 14 questions the scorecard has always asked; the rest (gpc and the 2026 ones) are reported apart too. */
const CLASSIC = new Set([
  'sells',
  'shares',
  'advertising',
  'tracking',
  'retention',
  'access',
  'choice',
  'dnt',
  'changes',
  'children',
  'security',
  'transfers',
  'lawEnforcement',
  'merger',
]);

/** Our answer in the readers' terms: retention's outcome, else yes / no / unclear. */
export function ourAnswer(item: ScoreItem): string {
  if (item.key === 'retention') return item.outcome ?? 'unclear';
  return item.answer;
}

export function compare(
  policy: string,
  reader: string,
  answers: Record<string, ReaderAnswer>,
  items: readonly ScoreItem[],
): Agreement[] {
  return Object.entries(answers).flatMap(([key, theirs]) => {
    const item = items.find((i) => i.key === key);
    if (!item) return [];
    const ours = ourAnswer(item);
    const pair = new Set([ours, theirs.answer]);
    return [
      {
        policy,
        reader,
        key,
        ours,
        theirs: theirs.answer,
        agrees: ours === theirs.answer,
        flip: pair.has('yes') && pair.has('no'),
        sentence: item.sentences[0]?.text ?? null,
      },
    ];
  });
}

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);
const tally = (rows: readonly Agreement[]) => {
  const agree = rows.filter((r) => r.agrees).length;
  return { n: rows.length, agree, rate: rate(agree, rows.length) };
};

export function summarise(results: readonly Agreement[]) {
  const keys = [...new Set(results.map((r) => r.key))];
  const perQuestion = keys.map((key) => {
    const rows = results.filter((r) => r.key === key);
    return { key, ...tally(rows), flips: rows.filter((r) => r.flip).length };
  });
  return {
    overall: tally(results),
    classic: tally(results.filter((r) => CLASSIC.has(r.key))),
    perQuestion,
    flips: results
      .filter((r) => r.flip)
      .map(({ policy, reader, key, ours, theirs }) => ({
        policy,
        reader,
        key,
        ours,
        theirs,
      })),
  };
}
