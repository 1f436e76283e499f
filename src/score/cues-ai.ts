/**
 * Sentence cues for artificial intelligence: is the reader's data or content used to train (or improve) AI or
 * machine-learning models (`aiTraining`), and can the reader opt out, or must they opt in (`aiOptOut`)?
 */
import { AI, TRAIN, USE_FOR_TRAINING } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

/** "Use voice recordings to inform training", "for training": training named without its model is a model's. */
const TRAINING_USE =
  /\b(?:us(?:e|es|ed|ing)|process\w*)\b[^.;]{0,80}\b(?:for|to inform|to support|in) (?:\w+ )?training\b/i;
const about = (sentence: string, leadIn?: string) =>
  AI.test(sentence) || TRAINING_USE.test(sentence) || (!!leadIn && AI.test(leadIn));

/** A paragraph about training models on the reader's data: the topic `aiOptOut` reads whole paragraphs for. */
export const AI_TRAINING_TOPIC =
  /\b(?:train(?:s|ed|ing)?|fine-?tun\w*)\b[^.;]{0,80}\b(?:models?|AI|artificial intelligence|machine learning|algorithms?)\b|\b(?:models?|AI|artificial intelligence|machine learning)\b[^.;]{0,80}\btrain(?:s|ed|ing)?\b/i;

/** `aiTrainingCue('We do not use your content to train our AI models.', false)` → no. */
export function aiTrainingCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!about(sentence, leadIn)) return null;
  const trained = stanceUnder(sentence, leadIn, TRAIN);
  const reading = trained?.stance ? trained : (stanceUnder(sentence, leadIn, USE_FOR_TRAINING) ?? trained);
  // An opt-out of the company's own training says it trains.
  if (reading?.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'inference' };
  if (!reading?.stance) return null;
  if (reading.stance === 'does' || reading.stance === 'may')
    return { outcome: 'yes', hedged: reading.stance === 'may' };
  return { outcome: 'no', hedged: reading.stance === 'does_not_except' };
}

const TRAINING = /\b(?:train|fine-?tun|retrain|improv|develop)\w*/i;
const CHOICE =
  /\b(?:opt(?:ing)?[- ]?(?:out|in)|turn(?:ing)? (?:\w+ )?off|disabl\w*|settings?|controls?|withdraw\w*|object(?:ing)? to|(?:your|with|without) (?:\w+ )?consent|choose (?:whether|not)|choice|exclude|decline|unless you (?:direct|ask|instruct|choose|opt|allow|agree|consent|tell))\b/i;
const CANNOT = /\b(?:cannot|can[’']t|can not|unable to|not (?:possible|able) to) (?:opt|turn|disable|object|withdraw)/i;

/** `aiOptOutCue('You can opt out of having your content used to train our models in Settings.', false)` → yes. */
export function aiOptOutCue(sentence: string, inLabel: boolean, leadIn?: string): YesNo {
  const context = leadIn ? `${leadIn} ${sentence}` : sentence;
  // In a paragraph about training models, "You can opt out in your settings" needs no word for AI of its own.
  if (!inLabel && !about(sentence, leadIn) && !(AI.test(context) && TRAINING.test(context))) return null;
  if (CANNOT.test(sentence)) return { outcome: 'no', hedged: false };
  return CHOICE.test(sentence) ? { outcome: 'yes', hedged: false } : null;
}
