/**
 * The engine, read top to bottom. Every caller — content script (via the background worker), CLI, tests — goes
 * through `analyze`.
 *
 *   blocks ──segment──▶ paragraphs ──repair+sentences──▶ clean text ──classify──▶ labels + scores
 *                                                                    ──flags────▶ negated / sells / retention
 *   paragraph results ──score──▶ scorecard ──▶ Report
 *
 * Offsets in the report always refer to the blocks as given: repair and normalisation change only the text the
 * model reads, never where a paragraph lies.
 */
import type { Classifier } from './classify/classifier.ts';
import { LABELS, type Label, OPP_CATEGORIES, type OppCategory } from './classify/labels.ts';
import { isPolicyText } from './classify/policy-text.ts';
import { detectDocumentLanguage } from './detect/language.ts';
import { extractFlags } from './nlp/flags.ts';
import { repairMojibake } from './nlp/mojibake.ts';
import { splitSentences } from './nlp/sentences.ts';
import { scorecard } from './score/scorecard.ts';
import { toParagraphs } from './segment/paragraphs.ts';
import type { Block, ParagraphInput, ParagraphResult, Report } from './types.ts';

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

/** A bounded memo of judgements; it forgets everything when full rather than tracking recency (cheap, enough). */
export class JudgementCache {
  private readonly entries = new Map<string, Judgement>();
  constructor(private readonly limit = 20_000) {}

  judge(input: ParagraphInput, classifier: Classifier): ParagraphResult {
    const key = `${input.heading}\u0000${input.text}`;
    let found = this.entries.get(key);
    if (!found) {
      const { id, text, heading, pieces, ...judgement } = judge(input, classifier);
      if (this.entries.size >= this.limit) this.entries.clear();
      found = judgement;
      this.entries.set(key, found);
    }
    return { ...input, ...found };
  }
}

export function analyze(blocks: readonly Block[], { classifier, cache }: AnalyzeOptions): Report {
  const inputs = toParagraphs(blocks);
  const language = detectDocumentLanguage(inputs.map((p) => p.text));
  const one = (p: ParagraphInput) => (cache ? cache.judge(p, classifier) : judge(p, classifier));
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

/** Classifies one paragraph; e.g. "We never sell your data." → Third Party Sharing, negated, sells: does_not. */
export function judge(input: ParagraphInput, classifier: Classifier): ParagraphResult {
  const repaired = repairMojibake(input.text);
  const cleanText = repaired.replace(/\s+/g, ' ').trim();
  const heading = repairMojibake(input.heading).replace(/\s+/g, ' ').trim();
  const prediction = classifier.predict({ text: cleanText, heading });
  const policyText = isPolicyText(cleanText, heading);
  const categories = prediction.labels.filter((l): l is OppCategory =>
    (OPP_CATEGORIES as readonly string[]).includes(l),
  );
  categories.sort((a, b) => prediction.scores[b] - prediction.scores[a]);
  const sentences = splitSentences(input.text);
  const repairedSentences = repaired === input.text ? sentences : splitSentences(repaired);
  return {
    ...input,
    cleanText,
    categories: policyText ? categories : [],
    scores: prediction.scores,
    advertising: policyText && prediction.labels.includes('Advertising'),
    policyText,
    flags: extractFlags(repaired, repairedSentences, prediction.labels),
    sentences,
  };
}
