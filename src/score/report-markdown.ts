/**
 * The report as a document a person can keep or share: the grade and its rule, every question with its answer
 * and the sentence it rests on, named third parties and data types. Pure, so the popup's export button and the
 * CLI produce the same text. Page text is quoted, never interpreted as Markdown (see `quote`).
 */
import type { Report, ScoreItem } from '../types.ts';
import { GRADE_RULE, MIN_ANSWERED } from './scorecard.ts';

export interface ExportSource {
  /** Where the policy came from: a URL or a file name. */
  source: string;
  /** When the report was made, ISO 8601; left out of the document when absent (tests, reproducible output). */
  date?: string;
}

const ANSWER = { yes: 'Yes', no: 'No', unclear: 'Unclear' } as const;
const MARK = { good: '✓', bad: '✗', neutral: '•' } as const;

/** Page text inside Markdown: backslash-escape the characters that would turn into markup, flatten whitespace. */
export function quote(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function itemLines(item: ScoreItem): string[] {
  const answer = `${ANSWER[item.answer]}${item.hedged ? ' (hedged)' : ''}${item.exceptions ? ' (with exceptions)' : ''}`;
  const points = item.points > 0 ? `+${item.points}` : String(item.points);
  const lines = [
    `### ${MARK[item.verdict]} ${item.question}`,
    '',
    `**${answer}** — ${item.finding}. Points: ${points}.`,
  ];
  const paragraphs = item.evidence.map((id) => `¶${id}`).join(', ');
  if (paragraphs) lines.push('', `Evidence: ${paragraphs}`);
  for (const s of item.sentences) lines.push('', `> ${quote(s.text)} (¶${s.paragraph})`);
  return [...lines, ''];
}

/** `reportToMarkdown(report, { source: 'https://example.com/privacy' })` → "# Policy Lens report …". */
export function reportToMarkdown(report: Report, { source, date }: ExportSource): string {
  const card = report.scorecard;
  const grade = card.grade ?? 'not enough evidence';
  const lines = ['# Policy Lens report', '', `- Policy: ${quote(source)}`];
  if (date) lines.push(`- Made: ${date}`);
  lines.push(`- Engine: ${report.engine}, model ${report.model}`, '');
  lines.push(`## Grade: ${grade}`, '', card.reason, '');
  lines.push(
    `Rule: each question's answer scores points; the sum is cut into bands (${GRADE_RULE}). With fewer than ${MIN_ANSWERED} questions answered there is no grade.`,
    '',
  );
  lines.push('## Questions', '');
  for (const item of card.items) lines.push(...itemLines(item));
  lines.push('## Named third parties', '');
  if (card.thirdParties.length === 0) lines.push('None named.');
  for (const p of card.thirdParties)
    lines.push(`- ${quote(p.name)}${p.kind ? ` (${p.kind})` : ''}: ¶${p.evidence.join(', ¶')}`);
  lines.push('', '## Data it says it collects', '');
  if (card.dataTypes.length === 0) lines.push('None listed.');
  for (const d of card.dataTypes)
    lines.push(`- ${d.name}${d.sensitive ? ' (sensitive)' : ''}: ¶${d.evidence.join(', ¶')}`);
  lines.push(
    '',
    `${report.paragraphs.length} paragraphs analysed, in the browser. ¶ numbers count paragraphs from 0.`,
    '',
  );
  return lines.join('\n');
}

/** The JSON export: the CLI's `analyze --json` line, pretty-printed, with the source first. */
export function reportToJson(report: Report, { source, date }: ExportSource): string {
  return `${JSON.stringify({ source, ...(date && { date }), ...report }, null, 2)}\n`;
}
