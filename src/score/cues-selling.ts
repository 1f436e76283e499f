/**
 * Sentence cues for selling: `sells` (does it sell your data, in plain words) and `sellOrShare` (does it "sell or
 * share" in the sense of US state laws, where handing data to ad partners for targeted ads counts). Both read the
 * stance of the selling and sharing practices (src/nlp/stance.ts): a right described to the reader, a definition,
 * a condition, a partner's duty or a statement about knowledge answers neither.
 */
import { HAS_NEGATOR } from '../nlp/negation.ts';
import { DISCLOSE, SELL } from '../nlp/practices.ts';
import { type Reading, type Stance, stanceUnder } from '../nlp/stance.ts';
import { sharesCue } from './cues-sharing.ts';
import { hasCarveOut } from './hedging.ts';
import type { Cue } from './question.ts';

type YesNo = Cue<'yes' | 'no'> | null;

const DENIES: readonly Stance[] = ['does_not', 'does_not_except'];
const denies = (r: Reading | null) => !!r?.stance && DENIES.includes(r.stance);
const affirms = (r: Reading | null) => r?.stance === 'does' || r?.stance === 'may';

/** A reading as a cue: the answer, hedged when it only may happen or has carve-outs, legal when by its legal term. */
function asCue(r: Reading): YesNo {
  if (!r.stance) return null;
  const hedged = r.stance === 'may' || r.stance === 'does_not_except';
  return { outcome: affirms(r) ? 'yes' : 'no', hedged, ...(r.legal && affirms(r) && { strength: 'legal' }) };
}

/**
 * Selling, as the sentence states it; an opt-out of the company's own sales ("opt out of such sales") says it sells,
 * in legal terms; and a clean "we don't share your data" implies no sale (ToS;DR's curators file both under "does
 * not sell"), as an inference.
 */
export function sellsCue(sentence: string, inLabel: boolean, leadIn?: string): YesNo {
  const reading = stanceUnder(sentence, leadIn, SELL);
  if (reading?.aside === 'optOut') return { outcome: 'yes', hedged: true, strength: 'legal' };
  if (reading?.stance) return asCue(reading);
  if (reading || !HAS_NEGATOR.test(sentence) || !GENERAL_DATA.test(sentence)) return null;
  const shared = sharesCue(sentence, inLabel, leadIn);
  const clean =
    shared?.outcome === 'no' &&
    !shared.hedged &&
    !hasCarveOut(sentence) &&
    !SPECIFIC.test(sentence) &&
    GENERAL_DATA.test(sentence);
  return clean ? { outcome: 'no', strength: 'inference' } : null;
}

/** A denial of sharing with someone in particular ("with these companies", "with advertisers") says nothing of sales. */
const SPECIFIC =
  /\b(?:with|to) (?:these|those|such|this|that|our|the) (?:\w+ )?(?:companies|partners|advertisers|providers|services?|parties|vendors)\b|\b(?:with|to) (?:\w+ )?advertisers\b/i;

/** Data in general ("your data", "the information we collect"), not one kind of it ("your password", "video"). */
const GENERAL_DATA =
  /\b(?:(?:your|any|all|the|our users[’']?) (?:personal )?(?:data|information|details|info)|personal (?:data|information)|(?:information|data) (?:we|that we|you) (?:\w+ )?(?:collect|have|hold|receive|gather)|anything)\b/i;

/** Targeted advertising in the state laws' words and the industry's. */
const TARGETED =
  /\b(?:cross[- ]context (?:behaviou?ral )?advertising|targeted (?:advertising|ads|advertisements)|interest[- ]based (?:advertising|ads)|behaviou?ral (?:advertising|ads)|(?:personali[sz]ed|tailored|relevant) (?:advertising|ads)|ads (?:on|across) other|(?:ads|advertising) (?:to you )?(?:off|outside|elsewhere)|re-?targeting|re-?marketing|ad(?:vertising)? (?:networks?|partners?))\b/i;
/** Data, as the object of a disclosure ("share your information"), not notice ("without providing you with notice"). */
const DATA = /\b(?:information|data|identifiers|details|profiles?|it|them)\b/;
/** "We allow third-party ad networks to collect information through cookies": data made available to others. */
const LETS_COLLECT =
  /\b(?:allow|authori[sz]e|permit|let|enable)\w*\b(?:[^.;]{0,60}\b(?:third[- ]part\w*|partners?|advertis\w*|ad networks?|companies|providers)\b[^.;]{0,40}\bto (?:collect|use|access|place|set|receive|obtain)\b| (?:the )?(?:collection|use|sharing|disclosure)\b[^.;]{0,80}\b(?:third[- ]part\w*|advertis\w*))/i;
/** Without a sale, targeted ads or an opt-out of sharing named, a sentence cannot answer (and is not read). */
const SHARE_TOPIC = /\badvertis|\bads?\b|\bopt(?:ing)?[- ]?out\b|\bsharing\b/i;
const NEGATED = /\b(?:not|never|n[’']t)\b/i;
const RECIPIENT = /\b(?:third[- ]part\w*|partners?|advertisers?|ad networks?|companies|providers|vendors|platforms)\b/i;
/** "Sell or share", "sold or shared": the state laws' pair, named together. */
const PAIR =
  /\b(?:sell|sells|sold|selling|sale)\b[^.;]{0,25}\b(?:or|and|nor)\b[^.;]{0,12}\b(?:share|shares|shared|sharing)\b/i;

/**
 * "Sell or share" in the US state laws' sense: yes when it sells, when it hands data to ad partners for targeted
 * ads, when it says its disclosures may count as a "sale" or "sharing", or offers an opt-out of its own; no when
 * it denies both together ("we do not sell or share your personal information"). A denial of selling alone is
 * `noSale`, of sharing for targeted ads alone `noShare`: the question needs both (questions.ts).
 */
export function sellOrShareCue(sentence: string, _inLabel: boolean, leadIn?: string): Cue<SellOrShare> | null {
  const context = leadIn ? `${leadIn} ${sentence}` : sentence;
  if (!SELL.candidate.test(context) && !TARGETED.test(context) && !SHARE_TOPIC.test(context)) return null;
  const sold = stanceUnder(sentence, leadIn, SELL);
  const shared = stanceUnder(sentence, leadIn, DISCLOSE);
  if (sold?.aside === 'optOut' || shared?.aside === 'optOut') return { outcome: 'yes', hedged: true };
  if (affirms(sold)) return { outcome: 'yes', hedged: sold?.stance === 'may' };
  const forAds = TARGETED.test(sentence) || /\badvertis/i.test(sentence);
  const lets = LETS_COLLECT.test(sentence) && forAds;
  if (lets && !NEGATED.test(sentence)) return { outcome: 'yes', hedged: false };
  const targeted = TARGETED.test(sentence);
  if (affirms(shared) && targeted && RECIPIENT.test(sentence) && shared?.subject !== 'party')
    return { outcome: 'yes', hedged: shared?.stance === 'may' };
  const hedged = sold?.stance === 'does_not_except' || shared?.stance === 'does_not_except';
  const sharing = denies(shared) && DATA.test(shared?.object ?? '');
  if (denies(sold) && (sharing || PAIR.test(sentence))) return { outcome: 'no', hedged };
  if ((sharing && targeted) || lets) return { outcome: 'noShare', hedged: hedged || /\bwithout\b/i.test(sentence) };
  return denies(sold) ? { outcome: 'noSale', hedged } : null;
}

export type SellOrShare = 'yes' | 'no' | 'noSale' | 'noShare';
