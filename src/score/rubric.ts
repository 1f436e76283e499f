/**
 * Answers the rubric's questions from classified paragraphs, sentence by sentence. Every answer carries the
 * sentences (and so the paragraphs) it rests on; a question no sentence answers is `unclear`, never guessed.
 */
import type { Label } from '../classify/labels.ts';
import type { ParagraphResult, RetentionOutcome, ScoreItem } from '../types.ts';
import { isHedged } from './hedging.ts';
import type { Question } from './question.ts';
import { QUESTIONS } from './questions.ts';
import { sentencesOf } from './sentences-read.ts';
import { decide, type Match, TIER } from './weigh.ts';

/** Sentences quoted per answer: enough to judge, few enough to read in a popup. */
const MAX_SENTENCES = 3;

const has = (p: ParagraphResult, label: Label) =>
  label === 'Advertising' ? p.advertising : p.categories.includes(label);

function matchesOf(q: Q, paragraphs: readonly ParagraphResult[]): { matches: Match[]; inLabel: number[] } {
  const matches: Match[] = [];
  const inLabel: number[] = [];
  for (const p of paragraphs) {
    if (!p.policyText) continue;
    const labelled = q.labels.some((l) => has(p, l)) || (q.topic?.test(p.cleanText) ?? false);
    if (labelled) inLabel.push(p.id);
    const { sentences, leadIns, titles } = sentencesOf(p);
    sentences.forEach((sentence, i) => {
      if (!q.titles && titles[i]) return;
      const cue = q.cue(sentence.text, labelled, leadIns[i]);
      if (!cue) return;
      const answer = q.outcomes[cue.outcome]?.answer ?? 'no';
      const hedged = cue.hedged ?? isHedged(answer, sentence.text);
      const strength = cue.strength ?? 'statement';
      matches.push({
        outcome: cue.outcome,
        hedged,
        summary: cue.summary ?? false,
        strength,
        detail: cue.detail ?? null,
        sentence,
      });
    });
  }
  return { matches, inLabel };
}

type Answered = Omit<ScoreItem, 'key' | 'question'>;
type Q = Question;

function unclear(q: Q, inLabel: readonly number[]): Answered {
  const finding = inLabel.length && q.mentioned ? q.mentioned : q.none;
  const evidence = q.mentioned ? [...inLabel] : [];
  return {
    answer: 'unclear',
    verdict: 'neutral',
    finding,
    points: 0,
    evidence,
    hedged: false,
    exceptions: false,
    sentences: [],
    detail: null,
    outcome: null,
  };
}

/** One question's answer; e.g. a paragraph "We never sell your data." answers `sells` with no, good, +1. */
export function answerQuestion(q: Q, paragraphs: readonly ParagraphResult[]): Answered {
  const { matches, inLabel } = matchesOf(q, paragraphs);
  const decided = decide(q, matches);
  const outcome = decided && q.outcomes[decided.name];
  if (!decided || !outcome) return unclear(q, inLabel);
  const { name, chosen } = decided;
  // A "yes" is as firm as its firmest sentence; a "no" only as clean as its most qualified one.
  const yes = outcome.answer === 'yes';
  const qualified = name === q.nuance || (yes ? chosen.every((m) => m.hedged) : chosen.some((m) => m.hedged));
  // Statements before inferences; then the sentences that decided the hedge; among equals, the policy's order.
  const decisive = (m: Match) => (yes ? !m.hedged : m.hedged);
  const rank = (m: Match) => 2 * TIER[m.strength] + Number(!decisive(m));
  const strongest = [...chosen].sort((a, b) => rank(a) - rank(b));
  const detail = chosen.find((m) => m.detail)?.detail ?? null;
  const finding = qualified && outcome.hedgedFinding ? outcome.hedgedFinding : outcome.finding;
  return {
    answer: outcome.answer,
    verdict: outcome.verdict,
    finding: detail ? `${finding} (${detail})` : finding,
    points: qualified && outcome.hedgedPoints !== undefined ? outcome.hedgedPoints : outcome.points,
    evidence: [...new Set(chosen.map((m) => m.sentence.paragraph))],
    hedged: yes && qualified,
    exceptions: !yes && qualified,
    sentences: strongest.slice(0, MAX_SENTENCES).map((m) => m.sentence),
    detail,
    outcome: q.key === 'retention' ? (name as RetentionOutcome) : null,
  };
}

/**
 * Every question's answer, in rubric order. A question asked `after` another is unclear unless that one leaves the
 * practice possible: yes, or no with exceptions ("not used to train our models unless you direct us to").
 */
export function answerAll(paragraphs: readonly ParagraphResult[]): ScoreItem[] {
  const items: ScoreItem[] = [];
  for (const q of QUESTIONS) {
    const parent = q.after && items.find((i) => i.key === q.after);
    const possible = !parent || parent.answer === 'yes' || (parent.answer === 'no' && parent.exceptions);
    const answered = possible ? answerQuestion(q, paragraphs) : unclear(q, []);
    items.push({ key: q.key, question: q.question, ...answered });
  }
  return items.map((item) => withNuance(item, items));
}

/**
 * A "no" that another question's "yes" qualifies ("we do not sell your data" beside sharing it for targeted ads, a
 * "sale or sharing" under state laws) becomes the question's nuance, citing both.
 */
function withNuance(item: ScoreItem, items: readonly ScoreItem[]): ScoreItem {
  const q = QUESTIONS.find((x) => x.key === item.key);
  const other = q?.nuanceWith && items.find((i) => i.key === q.nuanceWith);
  const nuance = q?.nuance && q.outcomes[q.nuance];
  if (!other || !nuance || item.answer !== 'no' || other.answer !== 'yes' || item.finding === nuance.finding)
    return item;
  return {
    ...item,
    verdict: nuance.verdict,
    finding: nuance.finding,
    points: nuance.points,
    exceptions: true,
    evidence: [...new Set([...item.evidence, ...other.evidence])],
    sentences: [...item.sentences, ...other.sentences].slice(0, MAX_SENTENCES),
  };
}

export { QUESTIONS as RUBRIC };
