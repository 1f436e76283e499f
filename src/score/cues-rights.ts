/**
 * Sentence cues for the questions about what the reader keeps: how long data is kept, access and deletion,
 * choices, children. Rights questions read "yes" first: a sentence that grants a right and denies something else in
 * passing ("you can delete it; we do not keep copies") grants it.
 */
import { retentionIn } from '../nlp/retention.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

/** Kept after the reader deletes it (ToS;DR's curators rate it a blocker), unless for a stated period. */
const KEPT_AFTER_DELETION =
  /\b(?:cannot|can[’']t|unable to|may not be able to|are not able to)\s+(?:\w+ ){0,2}(?:delete|erase|remove)\b[^.]{0,120}\b(?:retain|keep|obligation|required)|\b(?:if|when|once|after|even if|even after|following) (?:you|a user|users) (?:\w+ ){0,2}(?:delete|close|deactivate|terminate|cancel|remove)\w* (?:\w+ ){0,3}(?:account|data|information|content)\b[^.]{0,160}\b(?:retain|keep|maintain|store|preserve|hold)\w*|\b(?:retain|keep|maintain|store|preserve)\w*\b[^.]{0,100}\b(?:even if|even when)\b[^.]{0,60}\b(?:delet\w*|clos\w* (?:your |an? |the )?account|deactivat\w*|terminat\w*|withdraw\w*)|\b(?:remov|delet|deactivat|dissociat)\w*\b(?![^.]{0,80}\bfrom (?:public )?view\b[^.]{0,20}\bimmediately)[^.]{0,120}\bbut (?:we )?(?:may |will |can |might )?(?:still )?(?:retain|keep|store|maintain|preserve)|\b(?:retain|keep|maintain|store|preserve)\w* (?:\w+ ){0,6}(?:copies|copy|data|information)\b[^.]{0,40}\b(?:backups?|backup (?:archives|systems|media|copies)|archives?)\b|\bresidual (?:copies|data)\b|\b(?:retain|keep|maintain|remain|persist|stor)\w*\b[^.]{0,100}\b(?:after|even after|following|despite) (?:you |the |your )?(?:\w+ )?(?:delet\w*|remov\w*|terminat\w*|cancel\w*|deactivat\w*|clos\w* (?:your |an? |the )?account)|\b(?:deleted?|removed?)\b[^.]{0,80}\b(?:may |will |can )?(?:remain|persist|continue to (?:exist|appear)|be retained)|\bmay not (?:be )?(?:fully |immediately |completely )?(?:removed|deleted|erased)|\bnot (?:fully |immediately |completely )?(?:remove|delete|erase)\b|\bcopies of (?:\w+ ){0,6}(?:removed|deleted)/i;
/** "We don't store personal information unless required for…", "we never keep logs": a limit stated as a refusal. */
const ONLY_WHILE_NEEDED =
  /(?:\bnever|\bnot|n[’']t) (?:\w+ ){0,2}(?:keep|retain|store|log)\w* (?:any )?(?:logs?|records? of|your (?:activity|ip|searches))\b|(?:\bnot|n[’']t|\bonly)\s+(?:\w+\s+){0,2}(?:store|keep|retain|hold)\w*\b[^.]{0,80}\b(?:unless|while|as long as|insofar as|only)\b[^.]{0,40}\b(?:required|necessary|needed)/i;
/** Aggregate or anonymised data kept for ever is no longer the reader's data. */
const NOT_PERSONAL = /\b(?:aggregated?|anonymi[sz]ed|anonymous|de-?identified|non-personal(?:ly)?)\b/i;
const NOT_FOREVER =
  /\bno\b[^.]{0,40}\b(?:kept|retained|stored) indefinitely|\bnot (?:be )?(?:kept|retained|stored) indefinitely|\b(?:prevent|avoid)\w*\b[^.]{0,60}\b(?:kept|retained|stored|retaining|keeping|storing) indefinitely/i;

export function retentionCue(
  sentence: string,
  inLabel: boolean,
): Cue<'indefinite' | 'afterDeletion' | 'stated' | 'limited'> | null {
  const found = retentionIn(sentence, inLabel);
  // Kept after deletion, unless for a stated period ("backups are purged after 14 days").
  if (KEPT_AFTER_DELETION.test(sentence) && found.retention !== 'stated')
    return { outcome: 'afterDeletion', hedged: false };
  if (!found.retention) return ONLY_WHILE_NEEDED.test(sentence) ? { outcome: 'limited', hedged: false } : null;
  if (found.retention === 'indefinite' && NOT_PERSONAL.test(sentence)) return null;
  if (found.retention === 'indefinite' && NOT_FOREVER.test(sentence)) return { outcome: 'limited', hedged: false };
  return { outcome: found.retention, detail: found.period ?? undefined, hedged: false };
}

const CANNOT = "(?:cannot|can[’']t|can not|are not able to|will not be able to|won[’']t be able to|may not|unable to)";
export const DENIALS = {
  access: new RegExp(
    String.raw`\b${CANNOT} (?:access|delete|remove|correct|edit|update|erase|export|cancel|close)\b|\bno (?:way|option|ability) to (?:delete|remove|access|export)\b|\bcan ?not be (?:deleted|removed|erased)\b`,
    'i',
  ),
  choice: new RegExp(
    String.raw`\b${CANNOT} opt[\s-]?out\b|\bno (?:option|way|choice) to (?:opt|refuse|decline|unsubscribe)|\bthere is no opt[\s-]?out|\bnot (?:possible|able) to (?:opt|unsubscribe)`,
    'i',
  ),
  security:
    /\b(?:cannot|can[’']t|do not|does not|don[’']t|make no|unable to)\s+(?:\w+\s+){0,2}(?:guarantee|ensure|warrant|promise)\w*\b[^.]*\b(?:secur|safe|protect)|\bno (?:method|system|transmission|data transmission|security measures?)\b[^.]{0,80}\b(?:100%|completely|perfectly|fully|impenetrable|totally)|\bnot (?:be )?(?:liable|responsible)\b[^.]{0,120}\bunauthori[sz]ed (?:access|use)|\bunauthori[sz]ed access\b[^.]{0,120}\b(?:not (?:be )?(?:liable|responsible))/i,
};

const ACCESS_VERB =
  /\b(?:access|delet\w*|eras(?:e|ure)|remov\w*|correct\w*|rectif\w*|updat\w*|edit\w*|amend\w*|export\w*|download\w*|(?:a )?cop(?:y|ies) of|portab\w*|archive|review|retriev\w*|close your account|deactivat\w*|cancel (?:your )?account|machine[- ]readable)\b/i;
const YOURS = /\b(?:your|personal|you|own|his|her|their)\b/i;
const ABLE =
  /\b(?:you (?:\w+ )?(?:can|may|could|are able|have (?:the|a) right|are entitled|have the ability|have the option)|right (?:to|of)|request|contact us|ask us|by (?:logging|visiting|going|emailing|writing)|settings|upon request|on request|we will (?:delete|remove|provide|give)|allows? you|lets? you|enabl\w* you|at any time|(?:users?|customers?|members?) (?:\w+ )?(?:can|may|will be permitted|(?:has|have) the option)|(?:provid|giv)\w* you (?:with )?(?:the )?(?:option|ability|means|tools?)|dashboard|portal)\b/i;

/** Rights named as such: "Right to erasure", "Art. 15: Right of access", "data portability". */
const RIGHT =
  /\bright (?:of|to) (?:\w+ ){0,2}(?:access|erasure|rectification|portability|deletion|be forgotten|correct|delete|obtain|receive|restrict|information)|\bright\b[^.]{0,50}\bto (?:receive|obtain|access|request) (?:\w+ ){0,3}(?:information|cop(?:y|ies)|data)|\bdata portability|\bArt(?:icle|\.)? ?1[5-8]\b|\bentitled to (?:information|access|receive|obtain)|\b(?:export|download)\w* (?:tool|all|your|a copy)|\baccessible to you\b|\b(?:when|once|after|if) (?:an?|your|the) (?:\w+ )?account is (?:deleted|closed|terminated)/i;

export function accessCue(sentence: string, inLabel: boolean): YesNo {
  if (RIGHT.test(sentence) && !DENIALS.access.test(sentence)) return { outcome: 'yes', hedged: false };
  if (!ACCESS_VERB.test(sentence)) return null;
  if (DENIALS.access.test(sentence)) return { outcome: 'no', hedged: false };
  if (!YOURS.test(sentence) || !(ABLE.test(sentence) || inLabel)) return null;
  return { outcome: 'yes', hedged: false };
}

const CHOICE =
  /\b(?:opt(?:ing)?[\s-]?(?:out|in)|unsubscrib\w*|withdraw (?:\w+ )?consent|disabl\w*|declin\w*|refus\w*|turn (?:\w+ )?off|reject\w*|(?:manag|chang|adjust|updat|control)\w* (?:your |the )?(?:\w+ )?(?:preferences|settings|choices)|control (?:\w+ ){0,3}(?:communications|e-?mails|ads|advertising|cookies|notifications|information|data)|control (?:which|what|how|whether)|object to|limit (?:how|the use)|(?:choose|decide)(?: for us| to)? (?:not|whether|which|what|stop|if)|request that (?:\w+ ){0,2}not|your choices)\b/i;

/** Service and account messages cannot be refused anywhere; saying so denies no real choice. */
const SERVICE_MESSAGES =
  /\b(?:service|administrative|transactional|account|operational|legal|security|billing)[- ](?:related )?(?:e-?mails?|messages|communications|notices|announcements)|\b(?:as they are|considered) part of the (?:service|solution|platform)/i;

export function choiceCue(sentence: string, inLabel: boolean): YesNo {
  if (!CHOICE.test(sentence)) return null;
  if (DENIALS.choice.test(sentence) && SERVICE_MESSAGES.test(sentence)) return null;
  if (DENIALS.choice.test(sentence)) return { outcome: 'no', hedged: false };
  if (!inLabel && !/\byou|\b(?:users?|visitors?|customers?|members?)\b/i.test(sentence)) return null;
  return { outcome: 'yes', hedged: false };
}

/** Child safety (abuse material, exploitation) is about protecting children, not about their data. */
const CHILD_SAFETY = /\bchild (?:safety|sexual|abuse|exploitation|protection)\b|\bCSAM\b/gi;
const CHILD =
  /\b(?:be|aged?|is|are|persons?|individuals?|anyone|users?) (?:at least )?(?:1[3-9]|2[01]|thirteen|sixteen|eighteen)(?: years)?(?: of age| old)?(?: (?:or|and) (?:older|over|above))?\b|\b(?:1[3-9]|21) (?:or|and) (?:older|over|above)\b|\bchild\w*|\bkids?\b|\bminors?\b|\bunder (?:the age of )?(?:1[3-8]|thirteen|sixteen|eighteen)\b|\b(?:1[3-8]|thirteen|sixteen|eighteen)(?: \(\d+\))? years?(?: of age| old|\b)|\bage of (?:1[3-8]|thirteen|sixteen|eighteen|majority|consent)|\blegal age\b|\bCOPPA\b|\bparental (?:consent|permission)|\bparents?\b[^.]{0,40}\bguardians?\b|\bteens?\b|\bage (?:requirement|restriction|limit)s?\b/i;

export function childrenCue(sentence: string): Cue<'yes'> | null {
  return CHILD.test(sentence.replace(CHILD_SAFETY, '')) ? { outcome: 'yes', hedged: false } : null;
}
