/**
 * The engine, read top to bottom. Every caller — content script (via the background worker), CLI, tests — goes
 * through `analyze`.
 *
 *   blocks ──segment──▶ paragraphs ──repair+sentences──▶ clean text ──classify──▶ labels + scores (the whole
 *                                                                    document at once: neighbours count)
 *                                                                    ──flags────▶ negated / sells / retention
 *   paragraph results ──score──▶ scorecard ──▶ Report
 *
 * Offsets in the report always refer to the blocks as given: repair and normalisation change only the text the
 * model reads, never where a paragraph lies.
 */
import type { Classifier, ClassifierInput, Prediction } from './classify/classifier.ts';
import { LABELS, type Label, OPP_CATEGORIES, type OppCategory } from './classify/labels.ts';
import { isPolicyText } from './classify/policy-text.ts';
import { detectDocumentLanguage } from './detect/language.ts';
import { extractFlags } from './nlp/flags.ts';
import { withLeadIns } from './nlp/lead-ins.ts';
import { cleanText, repairMojibake } from './nlp/mojibake.ts';
import { splitSentences } from './nlp/sentences.ts';
import { collapseWhitespace } from './nlp/whitespace.ts';
import { scorecard } from './score/scorecard.ts';
import { toParagraphs } from './segment/paragraphs.ts';
import type { Block, ParagraphInput, ParagraphResult, Report, Sentence } from './types.ts';

export const ENGINE_VERSION = 'policy-lens-engine 0.1.0';

export interface AnalyzeOptions {
  classifier: Classifier;
  /**
   * Judgements of paragraphs already seen, by heading and text. A page that changes is analysed again; with a
   * cache, only its new or edited paragraphs are classified.
   */
  cache?: JudgementCache;
}

type Judgement = Omit<ParagraphResult, keyof ParagraphInput>;

/**
 * A bounded memo of judgements; it forgets everything when full rather than tracking recency (cheap, enough). With a
 * document-level `prediction`, its labels are part of the key (neighbours can change them) and its scores replace the
 * remembered ones.
 */
export class JudgementCache {
  private readonly entries = new Map<string, Judgement>();
  constructor(private readonly limit = 20_000) {}

  judge(input: ParagraphInput, classifier: Classifier, prediction?: Prediction, read?: Reading): ParagraphResult {
    const key = `${input.heading}\u0000${input.leadIn ?? ''}\u0000${input.text}${prediction ? `\u0000${prediction.labels.join('|')}` : ''}`;
    let found = this.entries.get(key);
    if (!found) {
      const { id, text, heading, pieces, leadIn, ...judgement } = judge(input, classifier, prediction, read);
      if (this.entries.size >= this.limit) this.entries.clear();
      found = judgement;
      this.entries.set(key, found);
    }
    if (!prediction) return { ...input, ...found };
    return { ...input, ...found, scores: prediction.scores, categories: byScore(found.categories, prediction.scores) };
  }
}

const byScore = (categories: readonly OppCategory[], scores: Prediction['scores']): OppCategory[] =>
  [...categories].sort((a, b) => scores[b] - scores[a]);

/** A paragraph as the engine reads it, worked out once: `analyze` needs it before classifying and when judging. */
export interface Reading {
  /** The text with mojibake repaired (offsets may differ from the text's). */
  repaired: string;
  /** What the classifier reads: repaired, whitespace collapsed, in text and heading. */
  input: ClassifierInput;
  policyText: boolean;
}

function read(paragraph: ParagraphInput): Reading {
  const repaired = repairMojibake(paragraph.text);
  const input = { text: collapseWhitespace(repaired), heading: cleanText(paragraph.heading) };
  return { repaired, input, policyText: isPolicyText(input.text, input.heading) };
}

/**
 * The policy's own paragraphs judged in the light of their neighbours, when the classifier can (else undefined: one
 * by one). A page's navigation, banners and footer are left out of the document the second stage reads: OPP-115, which
 * it was trained on, has none, and they would shift every paragraph's neighbours and position.
 */
function predictDocument(readings: readonly Reading[], classifier: Classifier): (Prediction | undefined)[] | undefined {
  if (!classifier.predictDocument) return undefined;
  const prose = readings.flatMap((reading, i) => (reading.policyText ? [i] : []));
  const judged = classifier.predictDocument(prose.map((i) => (readings[i] as Reading).input));
  const out: (Prediction | undefined)[] = readings.map(() => undefined);
  prose.forEach((i, k) => {
    out[i] = judged[k];
  });
  return out;
}

export function analyze(blocks: readonly Block[], { classifier, cache }: AnalyzeOptions): Report {
  const inputs = withLeadIns(blocks, toParagraphs(blocks));
  const language = detectDocumentLanguage(inputs.map((p) => p.text));
  const readings = language.supported ? inputs.map(read) : [];
  const predictions = language.supported ? predictDocument(readings, classifier) : undefined;
  const one = (p: ParagraphInput, i: number) => {
    const prediction = predictions?.[i];
    const reading = readings[i];
    return cache ? cache.judge(p, classifier, prediction, reading) : judge(p, classifier, prediction, reading);
  };
  const paragraphs = language.supported ? inputs.map(one) : [];
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  for (const p of paragraphs) {
    if (!p.policyText) continue;
    for (const c of p.categories) counts[c]++;
    if (p.advertising) counts.Advertising++;
  }
  return {
    engine: ENGINE_VERSION,
    model: classifier.id,
    language,
    paragraphs,
    counts,
    scorecard: scorecard(paragraphs),
  };
}

/**
 * Classifies one paragraph; e.g. "We never sell your data." → Third Party Sharing, negated, sells: does_not.
 * `prediction`, when given, is the classifier's judgement of it within its document, and `reading` the paragraph
 * as already read (`analyze` passes both).
 */
export function judge(
  input: ParagraphInput,
  classifier: Classifier,
  prediction?: Prediction,
  reading: Reading = read(input),
): ParagraphResult {
  const { repaired, policyText } = reading;
  const { text: clean } = reading.input;
  const judged = prediction ?? classifier.predict(reading.input);
  const categories = byScore(
    judged.labels.filter((l): l is OppCategory => (OPP_CATEGORIES as readonly string[]).includes(l)),
    judged.scores,
  );
  const sentences = splitSentences(input.text);
  const repairedSentences = repaired === input.text ? sentences : splitSentences(repaired);
  return {
    ...input,
    cleanText: clean,
    categories: policyText ? categories : [],
    scores: judged.scores,
    advertising: policyText && judged.labels.includes('Advertising'),
    policyText,
    flags: extractFlags(repaired, repairedSentences, judged.labels, input.leadIn),
    sentences,
    ...(policyText && judged.evidence ? { keySentences: keySentences(input.text, sentences, clean, judged) } : {}),
  };
}

/**
 * The classifier names its evidence by offsets into the clean text it read; the page needs the paragraph's own
 * sentences. Each sentence is found in the clean text in order, and a label's key sentence is the one its evidence
 * starts in. E.g. "We collect your email. We never sell it." → Third Party Sharing: 1.
 */
function keySentences(
  text: string,
  sentences: readonly Sentence[],
  clean: string,
  { labels, evidence = {} }: Prediction,
): Partial<Record<Label, number>> {
  const out: Partial<Record<Label, number>> = {};
  if (sentences.length < 2) return out;
  let cursor = 0;
  const starts = sentences.map((sentence) => {
    const at = clean.indexOf(cleanText(text.slice(sentence.start, sentence.end)), cursor);
    if (at >= 0) cursor = at;
    return at;
  });
  for (const label of labels) {
    const range = evidence[label];
    if (!range) continue;
    let found = -1;
    starts.forEach((start, i) => {
      if (start >= 0 && start <= range[0]) found = i;
    });
    if (found >= 0) out[label] = found;
  }
  return out;
}
