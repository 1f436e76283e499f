/**
 * Sentence cues for the questions about data leaving the company: sharing, advertising, transfers abroad,
 * law enforcement, mergers (selling has its own file, cues-selling.ts). Regular expressions over one sentence, plus
 * the engine's stance reader and negation detector (src/nlp), so "we do not share" means the same here as in the
 * highlights.
 */
import { isNegatedPractice } from '../nlp/negation.ts';
import { SHARE } from '../nlp/practices.ts';
import { stanceUnder } from '../nlp/stance.ts';
import { hasCarveOut } from './hedging.ts';
import { KNOWN_PARTIES } from './known-parties.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

const SHARE_VERB =
  /\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|releas\w*|pass\w* (?:on|along)|mak\w* (?:\w+ ){0,2}available|communicat\w*|rent\w*|sell\w*|sold|licens\w*|grant\w* (?:\w+ )?access|forward\w*|send|sent|weitergegeben)\b/i;
const RECIPIENT =
  /\b(?:third[- ]?part(?:y|ies)|(?:business |marketing |advertising |trusted )?partners?|affiliat\w*|advertisers?|sponsors?|(?:other|outside|unaffiliated|external|non-affiliated) (?:companies|organi[sz]ations|businesses|entities|parties|websites)|vendors?|service providers?|suppliers?|anyone|any ?one else|any other (?:person|party|company)|others|subsidiar\w*|processors?|contractors?|agents|law enforcement|authorities|government\w*|courts?|(?:the|other|these|such) parties|for a (?:business|commercial) (?:or commercial )?purpose|Dritte)\b/i;
const DATA = /\b(?:personal|information|data|details|PII|statistics|profile|content|identity|e-?mail address)/i;
/** Denials the negation detector leaves alone: "at no point do we give…", "we will never misuse, sell, rent or share…". */
const NEVER_SHARED =
  /\b(?:at no (?:point|time)|under no circumstances|in no (?:event|case))\b|\b(?:not|never|no longer)\b(?! limited)(?:\s+[\w,]+){0,6}?\s+(?:shar(?:e|ed|ing)|disclos(?:e|ed|ing)|giv(?:e|en|ing)|sell|sold|rent|transfer(?:red)?|provid(?:e|ed)|releas(?:e|ed)|pass(?:ed)?|communicat(?:e|ed))\b|\bno (?:third[- ]part\w+|one|other (?:company|party))\b[^.]{0,30}\b(?:gets?|receives?|has access|sees?)\b/i;
/** "Only with your consent", "if you consent": a promise, answered no with a carve-out. */
const ONLY_WITH_CONSENT =
  /\bonly (?:\w+ ){0,6}(?:with|after|upon|where|when|if|once) (?:you (?:have )?(?:\w+ )?(?:consent|agree|authori[sz]|opt)\w*|(?:your|the user[’']?s?) (?:\w+ )?(?:consent|permission|authori[sz]ation))|^\W*(?:\w+\W+){0,2}?(?:if|when|with) (?:you (?:\w+ )?consent|your (?:\w+ )?consent)|\b(?:when|if|once|after|where) (?:we (?:have|obtain|receive|get)|you (?:give|provide|grant)) (?:\w+ ){0,2}consent\b|\bwith your (?:prior |express |explicit )?consent\.?$/i;
/**
 * "Third parties that provide advertising may collect information about you through our Services": data handed over
 * by letting others take it.
 */
const PARTY_COLLECTS =
  /\b(?:third[- ]part\w*|(?:advertising |ad |analytics )?partners|advertisers|ad networks|(?:advertising|analytics) (?:providers|companies))\b[^.;]{0,60}\b(?:collect|receive|obtain|access)\w*\b[^.;]{0,80}\b(?:(?:through|via|on|from) (?:our|the) (?:services?|sites?|websites?|apps?|platform)|when you (?:use|visit)|cookies)\b/i;
/** "We do not allow third-party tracker networks to record your activity": nothing handed over, nothing taken. */
const NOT_LET_IN =
  /\b(?:not|never|n[’']t) (?:\w+ )?(?:allow|permit|let|authori[sz]e)\w* (?:any )?(?:third[- ]part\w*|partners?|advertis\w*|others|anyone|(?:\w+ ){0,3}networks?) (?:\w+ ){0,3}to (?:collect|access|record|track|use|see|obtain)\b/i;

/** "Discloses it only to contractors who process it on our behalf": processors, not third parties' own purposes. */
const PROCESSORS_ONLY =
  /\b(?:other than|except)\b[^.]{0,240}\bonly (?:in response to|when|if|to comply|as required)|\bonly\b[^.]{0,80}\b(?:employees|contractors|service providers|vendors|agents|processors)\b[^.]{0,200}\b(?:on (?:our|its|\w+[’']s) behalf|need to know)/i;

/** The stance reader's answer for sharing, when it finds the practice; undefined when it finds no sharing verb. */
function sharingStance(sentence: string, leadIn: string | undefined): YesNo | undefined {
  const reading = stanceUnder(sentence, leadIn, SHARE);
  if (!reading) return undefined;
  // An opt-out of the company's own sharing says it shares.
  if (reading.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'inference' };
  if (!reading.stance) return null;
  if (reading.stance === 'does' || reading.stance === 'may')
    return { outcome: 'yes', hedged: reading.stance === 'may' };
  const excepted = reading.stance === 'does_not_except';
  // "We do not share it … except in the following cases:": the policy's summary, its exceptions listed after it.
  return { outcome: 'no', hedged: excepted, summary: excepted && /:\s*$/.test(sentence) && GENERAL.test(sentence) };
}

/** Personal data in general: the scope of a summary denial ("your personal information", not "your location"). */
const GENERAL =
  /\b(?:your|any) personal (?:information|data)\b|\bpersonal (?:information|data) (?:about you|of yours)\b/i;

export function sharesCue(sentence: string, inLabel: boolean, leadIn?: string): YesNo {
  if (NOT_LET_IN.test(sentence)) return { outcome: 'no' };
  const collects = PARTY_COLLECTS.exec(sentence);
  if (collects && !/\b(?:not|never)\b/i.test(collects[0]))
    return { outcome: 'yes', hedged: /\bmay\b/i.test(collects[0]) };
  if (/\bno (?:third[- ]part\w+|one|other (?:company|party))\b/i.test(sentence) && NEVER_SHARED.test(sentence))
    return { outcome: 'no' };
  const context = leadIn ? `${leadIn} ${sentence}` : sentence;
  if (!SHARE_VERB.test(context)) return null;
  const named = RECIPIENT.test(context) || KNOWN_PARTIES.some((k) => k.pattern.test(context));
  if (!named && !(inLabel && DATA.test(context))) return null;
  if (ONLY_WITH_CONSENT.test(sentence) || PROCESSORS_ONLY.test(sentence)) return { outcome: 'no', hedged: true };
  // A merger, or staff abroad, answer their own questions; counting them here would charge the reader twice.
  if (
    mergerCue(sentence) ||
    (transfersCue(sentence) && !/\b(?:partners?|advertis\w*|third[- ]part\w*)/i.test(sentence))
  )
    return null;
  const stance = sharingStance(sentence, leadIn);
  if (stance !== undefined) return stance?.outcome === 'yes' && !named ? null : stance;
  if (isNegatedPractice(sentence) || NEVER_SHARED.test(sentence)) return { outcome: 'no' };
  return named ? { outcome: 'yes' } : null;
}

const ADS =
  /\b(?:advertis\w*|ads|adverts?|commercial communications?|direct mail|(?:products?|services|offers|offerings|features|content)\b[^.]{0,50}\b(?:of interest to you|interest you|you (?:might|may) (?:like|enjoy))|tell you about (?:\w+ ){0,3}(?:products|services|offers|features)|ad networks?|(?:direct |e-?mail |online )?marketing|promotional|promotions?|targeted|interest[- ]based|behaviou?ral (?:ads|advertising|targeting)|re-?marketing|re-?targeting|newsletters?|special offers)\b/i;
const NO_ADS =
  /\b(?:no|not? (?:show|display|serve|run|sell|use|have|allow)\w*(?: \w+){0,3}) (?:ads|advertis\w*|advertisements)\b|\bad[- ]free\b/i;
const USE =
  /\b(?:us(?:e|es|ed|ing)|send|sent|show|display|serv(?:e|ed|ing)|deliver\w*|personali[sz]\w*|tailor\w*|target\w*|provide|shar\w*|disclos\w*|collect\w*|contact\w*|recommend\w*)\b/i;

export function advertisingCue(sentence: string, inLabel: boolean): YesNo {
  if (!ADS.test(sentence)) return null;
  if (/\bopt(?:ing)?[- ]?out\b|\bunsubscrib/i.test(sentence) && !inLabel) return null;
  if (NO_ADS.test(sentence)) return { outcome: 'no' };
  if (!USE.test(sentence) && !inLabel) return null;
  if (isNegatedPractice(sentence) && !hasCarveOut(sentence)) return { outcome: 'no' };
  return { outcome: 'yes' };
}

const ABROAD =
  /\b(?:outside (?:of )?(?:your|the|its|their)|other countr\w*|another country|countr(?:y|ies) other than|abroad|anywhere in the world|around the world|worldwide|international(?:ly)?|cross[- ]border|(?:in|to) the (?:United States|U\.S\.|USA|US)\b|(?:in|to) (?:the )?(?:United States|U\.S\.|USA)|(?:any|various|several|multiple|other|different|many) (?:\w+ )?countr(?:y|ies)|countries (?:outside|other|without|where)|any part of the world|(?:places|locations) around the world|Privacy Shield|standard contractual clauses|adequacy decision|outside (?:the )?(?:EEA|EU|European|UK|Switzerland|Canada))/i;
const MOVE =
  /\b(?:transferr?\w*|transmit\w*|process\w*|stor(?:e|ed|es|ing|age)|host\w*|maintain\w*|moved?|located|kept|access\w*)\b/i;

/** Data, or the people and machines that hold it ("employees located outside your country", "our servers"). */
const WHAT_MOVES =
  /\b(?:information|data|PII|servers?|computers|employees|staff|contractors|providers|affiliates|cloud|infrastructure)\b/i;

export function transfersCue(sentence: string): YesNo {
  if (!ABROAD.test(sentence) || !MOVE.test(sentence) || !WHAT_MOVES.test(sentence)) return null;
  if (/\b(?:not|never) (?:be )?(?:transfer|stor|process|mov)\w*/i.test(sentence) && !/\bexcept\b/i.test(sentence))
    return { outcome: 'no' };
  return { outcome: 'yes' };
}

const AUTHORITIES =
  /\b(?:law enforcement|government\w*|public authorit\w*|(?:competent |relevant |regulatory |judicial )?authorities|courts?|subpoenas?|search warrants?|legal (?:process|request|obligation|requirement)s?|required by (?:applicable )?law|requires? us|comply with (?:\w+ ){0,3}(?:law|legal|regulat|obligation)\w*|lawful requests?|police|regulators?|legal proceedings?|judicial|in good faith|court orders?)\b/i;
const HAND_OVER =
  /\b(?:disclos\w*|report\w*|shar\w*|provid\w*|releas\w*|respond\w*|give|turn over|forward\w*|communicat\w*|produce|preserv\w*|access\w*|cooperat\w*|transfer\w*)\b/i;

/** Security caveats ("may be accessed, disclosed or altered") mention disclosure without any authority asking. */
const EXPLICIT_AUTHORITY = /\b(?:law enforcement|subpoenas?|court orders?|government\w*|police|public authorit\w*)\b/i;

export function lawEnforcementCue(sentence: string): YesNo {
  if (!AUTHORITIES.test(sentence) || !HAND_OVER.test(sentence)) return null;
  if (/\bunauthori[sz]ed|\bsecur\w*/i.test(sentence) && !EXPLICIT_AUTHORITY.test(sentence)) return null;
  // "We do not share … unless required by law" says yes, when the law requires it.
  if (isNegatedPractice(sentence) && !hasCarveOut(sentence)) return { outcome: 'no' };
  return {
    outcome: 'yes',
    hedged: /\b(?:required|requires?|compelled|obliged|obligat\w*|valid|binding)\b/i.test(sentence),
  };
}

const DEAL =
  /\b(?:merg(?:er|e|ed|ing)|acqui(?:sition|red|res|rer)|bankrupt\w*|insolven\w*|reorgani[sz]ation|receivership|liquidation|dissolution|divestiture|consolidation|change (?:of|in) control|(?:ownership|control) (?:or control )?of (?:all|part|some|the|our)|new owners?|successors?|(?:sale|transfer)s? of (?:all|some|substantially|part|our|the|its|any|company|ownership)\b|(?:buy|sell)(?: or (?:buy|sell|transfer))? (?:\w+ ){0,2}(?:assets|business(?:es)?)|sell or transfer|business transfers?|(?:transferred|business) assets|corporate transactions?|asset sales?|sale\/transfer)\b/i;

/** Any mention of the company changing hands: in a policy, that sentence is about what happens to the data. */
export function mergerCue(sentence: string): YesNo {
  if (!DEAL.test(sentence)) return null;
  if (/\bwill not be (?:transferred|sold)\b/i.test(sentence)) return { outcome: 'no' };
  return { outcome: 'yes' };
}
