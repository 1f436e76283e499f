/**
 * Frames a governor sits in: a noun that carries an infinitive ("have no plans to", "it is not our policy to", "is
 * under a contractual obligation not to", "reserve the right to") and a verb that bars what follows "from"
 * ("prohibited from using", "we refrain from selling", "the CCPA prohibits businesses from selling").
 */
import { type Governed, isSubjectTerm, objectOf, via } from './stance-governor.ts';
import type { Subject } from './stance-subject.ts';
import { AUX, DETERMINERS, NEGATIVE_DETERMINERS, type Term } from './stance-terms.ts';

const MODIFIER = /^(?:future|current|present|existing|any|such|other|intention|stated)$/;
const PREVENTS = /^(?:prevent\w*|refrain\w*|prohibit\w*|forbid\w*|restrict\w*|bar|barred|preclud\w*|stop(?:s|ped)?)$/;

/**
 * "Vendors are prohibited from using it", "we refrain from selling", "the CCPA prohibits businesses from selling": the
 * verb after "from" (at `from`) is denied; whose practice it is follows the prohibiting verb and the party it bars.
 */
export function prohibition(terms: readonly Term[], from: number, depth = 0): Governed | null {
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    if (!PREVENTS.test(terms[k]?.word ?? '')) continue;
    const found = via(terms, k, depth + 1);
    const group = { ...found.group, negated: !found.group.negated };
    const barred = objectOf(terms, k + 1, from);
    const aside = barred === 'party' || barred === 'you' || found.subject.subject === 'party' ? 'other' : found.aside;
    return { ...found, group, aside };
  }
  return null;
}

/** "have no plans to", "it is not our policy to", "is under a contractual obligation not to", "reserve the right to". */
export function viaNoun(terms: readonly Term[], at: number, depth: number): Governed {
  let k = at - 1;
  let denied = false;
  const stops = (t: Term | undefined) =>
    !t || (AUX.has(t.word) && !NEGATIVE_DETERMINERS.has(t.word)) || isSubjectTerm(t);
  while (k >= 0 && at - k <= 5 && !stops(terms[k])) {
    const w = terms[k]?.word ?? '';
    if (
      !DETERMINERS.has(w) &&
      !NEGATIVE_DETERMINERS.has(w) &&
      !MODIFIER.test(w) &&
      !/^(?:under|contractual\w*|legal\w*|strict)$/.test(w)
    )
      break;
    denied ||= NEGATIVE_DETERMINERS.has(w);
    k--;
  }
  // "take actions to respond": the verb whose object the noun is carries the group.
  const verb = terms[k];
  const found = via(terms, verb && !AUX.has(verb.word) && !isSubjectTerm(verb) ? k : k + 1, depth);
  const reserve = terms[at]?.word === 'right' && /^reserv/.test(terms[k]?.word ?? '');
  const group = { ...found.group, negated: found.group.negated || denied, modal: found.group.modal || reserve };
  const subject = found.subject.subject === 'none' ? { ...found.subject, subject: 'we' as Subject } : found.subject;
  return { group, subject, aside: found.subject.subject === 'party' ? 'other' : found.aside };
}
