/**
 * The practices the scorecard asks about, as the stance reader (stance.ts) finds them in a sentence.
 */
import type { Practice } from './stance.ts';

/** Selling the business, not the data: merger, bankruptcy, assets (its own question). */
export const BUSINESS_DEAL =
  /\b(?:merger|acqui\w+|bankrupt\w*|reorgani[sz]\w+|insolven\w+|divest\w*|assets|corporate transactions?|(?:change|transfer) (?:of|in) control|sale of (?:all|substantially|part|a portion|some|any))\b/i;

/** What selling must be of, for an affirmation to count: data, or a pronoun standing for it. */
const DATA =
  /\b(?:information|info|data|details|lists?|e-?mail(?: address(?:es)?)?s?|names?|(?:mailing |postal )?address(?:es)?|phone numbers?|profiles?|PII|identifiers|contacts?)\b/i;

const GOODS =
  /^(?:\w+ )?(?:products?|goods|items?|merchandise|tickets?|subscriptions?|memberships?|services?|ads?|advertising|space|books?|gift|cars?|vehicles?|homes?|property|properties|shares|stock|assets|business|businesses|company|them to you|to you|on our)\b/;

export const SELL: Practice = {
  candidate:
    /\b(?:sell|sells|selling|sold|sale|sales|resell\w*|resale|rent|rents|renting|rented|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|monetiz\w*|monetis\w*|barter\w*)\b/i,
  verb: /^(?:sell|sells|selling|sold|resell|resells|reselling|resold|rent|rents|renting|rented|lease|leases|leased|leasing|trade|trades|traded|trading|monetis(?:e|es|ed|ing)|monetiz(?:e|es|ed|ing)|barter(?:s|ed|ing)?)$/,
  noun: /^(?:sale|sales|resale|monetization|monetisation)$/,
  nouny: /^(?:trade|trades|trading|rent|rents|lease|leases)$/,
  notThis: GOODS,
  notIn: BUSINESS_DEAL,
  about: DATA,
  notWith: /\b(?:buy|buys|bought|buying|purchas\w*)\b/,
};

const DISCLOSE_VERB =
  'shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|' +
  'releas(?:e|es|ed|ing)|pass(?:es|ed|ing)?|mak(?:e|es|ing)|made|communicat(?:e|es|ed|ing)|licens(?:e|es|ed|ing)|' +
  'grant(?:s|ed|ing)?|forward(?:s|ed|ing)?|send(?:s|ing)?|sent|transmit(?:s|ted|ting)?|distribut(?:e|es|ed|ing)|' +
  'reveal(?:s|ed|ing)?|furnish(?:es|ed|ing)?|exchang(?:e|es|ed|ing)';
const DISCLOSE_CUE =
  'shar(?:e|es|ed|ing)|disclos\\w*|transfer\\w*|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|releas\\w*|pass\\w* (?:on|along)|' +
  'mak\\w* (?:\\w+ ){0,2}available|communicat\\w*|licens\\w*|grant\\w* (?:\\w+ )?access|forward\\w*|send|sent|transmit\\w*|' +
  'distribut\\w*|reveal\\w*|furnish\\w*|exchang\\w*|weitergegeben';
const SELL_VERB = 'rent(?:s|ed|ing)?|sell(?:s|ing)?|sold|trade[sd]?';
const NOUNY =
  /^(?:trade|trades|rent|rents|exchange|exchanges|transfer|transfers|grant|grants|pass|license|licenses|release|releases)$/;

/** Handing data to others without selling it: sharing, disclosing, making it available. */
export const DISCLOSE: Practice = {
  candidate: new RegExp(`\\b(?:${DISCLOSE_CUE})\\b`, 'i'),
  verb: new RegExp(`^(?:${DISCLOSE_VERB})$`),
  noun: /^(?:disclosures?)$/,
  nouny: NOUNY,
  notIn: BUSINESS_DEAL,
  about: /\b(?:information|info|data|details|identifiers|profiles?|PII|personally identifiable|content|it|them)\b/i,
};

/** Handing data to others, selling included. */
export const SHARE: Practice = {
  ...DISCLOSE,
  candidate: new RegExp(`\\b(?:${DISCLOSE_CUE}|rent\\w*|sell\\w*|sold|trade|traded)\\b`, 'i'),
  verb: new RegExp(`^(?:${DISCLOSE_VERB}|${SELL_VERB})$`),
  about: undefined,
};

/** Honouring a browser's opt-out signal; the object must be the Global Privacy Control or a word standing for it. */
export const HONOUR: Practice = {
  candidate:
    /\b(?:honou?r|respect|recogni[sz]|respond|process|treat|accept|support|compl(?:y|ies)|obey|detect|abide|act|interpret)\w*/i,
  verb: /^(?:interpret(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|respect(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|respond(?:s|ed|ing)?|process(?:es|ed|ing)?|treat(?:s|ed|ing)?|accept(?:s|ed|ing)?|support(?:s|ed|ing)?|comply|complies|complied|obey(?:s|ed)?|detect(?:s|ed|ing)?|abide|abides)$/,
  object:
    /\b(?:global privacy control|gpc|(?:opt-?out )?preferences? signals?|opt-?out signals?|universal opt-?out|privacy signals?|it|them|(?:such|these|this|that|the|your|those) (?:a )?(?:signals?|preferences?|requests?|settings?|choices?))\b/,
};

/** Honouring Do Not Track: the same verbs, with the DNT signal ("DNT" once "Do Not Track" is replaced) as object. */
export const HONOUR_DNT: Practice = {
  ...HONOUR,
  objectReach: 12,
  object:
    /\b(?:dnt|it|them|(?:such|these|this|that|the|those|browser|web browser) (?:signals?|requests?|settings?|headers?|preferences?|mechanisms?))\b/,
};

/** Words for artificial intelligence and its models. */
export const AI =
  /\b(?:artificial intelligence|AI|machine[- ]learning|ML|(?:language|AI|ML|machine[- ]learning|generative|foundation|large|our|its|predictive) models?|LLMs?|neural networks?|algorithms?)\b/;

/** Training (or improving) a model with the reader's data. */
export const TRAIN: Practice = {
  candidate: /\b(?:train|fine-?tun|retrain|improv|develop|build|built|teach|taught|enhanc|refin)\w*/i,
  noun: /^training$/,
  verb: /^(?:train(?:s|ed)?|fine-?tun(?:e|es|ed|ing)|retrain(?:s|ed|ing)?|improv(?:e|es|ed|ing)|develop(?:s|ed|ing)?|build(?:s|ing)?|built|teach(?:es|ing)?|taught|enhanc(?:e|es|ed|ing)|refin(?:e|es|ed|ing))$/,
  object:
    /\b(?:artificial intelligence|ai|machine learning|ml|models?|llms?|neural networks?|algorithms?|systems?|technolog(?:y|ies))\b/,
  about:
    /\b(?:information|data|content|inputs?|prompts?|conversations?|messages|interactions|chats?|uploads?|recordings?|images|photos|posts|it|them)\b/i,
  aboutSentence: true,
};

/** Using data for training: "use voice recordings to inform training", "use the content you post for training". */
export const USE_FOR_TRAINING: Practice = {
  candidate: /\b(?:us(?:e|es|ed|ing)|process\w*)\b[^.;]*\btrain/i,
  verb: /^(?:us(?:e|es|ed|ing)|process(?:es|ed|ing)?)$/,
  object: /\btrain(?:s|ed|ing)?\b/,
  objectReach: 14,
};

/** Tracking: the verbs that put trackers to work, with a tracker (or the reader, for "track") as object. */
export const TRACK: Practice = {
  candidate:
    /\b(?:track|use|uses|used|using|set|sets|place|places|placed|deploy|employ|load|store|log|record|collect|provide|serve|embed|run|allow|permit)\w*/i,
  verb: /^(?:track(?:s|ed|ing)?|us(?:e|es|ed|ing)|sets?|setting|plac(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|employ(?:s|ed|ing)?|load(?:s|ed|ing)?|stor(?:e|es|ed|ing)|log(?:s|ged|ging)?|record(?:s|ed|ing)?|collect(?:s|ed|ing)?|provid(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|embed(?:s|ded|ding)?|run(?:s|ning)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)$/,
  object:
    /\b(?:cookies?|beacons?|pixels?|trackers?|tracking|analytics?|fingerprint\w*|sdks?|tags|plug-?ins?|ip[- ]address\w*|ips?|identifiers?|logs?|searches|search (?:history|queries)|browsing|clickstream|you|your (?:activity|activities|visits?|browsing)|users|visitors)\b/,
};

/** Collecting or processing data (the object is judged by the question: sensitive kinds of data). */
export const COLLECT: Practice = {
  candidate:
    /\b(?:collect|gather|obtain|receiv|process|us(?:e|es|ed|ing)\b|stor|access|request|ask|infer|record|captur|deriv|retain|keep|kept|sav|provid|submit|upload)\w*/i,
  verb: /^(?:provid(?:e|es|ed|ing)|submit(?:s|ted|ting)?|upload(?:s|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|process(?:es|ed|ing)?|us(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|access(?:es|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|infer(?:s|red|ring)?|record(?:s|ed|ing)?|captur(?:e|es|ed|ing)|deriv(?:e|es|ed|ing)|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|sav(?:e|es|ed|ing))$/,
  nouny: /^(?:use|uses|access|record|records|request|requests)$/,
};
