/**
 * Whether a sentence says personal data is (or is not) sold. A cheap regex picks the few candidate sentences
 * (about 1 in 100 in OPP-115); only those are tokenised by compromise/one, whose contraction handling turns
 * "don't"/"won't" into "do not"/"will not", and the verb group before the sell verb decides polarity and subject.
 *
 * Not compromise/two: its tagger costs ~9× the tokeniser, adds ~90 KB gzipped, and importing it plugs the
 * tagger into the one shared `compromise/one` instance, slowing every other `nlp()` call in the engine ~6×.
 */
import nlp from 'compromise/one';
import type { Sells } from '../types.ts';

const SELL_WORD =
  /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|monetiz\w*|barter\w*)\b/i;
const SELL_TERM =
  /^(?:sell|sells|selling|sold|rent|rents|renting|rented|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|monetiz\w*|barter\w*)$/;
const DATA = /\b(?:information|info|data|details|cookies|lists?|e-?mail address(?:es)?|names|profiles?|PII)\b/i;
/** Selling the business, not the data: merger, bankruptcy, assets (ToS;DR keeps these a separate case). */
const BUSINESS =
  /\b(?:merger|acqui\w+|bankrupt\w*|reorgani[sz]\w+|insolven\w+|assets|(?:our|the) (?:business|company|stock))\b/i;
/** A right or a link, not a practice: "opt out of the sale", "Do Not Sell My Personal Information". */
const RIGHT = /\b(?:opt[- ]out of (?:the )?(?:sale|selling)|do not sell my|right to (?:opt|direct|request))/i;
const SALE_DENIED = /\b(?:no|not (?:engage in|participate in))\s+(?:the\s+)?sale of\b/i;
/** Denials the verb group cannot see: "under no circumstances will … be sold", "none of your data gets sold". */
const DENIAL =
  /\b(?:under no circumstances|in no (?:event|case)|none of|not in the business of|not now|nor will (?:it|we)|(?:not have|no) (?:any )?(?:future )?plans to|no (?:\w+ ){0,2}(?:information|data))\b[^.;]{0,60}?\b(?:sell|sold|selling|rent|rented|leas\w*)\b/i;
const FOR_MONEY =
  /\bin exchange for (?:money|payment|monetary|financial|cash)|\bfor (?:monetary|financial) (?:consideration|gain|compensation)/i;

/** Words a verb group is made of: auxiliaries, negators, adverbs, and verbs listed with the sell verb. */
const GROUP =
  /^(?:do|does|did|will|would|shall|should|may|might|can|could|must|is|are|was|were|be|been|being|have|has|had|to|not|never|nor|neither|no|longer|ever|also|otherwise|currently|now|and|or|with|in|any|way|share|shared|disclose|disclosed|give|given|provide|provided|transfer|transferred|swap|distribute|distributed|license|exchange|authorize|use|\w+ly|sell|sold|rent|rented|lease|leased|trade|traded)$/;
const NEGATOR = /^(?:not|never|nor|neither)$/;
const BE = /^(?:be|is|are|was|were|been|being)$/;
const PARTICIPLE = /^(?:sold|rented|leased|traded)$/;
/** Goods, not data: "we do not sell products", "the products we sell", "trade shows". */
const GOODS =
  /^(?:products?|goods|items?|merchandise|tickets?|subscriptions?|memberships?|services?|ads?|advertising|space|shows?|secrets?|names?|associations?|publications?|dress|marks?|press|fairs?)$/;

interface Term {
  word: string;
  post: string;
}

function terms(sentence: string): Term[] {
  const json = nlp.tokenize(sentence).json({ terms: { normal: true, implicit: true } } as object) as {
    terms: { normal: string; implicit?: string; post: string }[];
  }[];
  return json.flatMap((s) => s.terms.map((t) => ({ word: t.implicit || t.normal, post: t.post })));
}

/**
 * Polarity of one sell verb from the verb group before it, or null when it is not about data changing hands:
 * the user is the seller ("you may not resell"), a bare participle ("a product sold through our store"), goods.
 */
function verbPolarity(words: Term[], at: number): Sells {
  let negated = false;
  let passive = false;
  let i = at - 1;
  for (; i >= 0 && i >= at - 8; i--) {
    const word = words[i]?.word ?? '';
    if (!GROUP.test(word)) break;
    negated ||= NEGATOR.test(word);
    passive ||= BE.test(word);
  }
  const subject = words[i];
  const verb = words[at]?.word ?? '';
  const next = words[at + 1];
  const nounAfter = words.slice(at + 1, at + 4).find((t) => !/^(?:your|our|the|any|its|their|a|an|to)$/.test(t.word));
  const relativeGoods =
    subject && /^(?:we|i|they)$/.test(subject.word) && words[i - 1] && !/[,;:]/.test(words[i - 1]?.post ?? '');
  if (!passive && subject?.word === 'you' && words[i - 1]?.word !== 'about') return null;
  if (PARTICIPLE.test(verb) && !passive) return null;
  if (passive && GOODS.test(subject?.word ?? '')) return null;
  if (!passive && (GOODS.test(nounAfter?.word ?? '') || (relativeGoods && GOODS.test(words[i - 1]?.word ?? ''))))
    return null;
  // "trade", "rent", "lease" are nouns too ("Federal Trade Commission", "trade shows"): as verbs they follow
  // an auxiliary or a pronoun subject.
  const bare = i === at - 1 && !/^(?:we|they|i|it|company)$/.test(subject?.word ?? '');
  if (/^(?:trade|rent|lease)/.test(verb) && (bare || GOODS.test(next?.word ?? ''))) return null;
  return negated ? 'does_not' : 'does';
}

/** 'does' / 'does_not' when the sentence is about selling personal data, else null. */
export function sellsIn(sentence: string): Sells {
  if ((SALE_DENIED.test(sentence) || DENIAL.test(sentence)) && DATA.test(sentence)) return 'does_not';
  if (FOR_MONEY.test(sentence) && /\bshar/i.test(sentence)) return 'does';
  if (!SELL_WORD.test(sentence) || !DATA.test(sentence) || BUSINESS.test(sentence) || RIGHT.test(sentence)) return null;
  const words = terms(sentence);
  let result: Sells = null;
  words.forEach((term, i) => {
    // A sell word inside the verb group of a later one ("sell, rent or lease") is judged with that one too.
    if (!SELL_TERM.test(term.word)) return;
    const polarity = verbPolarity(words, i);
    if (polarity === 'does_not' || result === null) result = polarity;
  });
  return result;
}
