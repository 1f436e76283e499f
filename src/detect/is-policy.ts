/**
 * Is this page a privacy policy? Cheap signals only — URL, title, headings and a bounded sample of the text — so the
 * content script can decide before doing any heavy work. The engine's own classification confirms it later.
 */
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

/** Below this many policy phrases per 100 words, no title or address makes a page a policy. */
const MIN_DENSITY = 0.8;
const TITLE =
  /\b(privacy|cookie)[\s-]+(policy|notice|statement|policies)\b|\bdata[\s-]+protection\b|\bdatenschutz|\bprivacy\b/i;
const URL_PATH = /privacy|datenschutz|data-?protection|cookie-?policy|confidentialit/i;
const PHRASES =
  /\b(personal (information|data)|personally identifiable|third[- ]part(y|ies)|cookies?|web beacons?|opt[- ]out|collect(s|ed|ion)?|disclos(e|ed|ure)|retain|retention|privacy|ip address(es)?|service providers?|data protection|your (information|data|consent|choices)|we (use|share|may share))\b/gi;

/** Policy phrases per 100 words in the sample, mapped to [0, 1]: policies run at 1.5–6, other pages under 0.5. */
function textScore(text: string): { score: number; density: number } {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words < 80) return { score: 0, density: 0 };
  const hits = text.match(PHRASES)?.length ?? 0;
  const density = (hits / words) * 100;
  return { score: Math.min(1, Math.max(0, (density - 0.5) / 2.5)), density };
}

/** Scores a page; e.g. a page titled "Privacy Policy" with policy prose scores near 1. */
export function detectPolicy(signals: PageSignals): Detection {
  const reasons: string[] = [];
  let path = '';
  try {
    path = new URL(signals.url).pathname;
  } catch {
    path = signals.url;
  }
  const url = URL_PATH.test(path) ? 1 : 0;
  const title = TITLE.test(signals.title) ? 1 : 0;
  const heading = signals.headings.slice(0, 12).some((h) => TITLE.test(h)) ? 1 : 0;
  const text = textScore(signals.text);
  if (url) reasons.push('address mentions privacy');
  if (title) reasons.push('title names a privacy or cookie policy');
  if (heading) reasons.push('a heading names a privacy or cookie policy');
  reasons.push(`${text.density.toFixed(1)} policy phrases per 100 words`);
  const named = Math.max(title, heading);
  const score = Math.min(1, 0.5 * text.score + 0.3 * named + 0.2 * url);
  return { isPolicy: score >= 0.5 && text.density >= MIN_DENSITY, score: Number(score.toFixed(3)), reasons };
}
