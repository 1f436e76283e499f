/**
 * Which language is a text in? The model was trained on English policies only; on other languages it must say so
 * (and name the language) rather than mislabel. Function words are a cheap, reliable tell: every language has a
 * few dozen that make up a third of its running text, and few of them are shared. The languages a reader of
 * European sites meets most are named; anything else (other scripts, other languages) is "und", other.
 */
export type LanguageCode = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'und';

/** The languages' English names, for the reasons detection gives and the popup's message. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  und: 'another language',
};

export interface Language {
  code: LanguageCode;
  supported: boolean;
}

/**
 * Frequent function words of each language, none that is frequent in another of these languages as well (the
 * shared "de", "la", "en", "a", "in", "e" are left out), so the highest share names the language.
 */
const FUNCTION_WORDS: Record<Exclude<LanguageCode, 'und'>, string> = {
  en: 'the of and to is that for it with be on by this are or we you your our not from may information any which',
  fr: 'le les et des du une est qui pour dans par sur vous nous vos votre notre nos ces avec aux au pas sont être',
  de: 'der die das und ist nicht zu den von mit sich auf für dem eine ein wir sie ihre ihren ihrer werden oder auch wenn im zur zum bei nur aus wird sind haben können kann diese dieser unsere unserer einer',
  es: 'el los las del y su sus es como más usted nuestros nuestra sobre datos cuando puede pueden están',
  it: 'il di che è per non un sono dei delle della gli alla nel nella tuoi suoi nostri dati questa ai',
  nl: 'het een en van dat op te voor zijn niet aan ook worden wij uw onze deze door om bij kunnen',
  pt: 'os do da dos das e em no na um uma seu sua não é ao seus dados você pelo pela nossos',
};
const CODES = Object.keys(FUNCTION_WORDS) as Exclude<LanguageCode, 'und'>[];
/** Function word → the languages it belongs to, one bit each: one look-up a word. */
const LANGUAGES_OF = new Map<string, number>();
CODES.forEach((code, i) => {
  for (const word of FUNCTION_WORDS[code].split(' ')) LANGUAGES_OF.set(word, (LANGUAGES_OF.get(word) ?? 0) | (1 << i));
});
/** Below this share of its function words a text is in none of the named languages. */
const MIN_SHARE = 0.1;
const MIN_WORDS = 20;
/** A thousand words tell the language as well as three thousand. */
const MAX_WORDS = 1000;
const MAX_CHARS = 8000;

/**
 * "We collect your data…" → en; "Nous collectons vos données…" → fr; Polish or Russian → und. Text of fewer than
 * 20 words is assumed English (too little to tell).
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, MAX_CHARS).toLowerCase();
  // Latin letters spelled out: the `u` flag \p{L} needs triples the cost, and this runs on every page.
  const words = sample.match(/[a-z\u00c0-\u024f]+/g)?.slice(0, MAX_WORDS) ?? [];
  if (words.length < MIN_WORDS) return otherScript(sample) ? OTHER : ENGLISH;
  const hits = CODES.map(() => 0);
  for (const w of words) {
    const bits = LANGUAGES_OF.get(w) ?? 0;
    for (let i = 0; bits >> i; i++) if ((bits >> i) & 1) hits[i] = (hits[i] ?? 0) + 1;
  }
  let best: LanguageCode = 'und';
  let bestHits = MIN_SHARE * words.length;
  for (const [i, n] of hits.entries()) {
    if (n <= bestHits) continue;
    best = CODES[i] ?? 'und';
    bestHits = n;
  }
  return { code: best, supported: best === 'en' };
}

const ENGLISH: Language = { code: 'en', supported: true };
const OTHER: Language = { code: 'und', supported: false };

/** Words enough in another script (Cyrillic, Greek, Arabic, CJK…) to tell it is not too little text. */
function otherScript(sample: string): boolean {
  return (sample.match(/\p{L}+/gu)?.length ?? 0) >= MIN_WORDS;
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
