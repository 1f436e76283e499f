/**
 * Sentence cues for artificial intelligence: is the reader's data or content used to train (or improve) AI or
 * machine-learning models (`aiTraining`), and can the reader opt out, or must they opt in (`aiOptOut`)?
 */
import { AI, TRAIN } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

const about = (sentence: string, leadIn?: string) => AI.test(sentence) || (!!leadIn && AI.test(leadIn));

/** `aiTrainingCue('We do not use your content to train our AI models.', false)` → no. */
export function aiTrainingCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!about(sentence, leadIn)) return null;
  const reading = stanceUnder(sentence, leadIn, TRAIN);
  // An opt-out of the company's own training says it trains.
  if (reading?.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'inference' };
  if (!reading?.stance) return null;
  if (reading.stance === 'does' || reading.stance === 'may')
    return { outcome: 'yes', hedged: reading.stance === 'may' };
  return { outcome: 'no', hedged: reading.stance === 'does_not_except' };
}

const TRAINING = /\b(?:train|fine-?tun|retrain|improv|develop)\w*/i;
const CHOICE =
  /\b(?:opt(?:ing)?[- ]?(?:out|in)|turn(?:ing)? (?:\w+ )?off|disabl\w*|settings?|controls?|withdraw\w*|object(?:ing)? to|(?:your|with|without) (?:\w+ )?consent|choose (?:whether|not)|choice|exclude|decline)\b/i;
const CANNOT = /\b(?:cannot|can[’']t|can not|unable to|not (?:possible|able) to) (?:opt|turn|disable|object|withdraw)/i;

/** `aiOptOutCue('You can opt out of having your content used to train our models in Settings.', false)` → yes. */
export function aiOptOutCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  const context = leadIn ? `${leadIn} ${sentence}` : sentence;
  if (!about(sentence, leadIn) || !TRAINING.test(context)) return null;
  if (CANNOT.test(sentence)) return { outcome: 'no', hedged: false };
  return CHOICE.test(sentence) ? { outcome: 'yes', hedged: false } : null;
}
