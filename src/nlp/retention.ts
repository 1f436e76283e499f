/**
 * How long a sentence says data is kept: a stated period ("30 days"), limited ("as long as necessary") or
 * indefinite ("indefinitely"). Only sentences about keeping or deleting data count, so "changes take effect
 * 30 days after posting" and "we respond within 45 days" say nothing about retention.
 *
 * Periods are found by regex, not compromise: compromise/one has no numbers, and compromise/two's
 * #Value #Duration tags would cost the tagger on every candidate for what a closed list of units already catches.
 */
import type { Retention } from '../types.ts';

/** Verbs of keeping or deleting that are about data by themselves. */
const STRONG =
  /\b(?:retain\w*|retention|delet\w*|eras(?:e|ed|es|ing|ure)|purg\w*|destr\w*|discard\w*|anonymi[sz]\w*|de-?identif\w*)\b/i;
/** Verbs that are about data only next to a data noun ("keep you informed", "store locator" are not). */
const WEAK =
  /\b(?:keep|keeps|kept|stor(?:e|es|ed|ing|age)|hold|holds|held|maintain\w*|preserv\w*|archiv\w*|remov\w*|logs?|record|records|recorded)\b/i;
const DATA =
  /\b(?:information|data|metadata|records?|logs?|details|content|history|copies|backups?|PII|account|addresses|identifiers?|messages|posts|comments|files|search(?:es| terms))\b/i;
/** Cookie lifetimes count as retention only where the classifier already sees a Data Retention paragraph. */
const EXPIRY = /\b(?:expir\w*|cookies?)\b/i;
const RETAIN_RIGHT = /\bretains? (?:the|all|any) (?:right|ownership|title)/i;

const NUMBER =
  '(?:\\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)' +
  '(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
/** "30 days", "two (2) years", "twenty-four months", "a year"; group 0 is the period as written. */
const PERIOD = new RegExp(
  `(?<!\\b(?:under|over|age of|aged|least)\\s)\\b${NUMBER}(?:\\s*\\((?:\\d{1,4}|[a-z-]+)\\))?[\\s-]+(?:calendar |business )?` +
    '(?:days?|weeks?|months?|years?|hours?)\\b(?![\\s-]+(?:old|of age))',
  'i',
);
/** Deadlines for answering the reader, not for keeping data. */
const DEADLINE = /\b(?:respond|reply|response|notify|notice)\b/i;
const LIMITED = new RegExp(
  '\\b(?:retain|keep|kept|stor|hold|held|maintain|preserv)\\w*\\b[^.;]{0,160}?' +
    /\b(?:until (?:you|the user|your account)|as long as|so long as|no longer than|not longer than|only (?:for )?(?:the )?(?:period|time)|for the (?:period|time|duration)|(?:limited|reasonable|minimum) (?:period|time|amount of time)|until (?:it is |they are )?no longer|when (?:it is |they are )?no longer|as (?:necessary|needed|required|reasonably necessary) (?:to|for)|retention (?:period|schedule|polic))/
      .source +
    '|\\b(?:for )?as long as (?:is |it is |they are )?(?:reasonably )?(?:necessary|needed|required)' +
    '|\\blonger than (?:is |it is )?(?:legally )?(?:necessary|needed|required|permitted)|\\blong enough to|\\bno longer need' +
    '|\\b(?:shortest|shorter|short|limited) (?:amount of time|period|time)|\\bretention periods?\\b' +
    '|\\b(?:destr|delet|purg|eras|discard)\\w*\\b[^.;]{0,40}\\bas (?:quickly|soon) as (?:possible|practicable)' +
    '|\\b(?:regular(?:ly)?|periodic(?:ally)?) (?:destr|delet|purg|eras)\\w*|\\b(?:delet|eras|destr|purg)\\w*[^.;]{0,60}?\\bno longer (?:needed|necessary|required)',
  'i',
);
const INDEFINITE =
  /\b(?:indefinitely|forever|in perpetuity|perpetual(?:ly)?|for an unlimited|no (?:set|fixed|specific|defined) (?:retention )?(?:period|time)|permanently|(?:never|cannot) (?:be |been )?(?:delet|eras|purg)\w*|not (?:be |been )?(?:delet|eras|purg)\w*[^.;]{0,40}\bever)\b/i;
/** "permanently deleted" is deletion, the opposite of keeping forever. */
const PERMANENT_DELETION =
  /\bpermanently (?:delet|eras|remov|destr|expung|purg|wip)|\b(?:delet|eras|remov|destr|expung|purg|wip)\w* permanently/i;

export interface RetentionFinding {
  retention: Retention;
  period: string | null;
}

function aboutKeeping(sentence: string, retentionLabel: boolean): boolean {
  if (RETAIN_RIGHT.test(sentence)) return false;
  if (STRONG.test(sentence)) return true;
  // A cookie's lifetime, or "stored on your hard drive", is retention only in a Data Retention paragraph.
  if (EXPIRY.test(sentence)) return retentionLabel;
  return WEAK.test(sentence) && DATA.test(sentence);
}

/** Retention stated by one sentence; `retentionLabel` is whether the paragraph was classified Data Retention. */
export function retentionIn(sentence: string, retentionLabel: boolean): RetentionFinding {
  const none: RetentionFinding = { retention: null, period: null };
  if (!aboutKeeping(sentence, retentionLabel)) return none;
  if (INDEFINITE.test(sentence) && !PERMANENT_DELETION.test(sentence)) return { retention: 'indefinite', period: null };
  const period = DEADLINE.test(sentence) ? null : PERIOD.exec(sentence);
  if (period) return { retention: 'stated', period: period[0] };
  return LIMITED.test(sentence) ? { retention: 'limited', period: null } : none;
}
