/**
 * Is this page a privacy policy? Cheap signals only — URL, title, headings and a bounded sample of the text — so the
 * content script can decide before doing any heavy work. The engine's own classification confirms it later.
 *
 * The rule (docs/detection.md has the figures):
 *   score = min(1, name + 0.4 · prose + 0.2 · self-reference)          policy ⇔ score ≥ 0.5
 * - name: 0.5 when the title or the address names a privacy policy (policy-name.ts); 0.3 when only one of the first
 *   headings, or the page's selected tab (a legal hub's "Privacy Policy" tab), does — any widget can carry a
 *   heading — and none under a title that names another document ("Terms and Conditions" with a "6. Privacy
 *   Policy" section);
 * - prose: data-practice phrases per 100 words of the sample, 0 at MIN_DENSITY, 1 at FULL_DENSITY, counted in the
 *   sample's own language (language.ts, policy-words.ts);
 * - self-reference: the text calls itself "this policy", "this Privacy Notice", "la présente politique"…
 * So a page named by its title or address needs only a little policy prose; one named by a heading needs policy prose
 * (1.9 phrases per 100 words and up) or to call itself a policy; an unnamed one needs dense prose (2.8 and up) that
 * also calls itself a policy.
 * Below MIN_DENSITY nothing is a policy, whatever its name.
 */
import { detectLanguage, LANGUAGE_NAMES, type Language } from './language.ts';
import {
  addressNamesPolicy,
  headingNamesPolicy,
  titleNamesOtherDocument,
  titleNamesPolicy,
  titleNamesPrivacyTool,
} from './policy-name.ts';
import { readProse } from './policy-prose.ts';

export interface PageSignals {
  url: string;
  title: string;
  headings: readonly string[];
  /** A sample of the page's text (the first few thousand words are plenty). */
  text: string;
  /** Labels of the page's selected tabs and current navigation items ("Privacy Policy" in a legal hub's tabs). */
  tabs?: readonly string[];
}

export interface Detection {
  isPolicy: boolean;
  /** In [0, 1]; 0.5 and above counts as a policy. */
  score: number;
  reasons: string[];
  /** The language of the page's prose; policies in a language the model cannot read are named, not painted. */
  language: Language;
}

const MIN_DENSITY = 0.8;
const FULL_DENSITY = 3.5;
/** Consent banners and site menus come first; a policy's own name is among the first dozen headings. */
const HEADINGS = 12;
/** Below the density floor the score is held under the threshold, whatever the name says. */
const BELOW_FLOOR = 0.45;

/** Scores a page; e.g. a page titled "Privacy Policy" with policy prose scores 0.5 and up. */
export function detectPolicy(signals: PageSignals): Detection {
  const reasons: string[] = [];
  const url = addressNamesPolicy(signals.url) && !titleNamesPrivacyTool(signals.title);
  const title = titleNamesPolicy(signals.title);
  const other = titleNamesOtherDocument(signals.title);
  const heading = !other && signals.headings.slice(0, HEADINGS).some(headingNamesPolicy);
  const tab = !other && (signals.tabs ?? []).some(headingNamesPolicy);
  if (url) reasons.push('address names a privacy policy');
  if (title) reasons.push('title names a privacy or cookie policy');
  if (heading) reasons.push('a heading names a privacy or cookie policy');
  if (tab) reasons.push('the selected tab names a privacy or cookie policy');
  const language = detectLanguage(signals.text);
  if (language.code !== 'en') reasons.push(`written in ${LANGUAGE_NAMES[language.code]}`);
  const prose = readProse(signals.text, language.code);
  reasons.push(`${prose.density.toFixed(1)} policy phrases per 100 words`);
  if (prose.selfReferences) reasons.push('the text calls itself a policy');
  const name = url || title ? 0.5 : heading || tab ? 0.3 : 0;
  const density = Math.min(1, Math.max(0, (prose.density - MIN_DENSITY) / (FULL_DENSITY - MIN_DENSITY)));
  let score = Math.min(1, name + 0.4 * density + 0.2 * (prose.selfReferences > 0 ? 1 : 0));
  // Prose in a language detection cannot read says nothing: a page whose title or heading names it a policy (in
  // any language policy-name.ts knows) is taken at its name. An address alone is not enough.
  const unread = language.code === 'und' && (title || heading);
  if (unread) reasons.push('named a policy; its language is not read');
  if (prose.density < MIN_DENSITY && !unread) {
    score = Math.min(score, BELOW_FLOOR);
    reasons.push('too little policy prose');
  }
  score = Number(score.toFixed(3));
  return { isPolicy: score >= 0.5, score, reasons, language };
}
