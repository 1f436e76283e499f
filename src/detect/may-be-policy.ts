/**
 * Necessary conditions for `detectPolicy`'s "yes", cheap enough for every page a reader opens: the first look
 * (content/first-look.ts) runs the full detection only on a page that passes one of them, so nothing detectPolicy
 * would call a policy is missed, and the usual page costs a few substring searches.
 *
 * Why they are necessary: a policy scores ≥ 0.5 = name + 0.4 · density + 0.2 · self-reference, and density alone
 * gives at most 0.4; so a policy either has a name (address, title or heading: policy-name.ts) or calls itself a
 * policy (policy-prose.ts's SELF_REFERENCE). Every name holds one of NAME_WORDS, and every self-reference holds
 * "this" and one of SELF_WORDS (content/page-signals.ts's `mayMention` looks for both in the page). Plain
 * substring searches, not regular expressions: compiling those, afresh on every page, costs more than the search.
 */

/** Each of policy-name.ts's names holds one of these: "data protection" holds "protection". */
export const NAME_WORDS = [
  'privacy',
  'cookie',
  'protection',
  'datenschutz',
  'confidentialit',
  'privacidad',
  'privée',
  'données',
  'protección',
  'proteção',
  'riservatezza',
  'personali',
  'prywatno',
  'integritet',
  'privatliv',
  'personvern',
  'osobních',
  'gizlilik',
  'конфиденциальн',
  'プライバシー',
  '隐私',
  '개인정보',
];
/** A self-reference (policy-words.ts) holds one of THIS_WORDS and one of these. */
export const SELF_WORDS = [
  'policy',
  'notice',
  'statement',
  'politique',
  'charte',
  'déclaration',
  "note d'",
  'datenschutz',
  'erklärung',
  'richtlinie',
  'hinweise',
  'bestimmungen',
  'política',
  'declaración',
  'aviso',
  'informativa',
  'politica',
  'verklaring',
  'beleid',
  'reglement',
  'declaração',
];
/** "this" and its kin: "cette politique", "la présente politique", "diese Richtlinie", "deze verklaring"… */
export const THIS_WORDS = ['this', 'cette', 'présente', 'diese', 'esta', 'este', 'presente', 'questa', 'deze', 'dit'];

/** Whether any of a page's names (address, title) may name a privacy policy. */
export function mayBeNamed(names: readonly string[]): boolean {
  return names.some((name) => {
    const lower = safeDecode(name).toLowerCase();
    return NAME_WORDS.some((word) => lower.includes(word));
  });
}

function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
