/**
 * Markdown → blocks: ATX headings become context, list items and paragraphs become blocks, inline markup is
 * reduced to its text. Enough Markdown for policies extracted from archived pages; not a full CommonMark parser.
 */
import type { Block } from '../types.ts';

// A closing run of #s counts only after a space ("# Notes for C#" keeps its #).
const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^\s*([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/** Reduces inline Markdown to plain text: links keep their text, emphasis and code marks go. */
export function inlineText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<(https?:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  const headings: string[] = [];
  const levels: number[] = [];
  let para: string[] = [];
  let paraKind: Block['kind'] = 'paragraph';
  const flush = () => {
    const text = inlineText(para.join(' '));
    if (text) blocks.push({ text, headings: [...headings], kind: paraKind });
    para = [];
    paraKind = 'paragraph';
  };
  for (const raw of input.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\s*>\s?/, '');
    const heading = HEADING.exec(line);
    const item = THEMATIC_BREAK.test(line) ? null : LIST_ITEM.exec(line);
    if (heading) {
      flush();
      const title = inlineText(heading[2] ?? '');
      if (!title) continue;
      const level = heading[1]?.length ?? 1;
      while (levels.length && (levels.at(-1) ?? 0) >= level) {
        levels.pop();
        headings.pop();
      }
      blocks.push({ text: title, headings: [...headings], kind: 'heading' });
      levels.push(level);
      headings.push(title);
    } else if (item) {
      flush();
      para.push(item[1] ?? '');
      paraKind = 'list-item';
    } else if (!line.trim() || THEMATIC_BREAK.test(line)) {
      flush();
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}
