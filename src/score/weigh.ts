/**
 * How the sentences that answer a question are weighed into one answer, as a careful reader sums a policy up: only the
 * strongest kind of sentence counts (a statement of the company's own practice, then the practice named by its legal
 * term, then a reader's inference); the policy's own summary of a practice outweighs the rest; among equals the
 * question's rule (`yesWins` or the order of its outcomes, question.ts) decides.
 */
import type { EvidenceSentence } from '../types.ts';
import type { Question, Strength } from './question.ts';

export interface Match {
  outcome: string;
  hedged: boolean;
  summary: boolean;
  strength: Strength;
  detail: string | null;
  sentence: EvidenceSentence;
}

/** Statements of the company's own practice outweigh legal terms, which outweigh a reader's inferences. */
export const TIER: Record<Strength, number> = { statement: 0, legal: 1, inference: 2 };

/** The answers of a question, its partial outcomes replaced by the joint one when both halves are there. */
function withJoint(q: Question, matches: readonly Match[]): Match[] {
  const answers = matches.filter((m) => m.outcome in q.outcomes);
  if (!q.joint) return answers;
  const [a, b] = q.joint.parts;
  const halves = matches.filter((m) => m.outcome === a || m.outcome === b);
  const both = halves.some((m) => m.outcome === a) && halves.some((m) => m.outcome === b);
  return both ? [...answers, ...halves.map((m) => ({ ...m, outcome: q.joint?.outcome ?? m.outcome }))] : answers;
}

/**
 * The outcome a careful reader would sum the sentences up with: only the strongest kind of sentence counts (see
 * TIER); among those, `yesWins` or the outcomes' order decides (question.ts). A question with a `nuance` outcome
 * gives it when its statements all deny and its legal terms affirm.
 */
export function decide(q: Question, found: readonly Match[]): { name: string; chosen: Match[] } | undefined {
  const matches = withJoint(q, found);
  if (!matches.length) return undefined;
  const answerOf = (m: Match) => q.outcomes[m.outcome]?.answer;
  const legalYes = matches.filter((m) => m.strength === 'legal' && answerOf(m) === 'yes');
  // Where a legal term's "yes" is a nuance, it never answers the question by itself ("sales" under state law).
  const counted = q.nuance ? matches.filter((m) => !legalYes.includes(m)) : matches;
  if (!counted.length) return undefined;
  const top = Math.min(...counted.map((m) => TIER[m.strength]));
  const strongest = counted.filter((m) => TIER[m.strength] === top);
  // A summary the policy gives of the practice, with its exceptions listed, is how a reader sums it up too.
  const summaries = strongest.filter((m) => m.summary);
  const pool = summaries.length
    ? [...summaries, ...strongest.filter((m) => !m.summary && answerOf(m) === 'no')]
    : strongest;
  if (q.nuance && top === 0 && legalYes.length && pool.every((m) => answerOf(m) === 'no'))
    return { name: q.nuance, chosen: [...pool, ...legalYes] };
  const yes = q.weigh === 'yesWins' ? pool.filter((m) => answerOf(m) === 'yes') : [];
  const candidates = yes.length ? yes : pool;
  const name = Object.keys(q.outcomes).find((o) => candidates.some((m) => m.outcome === o));
  return name === undefined ? undefined : { name, chosen: candidates.filter((m) => m.outcome === name) };
}
