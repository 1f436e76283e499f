/**
 * What follows a practice verb: its object (to the end of its clause, stepping over a parenthesis) and the carve-outs
 * that qualify a denial ("except with your consent", "unless required by law").
 */
import { endsClause, hasComma, type Term } from './stance-terms.ts';

const words = (terms: readonly Term[], from: number, to: number) =>
  terms
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.word)
    .join(' ');

/**
 * Up to `n` words after the verb, to the end of its clause: its object and what qualifies it. A parenthesis is
 * stepped over ("share with these partners (or they may collect) data such as…").
 */
export function objectWords(terms: readonly Term[], at: number, n: number): string {
  const out: string[] = [];
  for (let k = at + 1; k < terms.length && out.length < n; k++) {
    const t = terms[k] as Term;
    if (t.pre.includes('(')) {
      while (k < terms.length - 1 && !terms[k]?.post.includes(')')) k++;
      continue;
    }
    // "…and we do not respond to DNT": a new clause with its own subject is not the object.
    if (/^(?:and|but|or|while|whereas)$/.test(t.word) && /^(?:we|you|they|it|i)$/.test(terms[k + 1]?.word ?? '')) break;
    out.push(t.word);
    if ((endsClause(t) && !t.post.includes('(')) || hasComma(t)) break;
  }
  return out.join(' ');
}

/** Carve-outs after a denial: "except with your consent", "unless required by law", "without your permission". */
const CARVE_OUT =
  /\b(?:except|excepting|unless|other than|apart from|save (?:for|as)|with the exception|without (?:first )?(?:\w+ ){0,2}(?:consent|permission|authori[sz]ation|approval|agreement)|only (?:with|when|if|to|as|in|for|where|after|once|upon)|but only)\b/;
/** A new clause with its own subject ends the denial's reach: "…, but we may share it". */
const NEW_CLAUSE = /\b(?:but|however|although|though|while|whereas|and) (?:we|you|they|it|our|your)\b/;

/** Whether the denial at `at` is qualified by a carve-out, after it or fronted ("Except as described, we do not…"). */
export function carvesOut(terms: readonly Term[], at: number): boolean {
  const after = words(terms, at + 1, terms.length);
  const reach = after.search(NEW_CLAUSE);
  if (CARVE_OUT.test(reach < 0 ? after : after.slice(0, reach))) return true;
  return /^(?:except|other than|apart from|save|unless|with the exception)\b/.test(words(terms, 0, at));
}
