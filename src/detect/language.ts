/**
 * Is the text English? The model was trained on English policies only; on other languages it must say so rather
 * than mislabel. Function words are a cheap, reliable tell.
 */
const ENGLISH = new Set(
  'the of and to a in is that for it as with be on by this are or we you your our not from may information any'.split(
    ' ',
  ),
);

export interface Language {
  code: string;
  supported: boolean;
}

/** "We collect your data" → en. Text of fewer than 20 words is assumed English (too little to tell). */
export function detectLanguage(text: string): Language {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 3000) ?? [];
  if (words.length < 20) return { code: 'en', supported: true };
  const english = words.filter((w) => ENGLISH.has(w)).length / words.length;
  return english >= 0.12 ? { code: 'en', supported: true } : { code: 'und', supported: false };
}

/** Words of a paragraph that reads as prose rather than a menu entry or a button. */
const PROSE_WORDS = 8;
const SAMPLE_WORDS = 3000;

/**
 * The language of a document given its paragraphs in order. Judges the prose: a site's navigation (course catalogues,
 * product menus: "Business · CAD · Design · Developer") has no function words in any language and would otherwise
 * make an English policy read as foreign. Falls back to all paragraphs when there is no prose.
 */
export function detectDocumentLanguage(paragraphs: readonly string[]): Language {
  const prose: string[] = [];
  let words = 0;
  for (const text of paragraphs) {
    const count = text.split(/\s+/, PROSE_WORDS + 1).length;
    if (count <= PROSE_WORDS) continue;
    prose.push(text);
    words += text.length / 6;
    if (words > SAMPLE_WORDS) break;
  }
  return detectLanguage((prose.length > 0 ? prose : paragraphs.slice(0, 200)).join(' '));
}
