/**
 * The flags a paragraph raises for the scorecard: a negated practice, selling, retention. Each is judged per
 * sentence (so "we do not sell" in one sentence cannot pair with "data" three sentences away) and combined here.
 */
import type { Label } from '../classify/labels.ts';
import type { Flags, Retention, Sells, Sentence } from '../types.ts';
import { leadInsOf } from './lead-ins.ts';
import { isNegatedPractice } from './negation';
import { type RetentionFinding, retentionIn } from './retention';
import { sellsIn } from './sells';

/** When sentences disagree, the more specific finding wins: a period over "as long as necessary". */
const RETENTION_RANK: Record<Exclude<Retention, null>, number> = { stated: 3, indefinite: 2, limited: 1 };

function rank(finding: RetentionFinding): number {
  return finding.retention ? RETENTION_RANK[finding.retention] : 0;
}

/**
 * A denial outweighs a "may sell" elsewhere in the paragraph: "we do not sell your data … except as part of a
 * merger" stays does_not, as the reader would sum it up.
 */
function combineSells(a: Sells, b: Sells): Sells {
  if (a === 'does_not' || b === 'does_not') return 'does_not';
  return a ?? b;
}

/**
 * Flags for one paragraph. `labels` are the classifier's; they only decide whether a cookie's lifetime counts
 * as retention, so [] is fine. `leadIn` introduces the paragraph when it is a list item ("We will never:").
 * `extractFlags('We never sell your data.', sentences, [])` →
 * `{ negated: true, sells: 'does_not', retention: null, retentionPeriod: null }`.
 */
export function extractFlags(text: string, sentences: Sentence[], labels: readonly Label[], leadIn?: string): Flags {
  const retentionLabel = labels.includes('Data Retention');
  let negated = false;
  let sells: Sells = null;
  let retention: RetentionFinding = { retention: null, period: null };
  const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const texts = spans.map(({ start, end }) => text.slice(start, end));
  const leadIns = leadInsOf(texts, leadIn);
  texts.forEach((sentence, i) => {
    negated ||= isNegatedPractice(sentence);
    sells = combineSells(sells, sellsIn(sentence, leadIns[i]));
    const found = retentionIn(sentence, retentionLabel);
    if (rank(found) > rank(retention)) retention = found;
  });
  return { negated, sells, retention: retention.retention, retentionPeriod: retention.period };
}
