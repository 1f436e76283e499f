/**
 * Plain words for a classified paragraph: what it is about and what it says, for the tooltip and the CLI.
 */
import { LABEL_INFO, type Label } from './classify/labels.ts';
import type { ParagraphResult, Report, ScoreItem } from './types.ts';

/** The label a paragraph is painted with: advertising outranks the category it was found in. */
export function primaryLabel(p: ParagraphResult): Label | null {
  if (!p.policyText) return null;
  if (p.advertising) return 'Advertising';
  return p.categories[0] ?? null;
}

/** All labels of a paragraph, primary first. */
export function labelsOf(p: ParagraphResult): Label[] {
  const labels: Label[] = p.advertising ? ['Advertising'] : [];
  return [...labels, ...p.categories];
}

/** What the paragraph says, flag by flag: ["Says it does NOT sell your data", …]. */
export function findings(p: ParagraphResult): string[] {
  const out: string[] = [];
  if (p.flags.sells === 'does_not') out.push('Says it does NOT sell your data');
  else if (p.flags.sells === 'does') out.push('Says it may sell your data');
  if (p.flags.retention === 'stated')
    out.push(
      p.flags.retentionPeriod
        ? `Keeps data for a stated period: ${p.flags.retentionPeriod}`
        : 'States how long data is kept',
    );
  else if (p.flags.retention === 'limited') out.push('Keeps data "as long as needed", with no fixed period');
  else if (p.flags.retention === 'indefinite') out.push('May keep data indefinitely');
  if (p.flags.negated && p.flags.sells !== 'does_not') {
    // "We do not share … except with service providers" is not a clean no.
    const hedged = /\b(except|unless|other than|apart from|but may|save for)\b/i.test(p.cleanText);
    out.push(hedged ? 'Says this is NOT done, except in the cases it lists' : 'Says this is NOT done here');
  }
  return out;
}

/** The confidence behind the paragraph's main label, as a whole percentage. */
export function confidence(p: ParagraphResult): number {
  const label = primaryLabel(p);
  return label ? Math.round(p.scores[label] * 100) : 0;
}

/** "Yes", "No, with exceptions", "Yes (may)": an answer in words, qualifications included, for popup and export. */
export function answerLabel(item: Pick<ScoreItem, 'answer' | 'hedged' | 'exceptions'>): string {
  if (item.answer === 'unclear') return 'Unclear';
  if (item.answer === 'yes') return item.hedged ? 'Yes (may)' : 'Yes';
  return item.exceptions ? 'No, with exceptions' : 'No';
}

/** The rubric questions this paragraph is evidence for, with the answer: ["Does it sell your data? No"]. */
export function questionsAnswered(report: Report, paragraph: number): string[] {
  return report.scorecard.items
    .filter((i) => i.evidence.includes(paragraph))
    .map((i) => `${i.question} ${answerLabel(i)}`);
}

/**
 * The sentence to point at when the reader hovers a paragraph: a sentence the scorecard quotes from it as an answer
 * (the tooltip names those answers), else the one the classifier found carries `label`; null for neither.
 */
export function keySentence(report: Report, p: ParagraphResult, label: Label): { start: number; end: number } | null {
  for (const item of report.scorecard.items) {
    const quoted = item.sentences.find((s) => s.paragraph === p.id);
    if (quoted) return { start: quoted.start, end: quoted.end };
  }
  const index = p.keySentences?.[label];
  return index === undefined ? null : (p.sentences[index] ?? null);
}

export function describe(label: Label): { name: string; meaning: string; colour: string } {
  const { name, meaning, colour } = LABEL_INFO[label];
  return { name, meaning, colour };
}
