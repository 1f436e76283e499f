/**
 * Whitespace collapsed to single spaces and trimmed. Most paragraphs have none to collapse, and a test is far cheaper
 * than a replace, so clean text comes back as the same string.
 */
export function collapseWhitespace(text: string): string {
  return /\s\s|[^\S ]|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
