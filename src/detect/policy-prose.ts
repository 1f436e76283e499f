/**
 * Does a sample of a page's text read like a privacy policy? Two cheap measures, in the sample's own language
 * (policy-words.ts): how dense it is in the vocabulary of data practices, and whether it refers to itself as a
 * policy ("this Privacy Policy", "la présente politique") — which policies do and pages about privacy (blog posts,
 * news, consent panels, privacy products) do not.
 */
import type { LanguageCode } from './language.ts';
import { policyWords } from './policy-words.ts';

/** Fewer words than this and the sample says nothing either way (menus, buttons, a consent banner's two lines). */
const MIN_WORDS = 40;

export interface Prose {
  words: number;
  /** Data-practice phrases per 100 words: policies run at 1–7, ordinary pages under 0.5. */
  density: number;
  selfReferences: number;
}

/** "This Privacy Policy explains how we collect personal information…" → high density, one self-reference. */
export function readProse(text: string, language: LanguageCode = 'en'): Prose {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words < MIN_WORDS) return { words, density: 0, selfReferences: 0 };
  const { practices, selfReference } = policyWords(language);
  const hits = text.match(practices)?.length ?? 0;
  return { words, density: (hits / words) * 100, selfReferences: text.match(selfReference)?.length ?? 0 };
}
