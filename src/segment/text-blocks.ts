/**
 * Plain text → blocks. Two shapes occur in the wild: paragraphs separated by blank lines (one sentence a line or
 * not), and scraped text with no blank lines at all, one sentence a line, where short lines are section titles or
 * navigation. Both become blocks with the nearest heading as context.
 */
import type { Block } from '../types.ts';

const MAX_GROUP_CHARS = 700;
/** A finished line with one of these is a short sentence ("Cookies are small text files."), not a title. */
const SENTENCE_VERB = /\b(is|are|was|were|we|you|may|will|can|do|does|has|have|use[sd]?|collects?)\b/i;

/** Whether a line reads as a title: short, and not a sentence of prose ("Your California Privacy Rights" is). */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[,;:]$/.test(text)) return false;
  if (/[.!?]$/.test(text) && (words.length > 6 || SENTENCE_VERB.test(text))) return false;
  const titleCase = words.filter((w) => /^[A-Z0-9]/.test(w)).length >= Math.ceil(words.length * 0.6);
  return titleCase || words.length <= 3 || !/^(we|you|our|your|the|this|if|when|it)\b/i.test(text);
}

export function textToBlocks(input: string): Block[] {
  // Blank lines at either end say nothing about the shape of the text.
  const text = input.replace(/\r\n?/g, '\n').trim();
  return /\n[ \t]*\n/.test(text) ? byBlankLines(text) : byLines(text);
}

function byBlankLines(text: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const body = chunk.trim();
    if (!body) continue;
    if (!body.includes('\n') && looksLikeHeading(body) && !/[.!?]$/.test(body)) {
      heading = body;
      blocks.push({ text: body, headings: [], kind: 'heading' });
    } else {
      blocks.push({ text: body, headings: heading ? [heading] : [], kind: 'paragraph' });
    }
  }
  return blocks;
}

function byLines(text: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  let group: string[] = [];
  let length = 0;
  const flush = () => {
    if (group.length) blocks.push({ text: group.join('\n'), headings: heading ? [heading] : [], kind: 'paragraph' });
    group = [];
    length = 0;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (looksLikeHeading(line)) {
      flush();
      heading = line.replace(/[.#]+$/, '').trim();
      blocks.push({ text: line, headings: [], kind: 'heading' });
      continue;
    }
    if (group.length && length + 1 + line.length > MAX_GROUP_CHARS) flush();
    length += (group.length ? 1 : 0) + line.length;
    group.push(line);
  }
  flush();
  return blocks;
}
