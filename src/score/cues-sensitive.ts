/**
 * Sentence cues for sensitive data (US state laws' "sensitive personal information", GDPR's special categories):
 * does the policy say it collects any (`sensitive`), and does it let the reader limit or refuse its use
 * (`sensitiveLimit`)? Children's data is its own question; location from an IP address is not precise location.
 */
import { COLLECT } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

export const SENSITIVE_DATA =
  /\b(?:sensitive (?:personal )?(?:information|data)|(?:device|gps|geo)[- ]?location|location (?:data|information|services)\b[^.;]{0,80}\bdevice|device(?:[’']s)? (?:\w+ )?location|tax(?:payer)? identification numbers?|special categor(?:y|ies)|health|medical|biometrics?|genetic|precise (?:geo-?)?location|(?:exact|gps) location|racial|ethnic(?:ity)?|religio\w*|philosophical beliefs|sex life|sexual (?:orientation|life)|trade[- ]union|social security|SSNs?|passports?|driver[’']?s licen[cs]es?|government[- ]issued (?:id|identification)|national (?:id|identification)|financial account|(?:account|card) (?:\w+ ){0,4}(?:password|security code|access code|PIN|CVV)|contents? of (?:your |private )?(?:communications|messages|e-?mails)|fingerprints?|face ?prints?|voice ?prints?|facial (?:recognition|geometry|scans?)|political (?:opinions|views)|immigration status|citizenship)\b/i;

/** `sensitiveCue('We may collect your precise location.', false)` → yes, hedged. */
export function sensitiveCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!SENSITIVE_DATA.test(sentence)) return null;
  const reading = stanceUnder(sentence, leadIn, COLLECT);
  if (!reading) return null;
  // "If you choose to give us health data", "you must provide your tax ID": collected when the reader provides it.
  if (reading.aside === 'condition' || reading.aside === 'user') return { outcome: 'yes', hedged: true };
  if (reading.aside === 'knowledge') return { outcome: 'no', hedged: false, strength: 'inference' };
  if (reading.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'inference' };
  if (!reading.stance) return null;
  if (reading.stance === 'does' || reading.stance === 'may')
    return { outcome: 'yes', hedged: reading.stance === 'may' };
  return { outcome: 'no', hedged: reading.stance === 'does_not_except' };
}

/** What the reader can do about it: limit, refuse, switch off, withdraw consent. */
const LIMIT =
  /\b(?:limit|restrict|disallow|withdraw\w*|revok\w*|turn(?:ing)? (?:\w+ ){0,2}off|disabl\w*|opt(?:ing)?[- ]?out|object(?:ing)? to|choose (?:whether|not)|(?:adjust|change|update|manage)\w* (?:\w+ ){0,4}settings|(?:device|privacy|location|browser) (?:settings|permissions?)|deny (?:\w+ )?(?:access|permission))\b/i;
/** The reader's own ability, not the company limiting itself ("we limit how we process…"). */
const READER =
  /\byou\b|\byour (?:device|browser|settings|consent|choice|right)|\bright to limit|\blimit the use of my\b/i;
/** Consent that can be taken back limits every use resting on it, sensitive data's included. */
const CONSENT_WITHDRAWN =
  /\b(?:withdraw|revoke)\w* (?:\w+ ){0,2}consent\b|\bconsent\b[^.;]{0,40}\b(?:withdraw|revoke)\w*|\bconsent,? which you (?:may|can) (?:withdraw|revoke)/i;
const NO_LIMIT =
  /\b(?:cannot|can[’']t|unable to) (?:limit|restrict|withdraw|turn|disable|opt)|\b(?:do|does) not (?:offer|provide|give) (?:\w+ ){0,3}(?:right|ability|option) to limit/i;

/** `sensitiveLimitCue('You can limit the use of your sensitive personal information.', false)` → yes. */
export function sensitiveLimitCue(sentence: string, inLabel: boolean): YesNo {
  if (NO_LIMIT.test(sentence) && SENSITIVE_DATA.test(sentence)) return { outcome: 'no', hedged: false };
  // Consent to cookies is another matter (the cookie banner's), not the consent sensitive data rests on.
  if (CONSENT_WITHDRAWN.test(sentence) && READER.test(sentence) && !/\bcookies?\b/i.test(sentence))
    return { outcome: 'yes', hedged: false };
  // In a paragraph about sensitive data, "You can turn it off in your device settings" is about that data.
  if (!SENSITIVE_DATA.test(sentence) && !inLabel) return null;
  return LIMIT.test(sentence) && READER.test(sentence) ? { outcome: 'yes', hedged: false } : null;
}
