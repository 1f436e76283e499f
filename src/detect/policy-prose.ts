/**
 * Does a sample of a page's text read like a privacy policy? Two cheap measures: how dense it is in the vocabulary
 * of data practices, and whether it refers to itself as a policy ("this Privacy Policy", "this statement") — which
 * policies do and pages about privacy (blog posts, news, consent panels, privacy products) do not.
 */
const PRACTICES = [
  'personal (information|data)',
  'personally identifiable',
  'third[- ]part(y|ies)',
  'cookies?',
  'web beacons?',
  'opt[- ]out',
  'collect(s|ed|ion)?',
  'disclos(e|ed|ure)',
  'retain|retention',
  'privacy',
  'ip address(es)?',
  'service providers?',
  'data protection',
  'your (information|data|consent|choices)',
  'we (use|share|may share)',
  // The same core in German, French, Spanish and Dutch, so a foreign policy is recognised (then reported
  // unsupported by the engine) rather than taken for an ordinary page.
  'personenbezogene(n)? daten|datenschutz\\p{L}*|einwilligung',
  'données (personnelles|à caractère personnel)',
  'datos personales',
  'persoonsgegevens',
];
const PRACTICE_WORDS = new RegExp(`\\b(${PRACTICES.join('|')})\\b`, 'giu');
const SELF_REFERENCE =
  /\bthis (online |website |web site |global |consumer )?((privacy|cookies?|data protection) )?(policy|notice|statement)\b/gi;
/** Fewer words than this and the sample says nothing either way (menus, buttons, a consent banner's two lines). */
const MIN_WORDS = 40;

export interface Prose {
  words: number;
  /** Data-practice phrases per 100 words: policies run at 1–7, ordinary pages under 0.5. */
  density: number;
  selfReferences: number;
}

/** "This Privacy Policy explains how we collect personal information…" → high density, one self-reference. */
export function readProse(text: string): Prose {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (words < MIN_WORDS) return { words, density: 0, selfReferences: 0 };
  const hits = text.match(PRACTICE_WORDS)?.length ?? 0;
  return { words, density: (hits / words) * 100, selfReferences: text.match(SELF_REFERENCE)?.length ?? 0 };
}
