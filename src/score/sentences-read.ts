/**
 * Each sentence of a paragraph as the rubric's cues read it: repaired, whitespace collapsed, with the lead-in it is
 * read under (a list item's "We will never:") and whether it is only a title. Worked out once per paragraph: every
 * question reads every sentence.
 */
import { leadInsOf } from '../nlp/lead-ins.ts';
import { cleanText } from '../nlp/mojibake.ts';
import type { EvidenceSentence, ParagraphResult } from '../types.ts';

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

export interface Read {
  sentences: EvidenceSentence[];
  leadIns: (string | undefined)[];
  titles: boolean[];
}
const cleaned = new WeakMap<ParagraphResult, Read>();

/** Each sentence of a paragraph as the cues read it (repaired, whitespace collapsed), with the lead-in over it. */
export function sentencesOf(p: ParagraphResult): Read {
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
