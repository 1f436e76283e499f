/**
 * Answers the rubric's questions from classified paragraphs, sentence by sentence. Every answer carries the
 * sentences (and so the paragraphs) it rests on; a question no sentence answers is `unclear`, never guessed.
 */
import type { Label } from '../classify/labels.ts';
import { leadInsOf } from '../nlp/lead-ins.ts';
import { cleanText } from '../nlp/mojibake.ts';
import type { EvidenceSentence, ParagraphResult, RetentionOutcome, ScoreItem } from '../types.ts';
import { isHedged } from './hedging.ts';
import type { Question, Strength } from './question.ts';
import { QUESTIONS } from './questions.ts';

/** Sentences quoted per answer: enough to judge, few enough to read in a popup. */
const MAX_SENTENCES = 3;

interface Match {
  outcome: string;
  hedged: boolean;
  summary: boolean;
  strength: Strength;
  detail: string | null;
  sentence: EvidenceSentence;
}

/**
 * A title ("Changes to This Privacy Policy", "7. STORAGE TIME"): capitalised words with no full stop. It names a topic
 * and answers nothing, whatever words it holds.
 */
const SMALL_WORDS = new Set('of to and the for in on a an or with your our how we you'.split(' '));
function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 10 || /[.!?]$/.test(text.trim()) || !/[A-Z]/.test(text)) return false;
  if (/\b(?:do|does|will|may|can|not|never)\b/i.test(text)) return false;
  return words.every(
    (w) => /^(?:[\dIVX]+[.)]|[A-Z0-9])/.test(w) || SMALL_WORDS.has(w.toLowerCase().replace(/[,:]$/, '')),
  );
}

/** Statements of the company's own practice outweigh legal terms, which outweigh a reader's inferences. */
const TIER: Record<Strength, number> = { statement: 0, legal: 1, inference: 2 };

const has = (p: ParagraphResult, label: Label) =>
  label === 'Advertising' ? p.advertising : p.categories.includes(label);

/** Sentences already cleaned, per paragraph: every question reads every sentence, so clean each once. */
interface Read {
  sentences: EvidenceSentence[];
  leadIns: (string | undefined)[];
  titles: boolean[];
}
const cleaned = new WeakMap<ParagraphResult, Read>();

/** Each sentence of a paragraph as the cues read it (repaired, whitespace collapsed), with the lead-in over it. */
function sentencesOf(p: ParagraphResult): Read {
  let found = cleaned.get(p);
  if (found) return found;
  const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
  const sentences = spans.map(({ start, end }) => ({
    paragraph: p.id,
    start,
    end,
    text: cleanText(p.text.slice(start, end)),
  }));
  const texts = sentences.map((x) => x.text);
  found = { sentences, leadIns: leadInsOf(texts, p.leadIn && cleanText(p.leadIn)), titles: texts.map(isTitle) };
  cleaned.set(p, found);
  return found;
}

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

/**
 * The outcome a careful reader would sum the sentences up with: only the strongest kind of sentence counts (see
 * TIER); among those, `yesWins` or the outcomes' order decides (question.ts). A question with a `nuance` outcome
 * gives it when its statements all deny and its legal terms affirm.
 */
function decide(q: Q, found: readonly Match[]): { name: string; chosen: Match[] } | undefined {
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

type Answered = Omit<ScoreItem, 'key' | 'question'>;
type Q = Question;

/** The answers of a question, its partial outcomes replaced by the joint one when both halves are there. */
function withJoint(q: Q, matches: readonly Match[]): Match[] {
  const answers = matches.filter((m) => m.outcome in q.outcomes);
  if (!q.joint) return answers;
  const [a, b] = q.joint.parts;
  const halves = matches.filter((m) => m.outcome === a || m.outcome === b);
  const both = halves.some((m) => m.outcome === a) && halves.some((m) => m.outcome === b);
  return both ? [...answers, ...halves.map((m) => ({ ...m, outcome: q.joint?.outcome ?? m.outcome }))] : answers;
}

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
