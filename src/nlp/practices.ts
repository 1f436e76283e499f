/**
 * The practices the scorecard asks about, as the stance reader (stance.ts) finds them in a sentence.
 */
import type { Practice } from './stance.ts';

/** Selling the business, not the data: merger, bankruptcy, assets (its own question). */
export const BUSINESS_DEAL =
  /\b(?:merger|acqui\w+|bankrupt\w*|reorgani[sz]\w+|insolven\w+|divest\w*|assets|corporate transactions?|(?:change|transfer) (?:of|in) control|sale of (?:all|substantially|part|a portion|some|any))\b/i;

/** What selling must be of, for an affirmation to count: data, or a pronoun standing for it. */
const DATA =
  /\b(?:information|info|data|details|lists?|e-?mail address(?:es)?|names|profiles?|PII|identifiers|contacts?|it|them|this|that|these|those)\b/i;

const GOODS =
  /^(?:\w+ )?(?:products?|goods|items?|merchandise|tickets?|subscriptions?|memberships?|services?|ads?|advertising|space|books?|gift|cars?|vehicles?|homes?|property|properties|shares|stock|assets|business|businesses|company|them to you|to you|on our)\b/;

export const SELL: Practice = {
  candidate:
    /\b(?:sell|sells|selling|sold|sale|sales|resell\w*|resale|rent|rents|renting|rented|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|monetiz\w*|monetis\w*|barter\w*)\b/i,
  verb: /^(?:sell|sells|selling|sold|resell|resells|reselling|resold|rent|rents|renting|rented|lease|leases|leased|leasing|trade|trades|traded|trading|monetiz\w*|monetis\w*|barter\w*)$/,
  noun: /^(?:sale|sales|resale)$/,
  nouny: /^(?:trade|trades|trading|rent|rents|lease|leases)$/,
  notThis: GOODS,
  notIn: BUSINESS_DEAL,
  about: DATA,
};
