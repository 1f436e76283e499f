/**
 * The report as it travels from the background worker to the page. Extension messages are serialised, and the page
 * parses the reply in one task: on a 10,000-paragraph policy the full report is 11 MB and its parse a long task. The
 * page already holds the text (it sent the blocks), so the wire form leaves out each paragraph's text, its clean text
 * when that is only the text with whitespace collapsed, and label names per score; `fromWire` puts them back.
 */
import { LABELS, type Label } from './classify/labels.ts';
import { collapseWhitespace } from './nlp/whitespace.ts';
import { paragraphText } from './segment/paragraphs.ts';
import type { Block, ParagraphResult, Report } from './types.ts';

export interface WireParagraph extends Omit<ParagraphResult, 'text' | 'cleanText' | 'scores'> {
  /** Only when it is more than `text` with whitespace collapsed (mojibake was repaired). */
  cleanText?: string;
  /** In LABELS order, to four decimals. */
  scores: number[];
}

export interface WireReport extends Omit<Report, 'paragraphs'> {
  paragraphs: WireParagraph[];
}

export function toWire(report: Report): WireReport {
  return {
    ...report,
    paragraphs: report.paragraphs.map(({ text, cleanText, scores, ...rest }) => ({
      ...rest,
      ...(cleanText === collapseWhitespace(text) ? {} : { cleanText }),
      scores: LABELS.map((label) => Math.round(scores[label] * 1e4) / 1e4),
    })),
  };
}

function byLabel(scores: readonly number[]): Record<Label, number> {
  const out = {} as Record<Label, number>;
  for (let i = 0; i < LABELS.length; i++) out[LABELS[i] as Label] = scores[i] ?? 0;
  return out;
}

/**
 * The report again, given the blocks it was made from. Fills in the wire form's own objects (a reply freshly parsed,
 * which nobody else holds) rather than copying them: on a large policy this runs per paragraph, 10,000 times.
 */
export function fromWire(wire: WireReport, blocks: readonly Block[]): Report {
  for (const p of wire.paragraphs) restore(p, blocks);
  return wire as unknown as Report;
}

/** One paragraph of a wire report restored in place; `fromWire` a paragraph at a time, for callers that slice. */
export function restore(p: WireParagraph, blocks: readonly Block[]): void {
  const full = p as unknown as ParagraphResult;
  full.text = paragraphText(blocks, p.pieces);
  full.cleanText = p.cleanText ?? collapseWhitespace(full.text);
  full.scores = byLabel(p.scores as unknown as number[]);
}
