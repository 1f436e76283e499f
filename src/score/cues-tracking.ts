/**
 * Sentence cues for tracking: cookies, pixels, analytics, fingerprinting, logs of where you go. Any tracker named is
 * a "yes"; a denial read by the stance reader ("we do not use Google Analytics", "does not store your IP address"),
 * or collecting nothing at all, is a "no". Do Not Track, the signal, is its own question.
 */
import { HAS_NEGATOR } from '../nlp/negation.ts';
import { COLLECT, TRACK } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

const TRACKERS =
  /\b(?:cookies?|web ?beacons?|(?:tracking )?pixels?|pixel tags?|clear gifs?|(?:tracking )?gifs?|tracking|track|tracked|trackers?|fingerprint\w*|local storage|analytics|SDKs?|referr(?:er|ers|ing|al)|referred (?:you|them|users|visitors|to)|flash cookies|LSOs?|tags|social (?:media )?plug-?ins?|plug-?ins?|unique (?:device )?identifiers?|device (?:IDs?|identifiers?)|UDID|MEID|IDFA|advertising (?:IDs?|identifiers?)|clickstream|(?:web)?sites? you (?:visit|visited)|(?:pages?|URLs?) (?:you )?visit\w*|visited pages|offsite|analytic(?:al)? (?:services?|tools?|providers?|cookies|software|partners?)|usage data|IP[- ]address\w*|browsing (?:data|history|activity))\b/i;
const NOT_TRACKED =
  /\bfree (?:of|from) (?:[\w,]+ ){0,3}(?:tracking|trackers|analytics|cookies)|\bwithout (?:any )?(?:tracking|trackers|cookies|analytics)\b|\bno (?:\w+ )?(?:tracking|trackers)\b|\b(?:(?:do|does|will)(?:n[’']t| not)|never|not) (?:\w+ ){0,2}(?:track|use (?:any )?(?:cookies|analytics|tracking|third[- ]party (?:analytics|tracking|cookies))|log|record|collect|store)\w*\b|\bnot (?:be )?tracked\b|\bno (?:cookies|tracking|analytics|trackers)\b/i;

/** Do Not Track the signal (its own question), not "we do not track you". */
const DNT_NAME =
  /\bDo[- ]Not[- ]Track\b|\bDNT\b|\bdo[- ]not[- ]track[”"]?\s+(?:signals?|headers?|settings?|requests?|preferences?|features?|mechanisms?)/;

/** "We don't collect or share any information about you": collecting nothing, it tracks nothing. */
const NOTHING = /\b(?:any|personal) (?:\w+ )?(?:information|data)\b/i;

export function trackingCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!TRACKERS.test(sentence)) {
    const collected =
      NOTHING.test(sentence) && HAS_NEGATOR.test(sentence) ? stanceUnder(sentence, leadIn, COLLECT) : null;
    return collected?.stance === 'does_not' ? { outcome: 'no', strength: 'inference' } : null;
  }
  if (DNT_NAME.test(sentence)) return null;
  if (HAS_NEGATOR.test(sentence) && stanceUnder(sentence, leadIn, TRACK)?.stance === 'does_not')
    return { outcome: 'no' };
  if (NOT_TRACKED.test(sentence) && !/\b(?:except|but|only|however)\b/i.test(sentence)) return { outcome: 'no' };
  // "You can disable cookies in your browser" describes a choice, unless it names whose cookies they are.
  if (
    /\b(?:you|your browser)\b[^.]{0,30}\b(?:block|disable|refuse|delete|reject)\b/i.test(sentence) &&
    !/\bwe\b/i.test(sentence) &&
    !/\b(?:used|placed|set|served) by\b/i.test(sentence)
  )
    return null;
  return { outcome: 'yes' };
}
