/**
 * Sentence boundaries as [start, end) offsets, from compromise/one's rule-based splitter (abbreviations such as
 * "Inc." and "U.S." known, works on lower-cased text).
 *
 * Why not `nlp(text).json({ offset: true })`: it also tokenises every term (the whole cost of `nlp.tokenize`),
 * and its offsets start at the first term, so "(“Weights”) have…" comes back one or two characters short.
 * The splitter alone returns strings that concatenate back to the input, so offsets are exact by construction,
 * at ~3% of the tokeniser's cost (scripts/eval-flags.ts measures it).
 */
import nlp from 'compromise/one';
import type { Sentence } from '../types.ts';

type SplitFn = (text: string, world: object) => string[];

const world = nlp.world();
const split = (nlp.methods() as { one?: { tokenize?: { splitSentences?: SplitFn } } }).one?.tokenize?.splitSentences;

/** compromise/one's own pieces, in order; falls back to the public API should a release move the method. */
function pieces(text: string): string[] {
  if (split) return split(text, world);
  const json = nlp(text).json({ terms: false } as object) as { text: string }[];
  return json.map((s) => s.text);
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Cuts [start, end) at every line break (compromise's quote and bracket merging can join lines) and trims. */
function pushLines(text: string, start: number, end: number, out: Sentence[]): void {
  LINE_BREAK.lastIndex = start;
  let from = start;
  for (let m = LINE_BREAK.exec(text); m && m.index < end; m = LINE_BREAK.exec(text)) {
    pushTrimmed(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, end, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/**
 * Splits text into sentences; newlines always end one. Never throws; `splitSentences('Hi. Bye.')` →
 * `[{start: 0, end: 3}, {start: 4, end: 8}]`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (!/\S/.test(text)) return out;
  let cursor = 0;
  try {
    for (const piece of pieces(text)) {
      // Pieces normally tile the text exactly; search only in case a release normalises whitespace.
      const at = text.startsWith(piece, cursor) ? cursor : text.indexOf(piece, cursor);
      if (at < 0) break;
      pushLines(text, at, at + piece.length, out);
      cursor = at + piece.length;
    }
  } catch {
    // A tokeniser bug must not take the page down with it: whatever is left becomes one line-split chunk.
  }
  if (cursor < text.length) pushLines(text, cursor, text.length, out);
  return out;
}
