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
