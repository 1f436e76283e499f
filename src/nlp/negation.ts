/**
 * Negated data practices ("we do not share", "is never sold", "no personal information is collected").
 * Regular expressions, not compromise: this runs on every sentence, and compromise/two's tagger costs ~9× the
 * tokeniser (scripts/eval-flags.ts), while the clues are lexical: a negator, then a practice verb within a
 * few words, with no "you" or "if" governing the negator.
 */

/** Negators that can deny a practice. "not only" and "not limited to" are filtered by the verb check. */
const NEGATOR = /\b(?:not|never|no longer|cannot|neither|nor|\w+n[’']t)\b/gi;

/** Practice verbs (stems) as OPP-115 annotates them: collecting, using, sharing, selling, keeping, tracking. */
const PRACTICE =
  '(?:shar|sell|sold|rent|leas|trad(?:e|es|ed|ing)\\b|disclos|collect|us(?:e|es|ed|ing)\\b|stor(?:e|es|ed|ing)\\b|' +
  'retain|keep|kept|track|transfer|provid|giv|gave|releas|send|sent|distribut|licens|monitor|process|' +
  'gather|obtain|receiv|access(?!ib)|publish|pass|mak\\w* (?:\\w+ )?available|target|link|combin|associat|' +
  'record|log(?:s|ged)?\\b|sav|seek|solicit|market|spam|read|scan|allow|permit|contact|ask)';

/** The practice verb must follow the negator, with at most adverbs or auxiliaries between ("not knowingly collect"). */
const FILLER =
  '(?:knowingly|intentionally|currently|otherwise|directly|ever|also|generally|actively|voluntarily|routinely|' +
  'automatically|however|be|been|being|have|has|and|to|in any way|any longer),?';
const PRACTICE_AFTER = new RegExp(`^\\s*(?:${FILLER}\\s+){0,3}${PRACTICE}`, 'i');
/** "Do Not Track" names a browser signal; it negates nothing. */
const DNT = /\bdo[- ]not[- ]track\b/gi;

/**
 * Negators that belong to the reader's choices or to disclaimers, not to a practice: "if you do not want",
 * "you can choose not to", "do not hesitate", "we cannot guarantee".
 */
const USER_SUBJECT =
  /\b(?:you|users?|visitors?|children|minors)\s+(?:(?:\w+n[’']t|do|does|did|may|can|could|will|would|should|must|are|is|have|has|also|still|always|choose|elect|prefer|decide|wish|want|opt|to|strongly|encouraged|advised|asked)\s+)*$|\b(?:option|choice|right|ability)\s+(?:to\s+)?$/i;
/** Conditions, and imperatives addressed to the reader ("Do not disclose your password", "please do not use"). */
const CONDITION =
  /\b(?:if|unless|whether|request\w*|ask)\b[^,;]*$|\b(?:cannot|not) (?:ensure|guarantee|warrant|promise)\b.*$|^\s*(?:please\s+)?(?:do\s*)?$|\bplease\s*(?:do\s*)?$/i;
const NOT_A_PRACTICE =
  /^\s*(?:\w+\s+){0,2}?(?:hesitate|guarantee|ensure|warrant|promise|responsible|liable|able|necessarily|only|limited|intended|directed|impression)\b/i;

/** "no personal information is shared", "none of your data will be sold", "not in the business of selling". */
const NO_SUBJECT = new RegExp(
  `\\bnot (?:in the business|the practice) of\\b|\\b(?:no|none of (?:your|the|this))\\s+(?:\\w+\\s+){0,3}?(?:information|data|details|PII)\\b[^.;]{0,40}?` +
    `\\b(?:is|are|will be|shall be|gets?|be)\\s+(?:\\w+\\s+)?${PRACTICE}`,
  'i',
);

/** A word that can deny something ("not", "never", "none", "don't"): without one, a sentence denies nothing. */
export const HAS_NEGATOR = /\b(?:not|never|no|none|nor|neither|without|cannot)\b|n[’']t\b/i;

/** True when the sentence says a data practice is explicitly not done. */
export function isNegatedPractice(text: string): boolean {
  const sentence = text.replace(DNT, 'DNT');
  if (NO_SUBJECT.test(sentence)) return true;
  for (const m of sentence.matchAll(NEGATOR)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (NOT_A_PRACTICE.test(after) || !PRACTICE_AFTER.test(after)) continue;
    // "cannot be read", "cannot be used to identify you": a property of the data, not a withheld practice.
    if (/^can(?:not|[’']t)$/i.test(m[0]) && /^\s*be\b/i.test(after)) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (!USER_SUBJECT.test(before) && !CONDITION.test(before)) return true;
  }
  return false;
}
