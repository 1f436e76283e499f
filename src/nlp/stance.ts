/**
 * What a sentence says about one practice (selling, sharing, training AI…): the company does it, does not, may, does
 * not except in some cases, or the sentence is no statement of the company's own practice at all (a right described
 * to the reader, a definition, a condition, someone else's duty, a statement about knowledge). Read from the clause
 * around each practice word: its verb group (negation through coordination: "do not collect, use, sell or share"),
 * its subject (passive: "will never be sold"; "none of your data"), the word governing an infinitive ("do not intend
 * to sell", "do not permit our partners to sell"), and what qualifies it ("except with your consent").
 *
 *   stanceOf('Any information we have about you will never be sold.', SELL) → { stance: 'does_not', … }
 *   stanceOf('You have the right to opt out of the sale of your data.', SELL) → { stance: null, aside: 'right' }
 */
import { type Aside, asideOf, carvesOut, objectWords } from './stance-context.ts';
import { governed } from './stance-governor.ts';
import { type Group, isHandling, type Subject, subjectOf, verbGroup } from './stance-group.ts';
import {
  AUX,
  COORDINATORS,
  FIRST_PERSON,
  hasComma,
  isParticiple,
  isQuoted,
  PARTIES,
  type Term,
  termsOf,
} from './stance-terms.ts';

export type { Aside } from './stance-context.ts';
export type Stance = 'does' | 'does_not' | 'may' | 'does_not_except';

/** One practice the reader can be asked about. */
export interface Practice {
  /** A cheap test a sentence must pass before it is tokenised. */
  candidate: RegExp;
  /** A term naming the practice as a verb, any inflection ("sell", "sold", "selling"). */
  verb: RegExp;
  /** A term naming it as a noun ("sale", "sales"); a gerund after a preposition counts as one too. */
  noun?: RegExp;
  /** Words of the object that make it another practice ("sell products", "sell our business"). */
  notThis?: RegExp;
  /** Verbs that are nouns as often ("trade", "rent"): a verb only with an auxiliary or a subject before it. */
  nouny?: RegExp;
  /** A sentence matching this is about another question altogether (a merger, for selling). */
  notIn?: RegExp;
  /**
   * An affirmation counts only when its object names data ("sell your data", not "sell them" of devices); a denial
   * when its sentence does, or a pronoun stands for it ("we don't sell it").
   */
  about?: RegExp;
  /** The data is named anywhere in the sentence, as an instrument ("use your content to train our models"). */
  aboutSentence?: boolean;
  /** The verb counts only when its object (or passive subject) matches: "honor" the GPC signal, not Do Not Track. */
  object?: RegExp;
  /** How many words after the verb its object may take (6 unless said). */
  objectReach?: number;
  /** Verbs coordinated with it that make an affirmation another practice: "buy or sell" is trading. */
  notWith?: RegExp;
}

export interface Reading {
  /** Null when the sentence names the practice but states nothing about the company's own. */
  stance: Stance | null;
  aside: Aside | null;
  /** Named by its legal term: a quoted "sell", "may be considered a sale under the CCPA". */
  legal: boolean;
  subject: Subject;
  /** What the practice is done to, as read: the words after the verb, or a passive's subject. */
  object: string;
}

const SCOPED =
  /\b(?:collected|obtained|received|provided|gathered|submitted)\b(?: \w+){0,3} (?:through|via|in|from|as part of|for|during) (?:the|our|this|a|any) (?:\w+ ){0,3}(?:program|programme|feature|sweepstakes|contest|survey|promotion|campaign|event|newsletter|form)s?\b/;
const NOT_PERSONAL =
  /\b(?:aggregated?|anonymi[sz]ed|anonymous|de-?identified|non-?personal|non-?identifiable|pseudonymi[sz]ed)\b/;
/** A gerund or noun preceded by one of these is a noun phrase, not a verb of its own clause. */
const NOUN_SLOT =
  /^(?:of|in|from|without|about|for|to|on|against|by|no|any|the|a|never|not|and|or|nor|including|as|like|than)$/;
const LEGAL =
  /\b(?:considered|deemed|constitutes?|qualif(?:y|ies)|counts?|treated|classified|characteri[sz]ed|regarded|defined|under (?:the )?(?:ccpa|cpra|california|applicable|state|certain|some|these|such))\b/;

function stanceFrom(group: Group, denied: boolean, terms: readonly Term[], at: number): Stance {
  if (group.negated || denied) return carvesOut(terms, at) ? 'does_not_except' : 'does_not';
  return group.modal || /\breserves? the right\b/.test(terms.map((t) => t.word).join(' ')) ? 'may' : 'does';
}

/** The practice named as a noun: "no sale of", "not in the business of selling", "opt out of the sale". */
function nounReading(terms: readonly Term[], at: number, practice: Practice): Reading {
  let k = at - 1;
  let denied = false;
  while (k >= 0 && NOUN_SLOT.test(terms[k]?.word ?? '') && at - k < 8) {
    denied ||= /^(?:no|without|never|not|nor)$/.test(terms[k]?.word ?? '');
    k--;
  }
  // "prevent the monetization of", "refrain from selling", "prohibited from selling": the governor denies.
  denied ||= PREVENTS.test(terms[k]?.word ?? '');
  // "not in the business of selling": the frame noun and its preposition are part of the phrase.
  if (/^(?:business|practice|habit)$/.test(terms[k]?.word ?? '')) k = frameStart(terms, k);
  // The verb governing the phrase ("engage in the sale", "be considered a sale") carries its group and subject.
  const governor = terms[k];
  const head = governor && !AUX.has(governor.word) && !isSubjectWord(governor) ? k : k + 1;
  const group = verbGroup(terms, head);
  const found = subjectOf(terms, group);
  const subject = found.subject;
  const legal = LEGAL.test(wordsAround(terms, at)) || isQuoted(terms[at]);
  const object = objectWords(terms, at, 6);
  const aside =
    asideOf(terms, at, found.at, group.knowingly) ??
    subjectAside(terms, group, subject, head) ??
    (BY_PARTY.test(object) ? 'other' : null);
  if (aside) return { stance: null, aside, legal, subject, object };
  if (practice.notThis?.test(object.replace(/^of /, '')))
    return { stance: null, aside: 'notThis', legal, subject, object };
  // "sales information", "the purposes for selling", "the trading you engage in": a name for the practice.
  const word = terms[at]?.word ?? '';
  const named = practice.noun?.test(word) || practice.nouny?.test(word);
  // A noun names the practice only with its object: "the sale of your data", not "our sales team".
  const ofData = practice.noun?.test(word) ? /^of\b/.test(object) : concerns(practice, true, object, terms);
  if (!denied && ((group.start === head && subject === 'none') || (named && !ofData && !legal)))
    return { stance: null, aside: 'mention', legal, subject, object };
  // A legal term names a disclosure the sentence has just described ("which may be considered a sale").
  if (!legal && !concerns(practice, !denied, object, terms))
    return { stance: null, aside: 'notThis', legal, subject, object };
  return { stance: stanceFrom(group, denied, terms, at), aside: null, legal, subject, object };
}

const PREVENTS = /^(?:prevent\w*|refrain\w*|prohibit\w*|avoid\w*|forbid\w*|restrict\w*|bar|barred|preclud\w*)$/;
/** "the monetization of your information by third parties": someone else's practice. */
const BY_PARTY = /\bby (?:third|other|advertis|partners|them|those|these|such)/;
const PRONOUN_OBJECT = /\b(?:it|them|anything|nothing|any of)\b/;

/** Whether the practice is done to data: the object of an affirmation, the sentence of a denial (pronouns count). */
function concerns(practice: Practice, affirms: boolean, object: string, terms: readonly Term[]): boolean {
  if (!practice.about) return true;
  if (!affirms) return practice.about.test(sentenceOf(terms)) || PRONOUN_OBJECT.test(sentenceOf(terms));
  return practice.about.test(practice.aboutSentence ? sentenceOf(terms) : object);
}

const wordsAround = (terms: readonly Term[], at: number) =>
  terms
    .slice(Math.max(0, at - 4), at + 6)
    .map((t) => t.word)
    .join(' ');

const isSubjectWord = (t: Term) =>
  FIRST_PERSON.has(t.word) || PARTIES.has(t.word) || t.word === 'you' || t.word === 'there';

const sentenceOf = (terms: readonly Term[]) => ` ${terms.map((t) => t.word).join(' ')}`;

function frameStart(terms: readonly Term[], k: number): number {
  let j = k - 1;
  while (j >= 0 && /^(?:the|a|in|of|our)$/.test(terms[j]?.word ?? '')) j--;
  return j;
}

/** The clause of the verb at `at`: its group and subject, through the word governing it when it is an infinitive. */
function clauseOf(
  terms: readonly Term[],
  at: number,
): { group: Group; found: Found; aside: Aside | null; governed: boolean } {
  const group = verbGroup(terms, at);
  if (!group.infinitive) return { group, found: subjectOf(terms, group), aside: null, governed: false };
  const governor = governed(terms, group);
  const merged = {
    ...governor.group,
    negated: governor.group.negated || group.negated,
    modal: governor.group.modal || group.modal,
  };
  return { group: merged, found: governor.subject, aside: governor.aside, governed: true };
}

type Found = ReturnType<typeof subjectOf>;

/** What the verb is done to: a passive's subject, else the words after it (past verbs coordinated with it). */
function objectOf(terms: readonly Term[], at: number, group: Group, found: Found, reach: number): string {
  if (group.passive && !group.infinitive)
    return terms
      .slice(found.at, group.start)
      .map((t) => t.word)
      .join(' ');
  let k = at;
  while (hasComma(terms[k]) || COORDINATORS.has(terms[k + 1]?.word ?? '')) {
    let j = k + 1;
    while (COORDINATORS.has(terms[j]?.word ?? '') || AUX.has(terms[j]?.word ?? '')) j++;
    if (!isHandling(terms[j]?.word ?? '')) break;
    k = j;
  }
  return objectWords(terms, k, reach);
}

/** Asides that follow from the practice: goods instead of data, a noun that is no verb here, a relative clause. */
function practiceAside(
  terms: readonly Term[],
  at: number,
  group: Group,
  found: Found,
  practice: Practice,
  object: string,
): Aside | null {
  if (practice.notThis?.test(object)) return 'notThis';
  const pronoun = /^(?:we|i|they|it)$/.test(terms[found.at]?.word ?? '');
  if (practice.nouny?.test(terms[at]?.word ?? '') && group.start === at && !pronoun) return 'mention';
  // "the products we sell": a relative clause whose object is the noun before its subject.
  const before = terms[found.at - 1];
  if (found.subject === 'we' && before && !/[,;:]/.test(before.post) && practice.notThis?.test(before.word))
    return 'notThis';
  return null;
}

/** The practice named by a verb at `at`; null when the practice wants an object this verb does not have. */
function verbReading(terms: readonly Term[], at: number, practice: Practice): Reading | null {
  const { group, found, aside: governorAside, governed } = clauseOf(terms, at);
  const object = objectOf(terms, at, verbGroup(terms, at), found, practice.objectReach ?? 6);
  if (practice.object && !practice.object.test(object)) return null;
  const legal = isQuoted(terms[at]) || LEGAL.test(objectWords(terms, at, 8));
  const subject = found.subject;
  const aside =
    governorAside ??
    asideOf(terms, at, found.at, group.knowingly) ??
    subjectAside(terms, group, subject, at) ??
    practiceAside(terms, at, group, found, practice, object);
  if (aside) return { stance: null, aside, legal, subject, object };
  const stance = stanceFrom(group, found.denied, terms, at);
  const affirms = stance === 'does' || stance === 'may';
  if (affirms && NOT_PERSONAL.test(object)) return { stance: null, aside: 'notPersonal', legal, subject, object };
  // A denial for one feature's data ("information collected through the SMS program won't be sold") is no denial of
  // the practice.
  if (!affirms && SCOPED.test(sentenceOf(terms))) return { stance: null, aside: 'scoped', legal, subject, object };
  // An infinitive without an object of its own has its governor's ("allow your data to be sold").
  if (!concerns(practice, affirms, governed && !object.trim() ? sentenceOf(terms) : object, terms))
    return { stance: null, aside: 'notThis', legal, subject, object };
  if (affirms && practice.notWith?.test(groupWords(terms, group, at)))
    return { stance: null, aside: 'notThis', legal, subject, object };
  return { stance, aside: null, legal, subject, object };
}

const groupWords = (terms: readonly Term[], group: Group, at: number) =>
  terms
    .slice(group.start, at + 1)
    .map((t) => t.word)
    .join(' ');

/** Asides that follow from who acts: someone else, the reader, a bare participle ("products sold here"). */
function subjectAside(terms: readonly Term[], group: Group, subject: Subject, at: number): Aside | null {
  if (subject === 'party') return 'other';
  if (subject === 'you') return 'user';
  const word = terms[at]?.word ?? '';
  if (group.start === at && isParticiple(word) && subject === 'none') return 'mention';
  // "Do not sell your account": an imperative addressed to the reader.
  if (subject === 'none' && group.start === 0 && group.negated && terms[0]?.word === 'do') return 'user';
  if (
    group.passive &&
    /^by (?:third|our partners|them|other|advertisers|partners|service|vendors)/.test(objectWords(terms, at, 3))
  )
    return 'other';
  if (/^(?:with|to|from) us\b/.test(objectWords(terms, at, 2))) return 'other';
  return null;
}

/** Every reading of the practice in a sentence, one per word naming it. */
export function readingsOf(sentence: string, practice: Practice): Reading[] {
  if (!practice.candidate.test(sentence) || practice.notIn?.test(sentence)) return [];
  const terms = termsOf(sentence);
  const out: Reading[] = [];
  terms.forEach((t, i) => {
    const gerund =
      /ing$/.test(t.word) && practice.verb.test(t.word) && (i === 0 || NOUN_SLOT.test(terms[i - 1]?.word ?? ''));
    if (practice.noun?.test(t.word) || gerund) out.push(nounReading(terms, i, practice));
    else if (practice.verb.test(t.word)) {
      const reading = verbReading(terms, i, practice);
      if (reading) out.push(reading);
    }
  });
  return out;
}

const RANK: Record<Stance, number> = { does_not_except: 4, does_not: 3, does: 2, may: 1 };

/**
 * The sentence's reading of the practice: its statements, a denial first (a denial and an affirmation of the same
 * practice in one sentence are a denial with a carve-out); else the first aside; null when the practice is not named.
 */
export function combine(readings: readonly Reading[]): Reading | null {
  const wide = readings.find((r) => r.aside === 'definition' || r.aside === 'question');
  if (wide) return wide;
  const statements = readings.filter((r) => r.stance);
  if (!statements.length) return readings[0] ?? null;
  const best = [...statements].sort((a, b) => RANK[b.stance as Stance] - RANK[a.stance as Stance])[0] as Reading;
  const mixed = best.stance === 'does_not' && statements.some((r) => r.stance === 'does' || r.stance === 'may');
  const legal = statements.every((r) => r.legal);
  return mixed ? { ...best, stance: 'does_not_except', legal } : { ...best, legal };
}

/** The reading of one sentence, or null when it does not name the practice. */
export function stanceOf(sentence: string, practice: Practice): Reading | null {
  return combine(readingsOf(sentence, practice));
}

/** A lead-in that introduces the reader's rights ("You have the right to request:", "the following rights:"). */
const RIGHTS_INTRO =
  /\b(?:you|consumers?|residents?|users?|individuals)\b[^:]*\b(?:rights?|request|entitled|ask (?:us|for)|know)\b|\b(?:following|these|your|such|their) rights\b|\bright to\b/i;
/** An item that opens a clause of its own ("We…", "The…", "If…"), where a continuation would start with a verb. */
const OWN_CLAUSE = /^\W*(?:we|you|they|i|it|our|your|their|its|if|when|where|please|note|some|each|any|for|in|as)\b/i;

/**
 * The reading of a list item under its lead-in ("We will never:" + "Sell any kind of personal information"): an
 * item that does not open a clause of its own continues the lead-in's sentence; one that does keeps its own reading,
 * except that under a denial whose exceptions are being listed ("We do not share it, except in these cases:") an
 * item that does the practice is one of those exceptions, and under a list of rights it describes a right.
 */
export function stanceUnder(item: string, leadIn: string | undefined, practice: Practice): Reading | null {
  const own = stanceOf(item, practice);
  if (!leadIn) return own;
  const opensClause = OWN_CLAUSE.test(item);
  if (RIGHTS_INTRO.test(leadIn) && !/^\W*we\b/i.test(item)) {
    const composed = composedReading(item, leadIn, practice);
    // An opt-out of the company's own sales, listed among the rights, still says it sells.
    if (composed?.aside === 'optOut' || own?.aside === 'optOut') return composed?.aside === 'optOut' ? composed : own;
    const named = own ?? (opensClause ? null : composed);
    return named && { ...named, stance: null, aside: 'right' };
  }
  if (!opensClause && (!own || own.subject === 'none')) return composedReading(item, leadIn, practice) ?? own;
  if (!own?.stance) return own;
  const lead = stanceOf(leadIn, practice);
  const listed = lead?.stance === 'does_not_except' && (own.stance === 'does' || own.stance === 'may');
  return listed ? { ...own, stance: 'does_not_except' } : own;
}

/** The item read as the end of its lead-in's sentence: "COING will never" + "sell any kind of personal information". */
function composedReading(item: string, leadIn: string, practice: Practice): Reading | null {
  const bare = item.replace(/^[\s\-–—•*·●]+/, '');
  const first = /^\w+/.exec(bare)?.[0].toLowerCase() ?? '';
  const verb = isHandling(first) || practice.verb.test(first) || AUX.has(first) || /^(?:with|to|by)$/.test(first);
  const continued = verb ? `${bare.charAt(0).toLowerCase()}${bare.slice(1)}` : bare;
  return stanceOf(`${leadIn.replace(/[:\s]+$/, '')} ${continued}`, practice);
}
