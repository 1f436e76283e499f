/**
 * Answers the rubric's questions from classified paragraphs, sentence by sentence. Every answer carries the
 * sentences (and so the paragraphs) it rests on; a question no sentence answers is `unclear`, never guessed.
 */
import type { Label } from '../classify/labels.ts';
import { cleanText } from '../nlp/mojibake.ts';
import type { EvidenceSentence, ParagraphResult, RetentionOutcome, ScoreItem } from '../types.ts';
import { isHedged } from './hedging.ts';
import type { Question } from './question.ts';
import { QUESTIONS } from './questions.ts';

/** Sentences quoted per answer: enough to judge, few enough to read in a popup. */
const MAX_SENTENCES = 3;

interface Match {
  outcome: string;
  hedged: boolean;
  weak: boolean;
  detail: string | null;
  sentence: EvidenceSentence;
}

const has = (p: ParagraphResult, label: Label) =>
  label === 'Advertising' ? p.advertising : p.categories.includes(label);

/** Sentences already cleaned, per paragraph: every question reads every sentence, so clean each once. */
const cleaned = new WeakMap<ParagraphResult, EvidenceSentence[]>();

/** Each sentence of a paragraph as the cues read it: repaired, whitespace collapsed. */
function sentencesOf(p: ParagraphResult): EvidenceSentence[] {
  let found = cleaned.get(p);
  if (found) return found;
  const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
  found = spans.map(({ start, end }) => ({
    paragraph: p.id,
    start,
    end,
    text: cleanText(p.text.slice(start, end)),
  }));
  cleaned.set(p, found);
  return found;
}

function matchesOf(q: Question, paragraphs: readonly ParagraphResult[]): { matches: Match[]; inLabel: number[] } {
  const matches: Match[] = [];
  const inLabel: number[] = [];
  for (const p of paragraphs) {
    if (!p.policyText) continue;
    const labelled = q.labels.some((l) => has(p, l)) || (q.topic?.test(p.cleanText) ?? false);
    if (labelled) inLabel.push(p.id);
    for (const sentence of sentencesOf(p)) {
      const cue = q.cue(sentence.text, labelled);
      if (!cue) continue;
      const answer = q.outcomes[cue.outcome]?.answer ?? 'yes';
      const hedged = cue.hedged ?? isHedged(answer, sentence.text);
      matches.push({ outcome: cue.outcome, hedged, weak: cue.weak ?? false, detail: cue.detail ?? null, sentence });
    }
  }
  return { matches, inLabel };
}

/** One question's answer; e.g. a paragraph "We never sell your data." answers `sells` with no, good, +1. */
export function answerQuestion(
  q: Question,
  paragraphs: readonly ParagraphResult[],
): Omit<ScoreItem, 'key' | 'question'> {
  const { matches, inLabel } = matchesOf(q, paragraphs);
  const name = Object.keys(q.outcomes).find((o) => matches.some((m) => m.outcome === o));
  const outcome = name === undefined ? undefined : q.outcomes[name];
  if (name === undefined || !outcome) {
    const finding = inLabel.length && q.mentioned ? q.mentioned : q.none;
    const evidence = q.mentioned ? inLabel : [];
    return {
      answer: 'unclear',
      verdict: 'neutral',
      finding,
      points: 0,
      evidence,
      hedged: false,
      sentences: [],
      detail: null,
      outcome: null,
      exceptions: false,
    };
  }
  const chosen = matches.filter((m) => m.outcome === name);
  // A "yes" is as firm as its firmest sentence; a "no" only as clean as its most qualified one.
  const hedged = outcome.answer === 'yes' ? chosen.every((m) => m.hedged) : chosen.some((m) => m.hedged);
  // Statements before inferences; then the sentences that decided the hedge; among equals, the policy's order.
  const decisive = (m: Match) => (outcome.answer === 'yes' ? !m.hedged : m.hedged);
  const rank = (m: Match) => 2 * Number(m.weak) + Number(!decisive(m));
  const strongest = [...chosen].sort((a, b) => rank(a) - rank(b));
  const detail = chosen.find((m) => m.detail)?.detail ?? null;
  const finding = hedged && outcome.hedgedFinding ? outcome.hedgedFinding : outcome.finding;
  return {
    answer: outcome.answer,
    verdict: outcome.verdict,
    finding: detail ? `${finding} (${detail})` : finding,
    points: hedged && outcome.hedgedPoints !== undefined ? outcome.hedgedPoints : outcome.points,
    evidence: [...new Set(chosen.map((m) => m.sentence.paragraph))],
    hedged,
    sentences: strongest.slice(0, MAX_SENTENCES).map((m) => m.sentence),
    detail,
    outcome: q.key === 'retention' ? (name as RetentionOutcome) : null,
    exceptions: hedged && outcome.answer === 'no',
  };
}

/** Every question's answer, in rubric order. */
export function answerAll(paragraphs: readonly ParagraphResult[]): ScoreItem[] {
  return QUESTIONS.map((q) => ({ key: q.key, question: q.question, ...answerQuestion(q, paragraphs) }));
}

export { QUESTIONS as RUBRIC };
