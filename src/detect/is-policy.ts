/**
 * Is this page a privacy policy? Cheap signals only — URL, title, headings and a bounded sample of the text — so the
 * content script can decide before doing any heavy work. The engine's own classification confirms it later.
 *
 * The rule (docs/detection.md has the figures):
 *   score = min(1, name + 0.4 · prose + 0.2 · self-reference)          policy ⇔ score ≥ 0.5
 * - name: 0.5 when the title or the address names a privacy policy (policy-name.ts); 0.3 when only one of the first
 *   headings does — any widget can carry a heading — and none under a title that names another document ("Terms
 *   and Conditions" with a "6. Privacy Policy" section);
 * - prose: data-practice phrases per 100 words of the sample, 0 at MIN_DENSITY, 1 at FULL_DENSITY;
 * - self-reference: the text calls itself "this policy", "this Privacy Notice"…
 * So a page named by its title or address needs only a little policy prose; one named by a heading needs policy prose
 * (1.9 phrases per 100 words and up) or to call itself a policy; an unnamed one needs dense prose (2.8 and up) that
 * also calls itself a policy.
 * Below MIN_DENSITY nothing is a policy, whatever its name.
 */
import { addressNamesPolicy, headingNamesPolicy, titleNamesOtherDocument, titleNamesPolicy } from './policy-name.ts';
import { readProse } from './policy-prose.ts';

export interface PageSignals {
  url: string;
  title: string;
  headings: readonly string[];
  /** A sample of the page's text (the first few thousand words are plenty). */
  text: string;
}

export interface Detection {
  isPolicy: boolean;
  /** In [0, 1]; 0.5 and above counts as a policy. */
  score: number;
  reasons: string[];
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
  const url = addressNamesPolicy(signals.url);
  const title = titleNamesPolicy(signals.title);
  const heading =
    !titleNamesOtherDocument(signals.title) && signals.headings.slice(0, HEADINGS).some(headingNamesPolicy);
  if (url) reasons.push('address names a privacy policy');
  if (title) reasons.push('title names a privacy or cookie policy');
  if (heading) reasons.push('a heading names a privacy or cookie policy');
  const prose = readProse(signals.text);
  reasons.push(`${prose.density.toFixed(1)} policy phrases per 100 words`);
  if (prose.selfReferences) reasons.push('the text calls itself a policy');
  const name = url || title ? 0.5 : heading ? 0.3 : 0;
  const density = Math.min(1, Math.max(0, (prose.density - MIN_DENSITY) / (FULL_DENSITY - MIN_DENSITY)));
  let score = Math.min(1, name + 0.4 * density + 0.2 * (prose.selfReferences > 0 ? 1 : 0));
  if (prose.density < MIN_DENSITY) {
    score = Math.min(score, BELOW_FLOOR);
    reasons.push('too little policy prose');
  }
  score = Number(score.toFixed(3));
  return { isPolicy: score >= 0.5, score, reasons };
}
