/**
 * Sentence cues for sensitive data (US state laws' "sensitive personal information", GDPR's special categories):
 * does the policy say it collects any (`sensitive`), and does it let the reader limit or refuse its use
 * (`sensitiveLimit`)? Children's data is its own question; location from an IP address is not precise location.
 */
import { COLLECT } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

export const SENSITIVE =
  /\b(?:sensitive (?:personal )?(?:information|data)|special categor(?:y|ies)|health|medical|biometrics?|genetic|precise (?:geo-?)?location|(?:exact|gps) location|racial|ethnic(?:ity)?|religio\w*|philosophical beliefs|sex life|sexual (?:orientation|life)|trade[- ]union|social security|SSNs?|passports?|driver[’']?s licen[cs]es?|government[- ]issued (?:id|identification)|national (?:id|identification)|financial account|(?:account|card) (?:\w+ ){0,4}(?:password|security code|access code|PIN|CVV)|contents? of (?:your |private )?(?:communications|messages|e-?mails)|fingerprints?|face ?prints?|voice ?prints?|facial (?:recognition|geometry|scans?)|political (?:opinions|views)|immigration status|citizenship)\b/i;

/** `sensitiveCue('We may collect your precise location.', false)` → yes, hedged. */
export function sensitiveCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!SENSITIVE.test(sentence)) return null;
  const reading = stanceUnder(sentence, leadIn, COLLECT);
  if (!reading) return null;
  // "If you choose to give us health data, we…": collected when the reader provides it.
  if (reading.aside === 'condition') return { outcome: 'yes', hedged: true };
  if (reading.aside === 'knowledge') return { outcome: 'no', hedged: false, strength: 'inference' };
  if (reading.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'inference' };
  if (!reading.stance) return null;
  if (reading.stance === 'does' || reading.stance === 'may')
    return { outcome: 'yes', hedged: reading.stance === 'may' };
  return { outcome: 'no', hedged: reading.stance === 'does_not_except' };
}

const LIMIT =
  /\b(?:limit|restrict|withdraw\w*|revok\w*|turn(?:ing)? (?:\w+ ){0,2}off|disabl\w*|opt(?:ing)?[- ]?out|object(?:ing)? to|(?:device|privacy|location) (?:settings|permissions?)|deny (?:\w+ )?(?:access|permission))\b/i;
const NO_LIMIT =
  /\b(?:cannot|can[’']t|unable to) (?:limit|restrict|withdraw|turn|disable|opt)|\b(?:do|does) not (?:offer|provide|give) (?:\w+ ){0,3}(?:right|ability|option) to limit/i;

/** `sensitiveLimitCue('You can limit the use of your sensitive personal information.', false)` → yes. */
export function sensitiveLimitCue(sentence: string): YesNo {
  if (!SENSITIVE.test(sentence)) return null;
  if (NO_LIMIT.test(sentence)) return { outcome: 'no', hedged: false };
  return LIMIT.test(sentence) ? { outcome: 'yes', hedged: false } : null;
}
