/**
 * The practice named by a verb ("we do not sell", "will never be shared", "do not intend to sell"): its clause (group
 * and subject, through the word governing an infinitive), its object, and what they make of it.
 */

import type { Practice, Reading } from './stance.ts';
import { type Aside, asideOf } from './stance-context.ts';
import { governed } from './stance-governor.ts';
import { type Group, isHandling, verbGroup } from './stance-group.ts';
import { concerns, LEGAL, sentenceOf, stanceFrom, subjectAside } from './stance-judgement.ts';
import { objectWords } from './stance-object.ts';
import { subjectOf } from './stance-subject.ts';
import { AUX, COORDINATORS, hasComma, isQuoted, type Term } from './stance-terms.ts';

const SCOPED =
  /\b(?:collected|obtained|received|provided|gathered|submitted)\b(?: \w+){0,3} (?:through|via|in|from|as part of|for|during) (?:the|our|this|a|any) (?:\w+ ){0,3}(?:program|programme|feature|sweepstakes|contest|survey|promotion|campaign|event|newsletter|form)s?\b/;
const NOT_PERSONAL =
  /\b(?:aggregated?|anonymi[sz]ed|anonymous|de-?identified|non[- ]?personal(?:ly identifiable)?|non[- ]?identifiable|pseudonymi[sz]ed)\b/;
/** Personal data named beside data that is not ("personally identifiable or non-personally identifiable information"). */
const PERSONAL_TOO =
  /(?<!non[- ]?)\bpersonal(?:ly identifiable)? (?:information|data)\b|(?<!non[- ]?)\bpersonally identifiable\b/;

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
  for (let next = pastParenthesis(terms, k + 1); hasComma(terms[k]) || COORDINATORS.has(terms[next]?.word ?? ''); ) {
    let j = next;
    while (COORDINATORS.has(terms[j]?.word ?? '') || AUX.has(terms[j]?.word ?? '')) j++;
    if (!isHandling(terms[j]?.word ?? '')) break;
    k = j;
    next = pastParenthesis(terms, k + 1);
  }
  return objectWords(terms, k, reach);
}

/** The first term at or after `k` outside a parenthesis opened there ("sold (as the law defines it) or shared"). */
function pastParenthesis(terms: readonly Term[], k: number): number {
  if (!terms[k]?.pre.includes('(')) return k;
  let j = k;
  while (j < terms.length - 1 && !terms[j]?.post.includes(')')) j++;
  return j + 1;
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
export function verbReading(terms: readonly Term[], at: number, practice: Practice): Reading | null {
  const { group, found, aside: governorAside, governed } = clauseOf(terms, at);
  // "the postal lists that we sell": a relative clause's object is the noun before it.
  const relative = /^(?:that|which)$/.test(terms[found.at - 1]?.word ?? '');
  const antecedent = relative ? `${terms[found.at - 2]?.word ?? ''} ` : '';
  const object = antecedent + objectOf(terms, at, verbGroup(terms, at), found, practice.objectReach ?? 6);
  if (practice.object && !practice.object.test(object)) return null;
  const legal = isQuoted(terms[at]) || LEGAL.test(objectWords(terms, at, 8));
  const subject = found.subject;
  const aside =
    governorAside ??
    asideOf(terms, at, found.at, group.knowingly) ??
    subjectAside(terms, group, subject, at) ??
    practiceAside(terms, at, group, found, practice, object) ??
    // In a sentence that is only a noun phrase ("the categories of personal information that we sold", an item of
    // a list of rights) a relative clause asserts nothing.
    (relative && nounPhraseOnly(terms, found.at - 1) ? 'mention' : null);
  if (aside) return { stance: null, aside, legal, subject, object };
  return judged(terms, at, practice, { group, found, governed, object, legal });
}

/** The stance of a verb that is a statement, unless its object makes it another practice or no practice at all. */
function judged(
  terms: readonly Term[],
  at: number,
  practice: Practice,
  {
    group,
    found,
    governed,
    object,
    legal,
  }: { group: Group; found: Found; governed: boolean; object: string; legal: boolean },
): Reading {
  const subject = found.subject;
  const stance = stanceFrom(group, found.denied, terms, at);
  const affirms = stance === 'does' || stance === 'may';
  const none = (aside: Aside): Reading => ({ stance: null, aside, legal, subject, object });
  if (affirms && NOT_PERSONAL.test(object) && !PERSONAL_TOO.test(object)) return none('notPersonal');
  // A denial for one feature's data ("information collected through the SMS program won't be sold") is no denial of
  // the practice.
  if (!affirms && SCOPED.test(sentenceOf(terms))) return none('scoped');
  // An infinitive without an object of its own has its governor's ("allow your data to be sold").
  if (!concerns(practice, affirms, governed && !object.trim() ? sentenceOf(terms) : object, terms))
    return none('notThis');
  if (affirms && practice.notWith?.test(groupWords(terms, group, at))) return none('notThis');
  return { stance, aside: null, legal, subject, object };
}

/** No verb and no subject before `end`: the sentence so far is a noun phrase ("the categories of data"). */
function nounPhraseOnly(terms: readonly Term[], end: number): boolean {
  return terms
    .slice(0, end)
    .every((t) => !AUX.has(t.word) && !/^(?:we|you|they|i|it)$/.test(t.word) && !isHandling(t.word));
}

const groupWords = (terms: readonly Term[], group: Group, at: number) =>
  terms
    .slice(group.start, at + 1)
    .map((t) => t.word)
    .join(' ');
