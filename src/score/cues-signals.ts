/**
 * Sentence cues for the browser's privacy signals: Do Not Track (`dnt`) and Global Privacy Control (`gpc`, the
 * "opt-out preference signal" of US state laws). A policy often answers both in one sentence ("we do not respond to
 * Do Not Track, but we honor GPC"), so each reads only the clause whose object is its own signal.
 */
import { HONOUR } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

const GPC =
  /\bglobal privacy control\b|\bGPC\b|\b(?:opt[- ]?out )?preferences? signals?\b|\buniversal opt[- ]?out (?:mechanisms?|signals?)|\bopt[- ]?out signals?\b/i;
/** The signal offered as a working way to opt out: "you can opt out by enabling GPC", "treated as a request". */
const OPT_OUT_VIA =
  /\b(?:as (?:a |an |your )?(?:valid )?(?:request|opt[- ]?out|opted[- ]?out)|opt(?:s|ed)? (?:you |the browser |that browser |users? )?out\b|(?:by|through|via|using|with|use|enable|turn on|set) (?:the |a )?(?:global privacy control|GPC|(?:opt[- ]?out )?preferences? signal)|will (?:stop|not sell|not share))/i;

/** `gpcCue('We honor Global Privacy Control signals.', false)` → yes. */
export function gpcCue(sentence: string, _inLabel: boolean, leadIn?: string): YesNo {
  if (!GPC.test(sentence) && !(leadIn && GPC.test(leadIn))) return null;
  const reading = stanceUnder(sentence, leadIn, HONOUR);
  if (reading?.stance === 'does_not' || reading?.stance === 'does_not_except') return { outcome: 'no', hedged: false };
  if (reading?.stance) return { outcome: 'yes', hedged: false };
  return OPT_OUT_VIA.test(sentence) && !/\b(?:not|n[’']t|cannot)\b/i.test(sentence)
    ? { outcome: 'yes', hedged: false }
    : null;
}
